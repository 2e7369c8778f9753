import { z } from "zod";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import { optionalText, recordId, requiredText } from "@/lib/validation";

// Inputs of check-in and of the statistics period, shared by the forms, the actions and the export route.

/** What the secretary can record for a listed person; EXPECTED undoes a mistaken tap. */
export const CHECK_IN_CHOICES = ["PRESENT_ON_SITE", "PRESENT_ONLINE", "ABSENT", "EXPECTED"] as const;
export type CheckInChoice = (typeof CHECK_IN_CHOICES)[number];

export const markAttendanceSchema = z
  .object({
    attendeeId: recordId,
    status: z.enum(CHECK_IN_CHOICES, "attendance.checkIn.validation.chooseStatus"),
    absenceReason: optionalText(300),
  })
  .superRefine((v, ctx) => {
    if (v.status === "ABSENT" && !v.absenceReason)
      ctx.addIssue({
        code: "custom",
        path: ["absenceReason"],
        message: "attendance.checkIn.validation.reasonRequired",
      });
  })
  // Only an absence keeps a reason.
  .transform((v) => ({ ...v, absenceReason: v.status === "ABSENT" ? v.absenceReason : null }));

export const addWalkInSchema = z.object({
  meetingPointId: recordId,
  fullName: requiredText(120),
  title: requiredText(200),
  /** The person's unit, as said at the door; matched against the units invited at the point. */
  unitName: optionalText(300).transform((s) => (s === null ? null : cleanText(s))),
});

export type MarkAttendanceInput = z.input<typeof markAttendanceSchema>;
export type AddWalkInInput = z.input<typeof addWalkInSchema>;

// ── The statistics period ──

/** The longest period one report covers: enough for a three-year emulation cycle, bounded for the database. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** A real calendar day "YYYY-MM-DD" (not 2023-02-30, not 2023-13-01). */
function isCalendarDay(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const start = startOfDay(s);
  return !Number.isNaN(start.getTime()) && dayKey(start) === s;
}

const day = z.string("validation.date").trim().refine(isCalendarDay, "validation.date");

export const periodSchema = z.object({ from: day.optional(), to: day.optional() });

export interface Period {
  /** "YYYY-MM-DD", both days included. */
  from: string;
  to: string;
  /** Instants: meetings starting in [start, end) belong to the period. */
  start: Date;
  end: Date;
}

function periodOf(from: string, to: string): Period {
  return { from, to, start: startOfDay(from), end: new Date(startOfDay(to).getTime() + 86_400_000) };
}

/** The calendar year of `now` in Vietnam: what the statistics show unless asked otherwise. */
export function defaultPeriod(now: Date): Period {
  const year = dayKey(now).slice(0, 4);
  return periodOf(`${year}-01-01`, `${year}-12-31`);
}

/**
 * The period asked for (a missing end defaults to the current year's), or the catalogue key of what
 * is wrong with it.
 */
export function resolvePeriod(
  input: { from?: unknown; to?: unknown },
  now: Date,
): { ok: true; period: Period } | { ok: false; field: "from" | "to"; message: string } {
  const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
  const parsed = periodSchema.safeParse({ from: blank(input.from), to: blank(input.to) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      field: issue.path[0] === "to" ? "to" : "from",
      message: issue.message.startsWith("validation.") ? issue.message : "validation.date",
    };
  }
  const fallback = defaultPeriod(now);
  const period = periodOf(parsed.data.from ?? fallback.from, parsed.data.to ?? fallback.to);
  if (period.end <= period.start)
    return { ok: false, field: "to", message: "attendance.statistics.validation.toBeforeFrom" };
  if (period.end.getTime() - period.start.getTime() > MAX_PERIOD_DAYS * 86_400_000)
    return { ok: false, field: "to", message: "attendance.statistics.validation.tooLong" };
  return { ok: true, period };
}

export const EXPORT_FORMATS = ["xlsx", "csv"] as const;
export const EXPORT_REPORTS = ["units", "meetings", "points"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export type ExportReport = (typeof EXPORT_REPORTS)[number];

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, "validation.invalid"),
  /** Which table a CSV holds (a workbook holds them all); per unit by default. */
  report: z.enum(EXPORT_REPORTS, "validation.invalid").default("units"),
  from: z.string().optional(),
  to: z.string().optional(),
});
