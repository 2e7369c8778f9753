import type { z } from "zod";
import { cleanText } from "@/lib/text/normalize";

// What a dry run decides for each line of a file, before anything is written.

export type Outcome = "CREATE" | "UPDATE" | "UNCHANGED" | "ERROR";

/** Why a line is refused: a catalogue key, the column it is about, and the values the message names. */
export interface Reason {
  field?: string;
  key: string;
  params?: Record<string, string | number>;
}

export interface PlannedRow {
  line: number;
  /** Writing order: a line is written after the lines it depends on (a unit's parent created by the same file). */
  step: number;
  outcome: Outcome;
  label: string;
  /** CREATE: every field; UPDATE: the fields that change; else the line as read. */
  values: Record<string, unknown>;
  targetId: string | null;
  /** UPDATE: the changed fields as stored now, checked again when written. */
  before: Record<string, unknown> | null;
  reasons: Reason[];
}

/** Names compare as people read them: NFC, spaces collapsed, case ignored; accents count ("Hòa" is not "Hoa"). */
export function nameKey(text: string): string {
  return cleanText(text).toLocaleLowerCase("vi");
}

/** The reasons a schema gives for a line, one per column. */
export function reasonsOf(error: z.ZodError): Reason[] {
  const seen = new Set<string>();
  const out: Reason[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    out.push({
      field: field || undefined,
      key: /^[a-z]+(\.[a-zA-Z]+)+$/.test(issue.message) ? issue.message : "validation.invalid",
    });
  }
  return out;
}

export function refused(line: number, label: string, values: Record<string, unknown>, reasons: Reason[]): PlannedRow {
  return { line, step: 0, outcome: "ERROR", label, values, targetId: null, before: null, reasons };
}

/**
 * The fields of `next` that differ from `stored`: the line's UPDATE, or nothing when it is unchanged.
 * An absent (undefined) value leaves the stored one as it is: an empty cell never clears a field.
 */
export function changesOf(
  stored: Record<string, unknown>,
  next: Record<string, unknown>,
): { values: Record<string, unknown>; before: Record<string, unknown> } | null {
  const values: Record<string, unknown> = {};
  const before: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined || value === stored[field]) continue;
    values[field] = value;
    before[field] = stored[field] ?? null;
  }
  return Object.keys(values).length ? { values, before } : null;
}

/** Counts of a plan by outcome, as the job keeps them. */
export function tally(rows: Pick<PlannedRow, "outcome">[]) {
  const count = (o: Outcome) => rows.filter((r) => r.outcome === o).length;
  return { creates: count("CREATE"), updates: count("UPDATE"), unchanged: count("UNCHANGED"), errors: count("ERROR") };
}
