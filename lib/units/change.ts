import type { SuccessionKind } from "@/lib/db/generated/sqlite/enums";

// The four changes a unit goes through, as the resolutions of 2024–25 made them: several units merged
// into one (new or existing), a rename, a split into several, a closure. Each ends the ceasing units'
// records on the day it takes effect and links them to what follows, so meetings held before keep
// the names they were held under. No server-only imports: pure rules, shared by the form and the data layer.

export const UNIT_CHANGES = ["merger", "rename", "split", "closure"] as const;
export type UnitChange = (typeof UNIT_CHANGES)[number];

/** The succession link each change leaves from a ceasing unit to each successor; a closure leaves none. */
export const SUCCESSION_OF = {
  merger: "MERGED_INTO",
  rename: "RENAMED_TO",
  split: "SPLIT_INTO",
  closure: null,
} as const satisfies Record<UnitChange, SuccessionKind | null>;

/** How many units cease, and how many successors already exist or are created by the change. */
export interface ChangeShape {
  ceasing: number;
  existing: number;
  created: number;
}

/** The first rule a change's shape breaks, as the field to mark and a catalogue key; null when it fits. */
export function shapeRefusal(change: UnitChange, shape: ChangeShape): { field: string; key: string } | null {
  const successors = shape.existing + shape.created;
  if (change !== "merger" && shape.ceasing !== 1)
    return { field: "ceasingUnitIds", key: "unitAdmin.validation.oneUnit" };
  switch (change) {
    case "merger":
      if (successors !== 1) return { field: "successorIds", key: "unitAdmin.validation.mergerOneSuccessor" };
      // One unit becoming a new one is a rename, and is recorded as one.
      if (shape.created === 1 && shape.ceasing < 2)
        return { field: "ceasingUnitIds", key: "unitAdmin.validation.mergerOfOneIsRename" };
      return null;
    case "rename":
      return shape.existing === 0 && shape.created === 1
        ? null
        : { field: "newUnits", key: "unitAdmin.validation.renameOneName" };
    case "split":
      return successors >= 2 ? null : { field: "successorIds", key: "unitAdmin.validation.splitTwoSuccessors" };
    case "closure":
      return successors === 0 ? null : { field: "successorIds", key: "unitAdmin.validation.closureNoSuccessor" };
  }
}

/**
 * Whether the units under a ceasing unit follow it to its one successor (the wards of a town merged
 * into a city become the city's wards). After a split or a closure there is no single successor to
 * follow: the units under it must be moved or changed first.
 */
export function childrenFollowSuccessor(change: UnitChange): boolean {
  return change === "merger" || change === "rename";
}
