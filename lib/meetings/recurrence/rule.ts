// The recurrence subset the secretariat uses: "every Monday 07:30", "every 2 weeks", "3rd Wednesday",
// "last Friday", "the 15th of each month". Wall-clock times are in Vietnam (fixed UTC+7).
import { compareDays, isDayKey } from "@/lib/calendar/days";

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** 1st–4th, or -1 for the last; a "5th" would exist only in some months, so it is left out. */
export type NthWeekday = 1 | 2 | 3 | 4 | -1;

/** When a series begins and what time of day each occurrence takes: RFC 5545's DTSTART and DURATION. */
export interface RecurrenceSchedule {
  /** "YYYY-MM-DD": the series holds the matching days on or after it (the day itself only if it matches). */
  startDay: string;
  /** "HH:mm", wall clock in Vietnam. */
  startTime: string;
  durationMinutes: number;
}

interface RecurrenceBase extends RecurrenceSchedule {
  /** Every `interval` weeks or months, 1–99. */
  interval: number;
}

export interface WeeklyRule extends RecurrenceBase {
  freq: "WEEKLY";
  weekdays: readonly Weekday[];
}

export interface MonthlyByWeekdayRule extends RecurrenceBase {
  freq: "MONTHLY";
  byWeekday: { weekday: Weekday; nth: NthWeekday };
  monthDay?: never;
}

export interface MonthlyByMonthDayRule extends RecurrenceBase {
  freq: "MONTHLY";
  /** 1–31; a month without that day is skipped, not moved. */
  monthDay: number;
  byWeekday?: never;
}

/** Ends after `count` occurrences, or after the last one on or before `until` ("YYYY-MM-DD"), or never. */
export type RecurrenceEnd = { count?: number; until?: never } | { count?: never; until?: string };

export type RecurrenceRule = (WeeklyRule | MonthlyByWeekdayRule | MonthlyByMonthDayRule) & RecurrenceEnd;

export type RecurrenceIssue =
  | "INVALID_START_DAY"
  | "INVALID_START_TIME"
  | "INVALID_DURATION"
  | "INVALID_INTERVAL"
  | "INVALID_WEEKDAYS"
  | "INVALID_NTH_WEEKDAY"
  | "INVALID_MONTH_DAY"
  | "INVALID_COUNT"
  | "INVALID_UNTIL"
  | "COUNT_AND_UNTIL";

export const MAX_INTERVAL = 99;
/** A series longer than this is a data-entry mistake; it also bounds the work of expanding it. */
export const MAX_COUNT = 1000;
/** A recurring meeting lasts at most a day, so one occurrence never swallows the next. */
export const MAX_DURATION_MINUTES = 24 * 60;

const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isWeekday(value: number): value is Weekday {
  return Number.isInteger(value) && value >= 0 && value <= 6;
}

export function isNthWeekday(value: number): value is NthWeekday {
  return value === -1 || (Number.isInteger(value) && value >= 1 && value <= 4);
}

/** Minutes after midnight of an "HH:mm" wall-clock time, or null if malformed. */
export function minutesOfTime(time: string): number | null {
  const match = TIME_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

function isIntegerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** Every problem with a rule, as codes the UI words through its message catalogue; [] if valid. */
export function recurrenceIssues(rule: RecurrenceRule): RecurrenceIssue[] {
  const issues: RecurrenceIssue[] = [];
  const startOk = isDayKey(rule.startDay);
  if (!startOk) issues.push("INVALID_START_DAY");
  if (minutesOfTime(rule.startTime) === null) issues.push("INVALID_START_TIME");
  if (!isIntegerIn(rule.durationMinutes, 1, MAX_DURATION_MINUTES)) issues.push("INVALID_DURATION");
  if (!isIntegerIn(rule.interval, 1, MAX_INTERVAL)) issues.push("INVALID_INTERVAL");

  if (rule.freq === "WEEKLY") {
    const days = rule.weekdays;
    if (days.length === 0 || !days.every(isWeekday) || new Set(days).size !== days.length)
      issues.push("INVALID_WEEKDAYS");
  } else if (rule.byWeekday !== undefined) {
    if (!isWeekday(rule.byWeekday.weekday) || !isNthWeekday(rule.byWeekday.nth)) issues.push("INVALID_NTH_WEEKDAY");
  } else if (!isIntegerIn(rule.monthDay, 1, 31)) {
    issues.push("INVALID_MONTH_DAY");
  }

  if (rule.count !== undefined && rule.until !== undefined) issues.push("COUNT_AND_UNTIL");
  if (rule.count !== undefined && !isIntegerIn(rule.count, 1, MAX_COUNT)) issues.push("INVALID_COUNT");
  if (rule.until !== undefined && (!isDayKey(rule.until) || (startOk && compareDays(rule.until, rule.startDay) < 0))) {
    issues.push("INVALID_UNTIL");
  }
  return issues;
}

/** For callers that have already validated: a bad rule here is a programming error. */
export function assertValidRule(rule: RecurrenceRule): void {
  const issues = recurrenceIssues(rule);
  if (issues.length > 0) throw new RangeError(`Invalid recurrence rule: ${issues.join(", ")}`);
}
