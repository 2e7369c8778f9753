"use client";

import type { ComponentProps } from "react";
import type { ActionResult } from "@/lib/action";
import { ActionButton } from "./action-button";
import { useDraftVersion } from "./draft-version";

type Props<I, T extends { id?: string } | undefined> = Omit<
  ComponentProps<typeof ActionButton<I & { version: number }, T>>,
  "input" | "action"
> & {
  action: (input: I & { version: number }) => Promise<ActionResult<T>>;
  /** Everything but the version, which is filled in when pressed. */
  input: I;
};

/** An action on the whole minutes (submit, regenerate): it names the newest version, once the page's saves under way are done. */
export function VersionedActionButton<I extends object, T extends { id?: string } | undefined>({
  input,
  ...props
}: Props<I, T>) {
  const draft = useDraftVersion();
  return <ActionButton {...props} input={async () => ({ ...input, version: await draft.settled() })} />;
}
