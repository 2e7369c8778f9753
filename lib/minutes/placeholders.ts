// Skeleton text with {{placeholders}} → minutes text. An unknown placeholder stays as typed, so the
// secretary sees what the template asked for instead of a silent gap.
import { CONCLUSIONS_TOKEN } from "./markup";

/** Every placeholder a minutes skeleton may use; templates naming anything else are refused. */
export const PLACEHOLDERS = [
  "meeting.title",
  "meeting.date",
  "meeting.startTime",
  "meeting.endTime",
  "chair.name",
  "chair.title",
  "secretary.name",
  "points.count",
  "points.list",
  "attendance.summary",
  "indicators.table",
  "conclusions.list",
  "previousConclusions.list",
] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/** The values the generator fills in; the conclusions stay a token and are drawn from the records. */
export type PlaceholderValues = Record<Exclude<Placeholder, "conclusions.list">, string>;

export function fillPlaceholders(skeleton: string, values: Partial<Record<string, string>>): string {
  return skeleton.replace(/\{\{\s*([\w.]+)\s*\}\}/gu, (token, key: string) => {
    // The conclusions stay a token: they are structured records, drawn where the token stands.
    if (`{{${key}}}` === CONCLUSIONS_TOKEN) return CONCLUSIONS_TOKEN;
    return values[key] ?? token;
  });
}
