import { z } from "zod";

// What a searchable picker asks the server for. Shared by the pickers (to build the address) and the
// route (to read it back), so the two cannot drift apart. No server-only imports here.

/** At most this many matches come back: a picker is for finding one, not for browsing thousands. */
export const OPTION_LIMIT = 20;

/**
 * Which units a unit picker offers, each matching the page that shows it:
 * - meeting: any unit existing on the meeting's date (inviting units, a conclusion's lead and cooperators);
 * - meeting-parent: those with units under them, on that date (invite "the wards of…", "the block of…");
 * - point-host: the units the caller may register a connection point for, today;
 * - unit-parent: any unit existing today, for the registry's "parent unit" (administrators only);
 * - account: any unit existing today, for the unit a user account belongs to (administrators only);
 * - unit-change: any unit that has not ceased, to merge, split or take in others (administrators only);
 * - official-unit: the units whose officials the caller keeps, today (as point-host).
 */
export const UNIT_PURPOSES = [
  "meeting",
  "meeting-parent",
  "point-host",
  "unit-parent",
  "account",
  "unit-change",
  "official-unit",
] as const;
export type UnitPurpose = (typeof UNIT_PURPOSES)[number];

export type OptionSource =
  | { list: "units"; purpose: UnitPurpose; at?: string }
  | {
      list: "officials";
      at?: string;
      /** Only this unit's officials (a host choosing its point's chair). */ unitId?: string;
    }
  | { list: "connection-points" };

export interface Option {
  id: string;
  label: string;
}

/** One answer: the first matches, and whether there were more (so the picker can ask for more letters). */
export interface OptionPage {
  options: Option[];
  more: boolean;
}

/** The address a picker fetches for the text typed so far. */
export function optionSearchPath(source: OptionSource, q: string): string {
  const params = new URLSearchParams({ q });
  if (source.list === "units") params.set("purpose", source.purpose);
  if (source.list !== "connection-points" && source.at) params.set("at", source.at);
  if (source.list === "officials" && source.unitId) params.set("unit", source.unitId);
  return `/api/options/${source.list}?${params.toString()}`;
}

const q = z.string().max(100).default("");
// The meeting's date, as the page gave it (ISO 8601); without it, now.
const at = z
  .string()
  .refine((s) => !Number.isNaN(Date.parse(s)))
  .transform((s) => new Date(s))
  .optional();

export const optionQuerySchema = z.discriminatedUnion("list", [
  z.object({ list: z.literal("units"), q, purpose: z.enum(UNIT_PURPOSES), at }),
  z.object({ list: z.literal("officials"), q, at, unit: z.string().min(1).max(40).optional() }),
  z.object({ list: z.literal("connection-points"), q }),
]);
export type OptionQuery = z.output<typeof optionQuerySchema>;

/** Reads a request's list and query string; a parameter given twice is refused rather than guessed at. */
export function parseOptionQuery(list: string, params: URLSearchParams) {
  const query: Record<string, string> = { list };
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    if (values.length > 1) return null;
    query[key] = values[0]!;
  }
  const parsed = optionQuerySchema.safeParse(query);
  return parsed.success ? parsed.data : null;
}

/** Rows fetched one past the limit become a page: the extra row only says that there are more. */
export function toOptionPage<T>(rows: T[], label: (row: T) => Option): OptionPage {
  return { options: rows.slice(0, OPTION_LIMIT).map(label), more: rows.length > OPTION_LIMIT };
}

/** How an official reads in a picker: "Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã". */
export function officialLabel(official: { fullName: string; title: string }): string {
  return `${official.fullName} — ${official.title}`;
}
