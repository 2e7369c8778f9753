"use client";

import { createContext, type ReactNode, useContext, useState } from "react";
import { useInBrowser } from "@/components/use-in-browser";

export type AnswerKind = "CONFIRM" | "DECLINE" | "SUBSTITUTE";

/** The chosen answer, or null where every field shows (on the server, and without JavaScript). */
const Chosen = createContext<AnswerKind | null>(null);

/**
 * Progressive enhancement of the plain answer form: the server renders every field; in the browser the
 * fields the chosen answer does not need are hidden and disabled (so not posted). The radios stay plain
 * inputs: their change events bubble up here. A change is announced; focus stays on the radio chosen,
 * and the next Tab reaches the first field it needs.
 */
export function AnswerKinds({
  initial,
  announcements,
  children,
}: {
  initial: AnswerKind;
  announcements: Record<AnswerKind, string>;
  children: ReactNode;
}) {
  const inBrowser = useInBrowser();
  const [kind, setKind] = useState(initial);
  const [changed, setChanged] = useState(false);
  return (
    <Chosen value={inBrowser ? kind : null}>
      <div
        className="flex flex-col gap-4"
        onChange={(event) => {
          const target = event.target as HTMLInputElement;
          if (target.name !== "kind") return;
          setKind(target.value as AnswerKind);
          setChanged(true);
        }}
      >
        {children}
      </div>
      <p role="status" className="sr-only">
        {changed ? announcements[kind] : ""}
      </p>
    </Chosen>
  );
}

/** Fields for these answers only. */
export function ForAnswers({ kinds, children }: { kinds: AnswerKind[]; children: ReactNode }) {
  const kind = useContext(Chosen);
  const off = kind !== null && !kinds.includes(kind);
  return (
    <fieldset hidden={off} disabled={off} className="flex flex-col gap-4">
      {children}
    </fieldset>
  );
}
