import type { SuccessionKind } from "@/lib/db/generated/sqlite/enums";

// A unit's history as its page tells it: when it began and from what, what joined it, and what it
// became when it ceased. Read from its validity dates and its succession links. Pure.

interface Link {
  kind: SuccessionKind;
  effectiveAt: Date;
  legalBasis: string | null;
  unit: { id: string; name: string };
}

export interface UnitHistorySource {
  validFrom: Date | null;
  validTo: Date | null;
  /** Links from units that became this one (their toUnit is this unit). */
  predecessions: Link[];
  /** Links from this unit to what it became. */
  successions: Link[];
}

export type HistoryEntry =
  | { at: Date; event: "began" }
  | { at: Date; event: "closed" }
  | {
      at: Date;
      /** "from": units that became (part of) this one; "to": what this one became. */
      event: "from" | "to";
      kind: SuccessionKind;
      units: { id: string; name: string }[];
      legalBasis: string | null;
    };

/** Links of one kind on one day are one event ("Phường A, Phường B merged into this unit"). */
function grouped(links: Link[], event: "from" | "to"): HistoryEntry[] {
  const groups = new Map<string, Extract<HistoryEntry, { units: unknown }>>();
  for (const link of links) {
    const key = `${link.effectiveAt.getTime()} ${link.kind}`;
    const group = groups.get(key);
    if (group) {
      group.units.push(link.unit);
      group.legalBasis ??= link.legalBasis;
    } else
      groups.set(key, {
        at: link.effectiveAt,
        event,
        kind: link.kind,
        units: [link.unit],
        legalBasis: link.legalBasis,
      });
  }
  for (const group of groups.values()) group.units.sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return [...groups.values()];
}

/** Oldest first. A start that predecessors explain is told by them; an end without successors is a closure. */
export function historyOf(unit: UnitHistorySource): HistoryEntry[] {
  const entries: HistoryEntry[] = [...grouped(unit.predecessions, "from"), ...grouped(unit.successions, "to")];
  const formedOn = (at: Date) => unit.predecessions.some((p) => p.effectiveAt.getTime() === at.getTime());
  if (unit.validFrom && !formedOn(unit.validFrom)) entries.push({ at: unit.validFrom, event: "began" });
  if (unit.validTo && unit.successions.length === 0) entries.push({ at: unit.validTo, event: "closed" });
  const order = { began: 0, from: 1, to: 2, closed: 3 } as const;
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || order[a.event] - order[b.event]);
}
