"use client";

import { createContext, useContext, useEffect, useState } from "react";
import { DraftVersion } from "@/lib/minutes/draft-version";

const Context = createContext<DraftVersion | null>(null);

/** One DraftVersion per open minutes page; a refresh tells it the server's version. */
export function DraftVersionProvider({ version, children }: { version: number; children: React.ReactNode }) {
  const [draft] = useState(() => new DraftVersion(version));
  useEffect(() => draft.seen(version), [draft, version]);
  return <Context value={draft}>{children}</Context>;
}

export function useDraftVersion(): DraftVersion {
  const draft = useContext(Context);
  if (!draft) throw new Error("useDraftVersion needs a DraftVersionProvider");
  return draft;
}
