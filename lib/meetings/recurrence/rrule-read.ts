// Reads the RRULE subset of ./rule.ts, as toRRule writes it and as other calendar software commonly
// does (Outlook's "BYDAY=WE;BYSETPOS=3", UNTIL as a date or a date-time, lower case).
import { addDays, dayOfWeek, isDayKey } from "@/lib/calendar/days";
import { dayKey, formatTime } from "@/lib/datetime/vietnam";
import {
  isNthWeekday,
  minutesOfTime,
  recurrenceIssues,
  type RecurrenceEnd,
  type RecurrenceIssue,
  type RecurrenceRule,
  type RecurrenceSchedule,
  type Weekday,
} from "./rule";
import { DAY_CODES, type DayCode } from "./rrule-write";

export type RRuleParseError = "MALFORMED" | "UNSUPPORTED" | "MISSING_DTSTART" | "MISSING_DURATION" | "MISSING_RRULE";

export type RRuleParseResult =
  | { ok: true; rule: RecurrenceRule }
  | { ok: false; error: RRuleParseError; detail: string }
  | { ok: false; error: "INVALID_RULE"; issues: RecurrenceIssue[] };

/** Thrown inside the readers, turned into a result at their edge. */
export class RRuleFailure extends Error {
  constructor(
    readonly code: RRuleParseError,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

/** Runs a reader, turning its failure and the rule's validation into a result. */
export function toParseResult(read: () => RecurrenceRule): RRuleParseResult {
  let rule: RecurrenceRule;
  try {
    rule = read();
  } catch (error) {
    if (error instanceof RRuleFailure) return { ok: false, error: error.code, detail: error.detail };
    throw error;
  }
  const issues = recurrenceIssues(rule);
  return issues.length > 0 ? { ok: false, error: "INVALID_RULE", issues } : { ok: true, rule };
}

export interface WallClock {
  day: string;
  /** Seconds after midnight in Vietnam. */
  seconds: number;
  utc: boolean;
}

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

/** A DATE-TIME value as wall clock in Vietnam: UTC ("…Z") is converted, a floating one taken as is. */
export function parseDateTime(value: string): WallClock {
  const match = DATE_TIME.exec(value);
  if (!match) throw new RRuleFailure("MALFORMED", value);
  const [y, mo, d, h, mi, s, z] = match.slice(1) as [string, string, string, string, string, string, string];
  const day = `${y}-${mo}-${d}`;
  if (!isDayKey(day) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw new RRuleFailure("MALFORMED", value);
  if (z === "") return { day, seconds: Number(h) * 3600 + Number(mi) * 60 + Number(s), utc: false };
  const instant = new Date(`${day}T${h}:${mi}:${s}Z`);
  const [hh, mm] = formatTime(instant).split(":").map(Number) as [number, number];
  return { day: dayKey(instant), seconds: hh * 3600 + mm * 60 + Number(s), utc: true };
}

/** UNTIL as the last day whose occurrence (at startTime) it still includes. */
function parseUntil(value: string, startTime: string): string {
  if (/^\d{8}$/.test(value)) {
    const day = `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6)}`;
    if (!isDayKey(day)) throw new RRuleFailure("MALFORMED", `UNTIL=${value}`);
    return day;
  }
  const until = parseDateTime(value);
  return until.seconds >= (minutesOfTime(startTime) ?? 0) * 60 ? until.day : addDays(until.day, -1);
}

const KEYS = new Set(["FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYSETPOS", "COUNT", "UNTIL", "WKST"]);

function splitParts(value: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of value.split(";")) {
    const [key = "", partValue = "", ...extra] = part.split("=");
    if (key === "" || partValue === "" || extra.length > 0) throw new RRuleFailure("MALFORMED", part);
    const name = key.toUpperCase();
    if (!KEYS.has(name)) throw new RRuleFailure("UNSUPPORTED", name);
    if (parts.has(name)) throw new RRuleFailure("MALFORMED", `${name} twice`);
    parts.set(name, partValue.toUpperCase());
  }
  return parts;
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new RRuleFailure("MALFORMED", `${name}=${value}`);
  return Number(value);
}

function signedNumber(name: string, value: string): number {
  if (!/^[+-]?\d+$/.test(value)) throw new RRuleFailure("UNSUPPORTED", `${name}=${value}`);
  return Number(value);
}

function dayCodeIndex(code: string): number {
  return DAY_CODES.indexOf(code as DayCode);
}

function parseByDay(value: string): { weekday: Weekday; ordinal: number | undefined }[] {
  return value.split(",").map((item) => {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(item);
    if (!match) throw new RRuleFailure("MALFORMED", `BYDAY=${value}`);
    return {
      weekday: dayCodeIndex(match[2] ?? "") as Weekday,
      ordinal: match[1] === undefined ? undefined : Number(match[1]),
    };
  });
}

// Weeks here start on Monday. Another WKST changes which weeks an interval > 1 keeps only when the
// start day and the weekdays lie on both sides of the two week starts, so only then is it refused.
function checkWeekStart(wkst: string | undefined, interval: number, days: readonly Weekday[]): void {
  if (wkst === undefined) return;
  const start = dayCodeIndex(wkst);
  if (start < 0) throw new RRuleFailure("MALFORMED", `WKST=${wkst}`);
  const offset = (d: number) => (d + 6) % 7;
  if (interval > 1 && new Set(days.map((d) => offset(d) < offset(start))).size > 1)
    throw new RRuleFailure("UNSUPPORTED", `WKST=${wkst}`);
}

type Pattern =
  | { freq: "WEEKLY"; weekdays: Weekday[] }
  | { freq: "MONTHLY"; byWeekday: { weekday: Weekday; nth: 1 | 2 | 3 | 4 | -1 } }
  | { freq: "MONTHLY"; monthDay: number };

function monthlyPattern(parts: Map<string, string>, startDay: string): Pattern {
  const byDay = parts.has("BYDAY") ? parseByDay(parts.get("BYDAY") ?? "") : undefined;
  const byMonthDay = parts.get("BYMONTHDAY");
  const bySetPos = parts.get("BYSETPOS");
  if (byMonthDay !== undefined) {
    if (byDay !== undefined || bySetPos !== undefined)
      throw new RRuleFailure("UNSUPPORTED", "BYMONTHDAY with BYDAY or BYSETPOS");
    const monthDay = signedNumber("BYMONTHDAY", byMonthDay);
    if (monthDay < 1) throw new RRuleFailure("UNSUPPORTED", `BYMONTHDAY=${byMonthDay}`);
    return { freq: "MONTHLY", monthDay };
  }
  if (byDay !== undefined) {
    const [only, ...more] = byDay;
    if (only === undefined || more.length > 0) throw new RRuleFailure("UNSUPPORTED", "several BYDAY in MONTHLY");
    // "3WE", or Outlook's equivalent "WE" with BYSETPOS=3; exactly one of the two.
    if ((only.ordinal === undefined) === (bySetPos === undefined))
      throw new RRuleFailure("UNSUPPORTED", "MONTHLY BYDAY without one ordinal");
    const nth = only.ordinal ?? signedNumber("BYSETPOS", bySetPos ?? "");
    if (!isNthWeekday(nth)) throw new RRuleFailure("UNSUPPORTED", `ordinal ${nth}`);
    return { freq: "MONTHLY", byWeekday: { weekday: only.weekday, nth } };
  }
  if (bySetPos !== undefined) throw new RRuleFailure("UNSUPPORTED", "BYSETPOS without BYDAY");
  // With no BY* part, RFC 5545 repeats on DTSTART's day of the month.
  return { freq: "MONTHLY", monthDay: Number(startDay.slice(8)) };
}

function pattern(parts: Map<string, string>, startDay: string, interval: number): Pattern {
  const freq = parts.get("FREQ");
  if (freq === "MONTHLY") return monthlyPattern(parts, startDay);
  if (freq !== "WEEKLY") throw new RRuleFailure(freq === undefined ? "MALFORMED" : "UNSUPPORTED", `FREQ=${freq ?? ""}`);
  if (parts.has("BYMONTHDAY") || parts.has("BYSETPOS"))
    throw new RRuleFailure("UNSUPPORTED", "BYMONTHDAY or BYSETPOS in WEEKLY");
  const byDay = parts.has("BYDAY") ? parseByDay(parts.get("BYDAY") ?? "") : undefined;
  if (byDay?.some((d) => d.ordinal !== undefined)) throw new RRuleFailure("UNSUPPORTED", "ordinal BYDAY in WEEKLY");
  const startWeekday = dayOfWeek(startDay) as Weekday;
  // With no BYDAY, RFC 5545 repeats on DTSTART's weekday.
  const weekdays = byDay ? byDay.map((d) => d.weekday).sort((a, b) => a - b) : [startWeekday];
  checkWeekStart(parts.get("WKST"), interval, [...weekdays, startWeekday]);
  return { freq: "WEEKLY", weekdays };
}

/** The rule an RRULE value describes for a given schedule; throws RRuleFailure. */
export function readRRuleValue(value: string, schedule: RecurrenceSchedule): RecurrenceRule {
  if (!isDayKey(schedule.startDay)) throw new RRuleFailure("MALFORMED", `start day ${schedule.startDay}`);
  const parts = splitParts(value.trim().replace(/^RRULE:/i, ""));
  const intervalText = parts.get("INTERVAL");
  const interval = intervalText === undefined ? 1 : wholeNumber("INTERVAL", intervalText);
  const countText = parts.get("COUNT");
  const untilText = parts.get("UNTIL");
  if (countText !== undefined && untilText !== undefined) throw new RRuleFailure("MALFORMED", "COUNT and UNTIL");
  const end: RecurrenceEnd =
    countText !== undefined
      ? { count: wholeNumber("COUNT", countText) }
      : untilText !== undefined
        ? { until: parseUntil(untilText, schedule.startTime) }
        : {};
  const { startDay, startTime, durationMinutes } = schedule;
  return { ...pattern(parts, startDay, interval), interval, startDay, startTime, durationMinutes, ...end };
}

/**
 * The rule of an RRULE value ("FREQ=MONTHLY;BYDAY=3WE", with or without "RRULE:") and the schedule
 * stored beside it. Weekdays come back in Sunday-first order, so parseRRule(toRRule(r), r) gives r.
 */
export function parseRRule(text: string, schedule: RecurrenceSchedule): RRuleParseResult {
  return toParseResult(() => readRRuleValue(text, schedule));
}
