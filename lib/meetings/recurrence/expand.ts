// Expands a rule into concrete meetings. Hand-written rather than built on the `rrule` package: the
// subset is small, and rrule's "UTC dates that stand for local time" convention and its open TZID
// bugs are avoidable here, since Vietnam's fixed UTC+7 makes a wall-clock time one fixed instant.
import { addDays, dayOfWeek, daysInMonth, epochDay, fromEpochDay, parseDayKey, toDayKey } from "@/lib/calendar/days";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { assertValidRule, minutesOfTime, type NthWeekday, type RecurrenceRule, type Weekday } from "./rule";

/** Hard cap on one expansion, whatever the caller asks, to protect the server. */
export const MAX_OCCURRENCES = 500;
// Periods (weeks or months) scanned without reaching the window's end; only a rule that never
// matches (the 31st, every 12 months from February) gets near it.
const MAX_SCANNED_PERIODS = 10_000;
const MS_PER_MINUTE = 60_000;

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
}

export interface ExpansionWindow {
  from: Date;
  /** Exclusive. */
  to: Date;
  /** At most this many occurrences, capped at MAX_OCCURRENCES (the default). */
  max?: number;
}

// Vietnamese weeks start on Monday (Thứ Hai), which is also RFC 5545's default WKST.
function mondayOffset(weekday: number): number {
  return (weekday + 6) % 7;
}

function nthWeekdayOfMonth(year: number, month: number, weekday: Weekday, nth: NthWeekday): number {
  if (nth === -1) {
    const last = daysInMonth(year, month);
    return last - ((dayOfWeek(toDayKey({ year, month, day: last })) - weekday + 7) % 7);
  }
  const first = 1 + ((weekday - dayOfWeek(toDayKey({ year, month, day: 1 })) + 7) % 7);
  return first + 7 * (nth - 1);
}

/** Period p counts weeks or months from the one holding startDay; p = 0, interval, 2·interval, … match. */
interface PeriodCalendar {
  indexOf(day: string): number;
  firstDay(p: number): string;
  /** The rule's days in period p, ascending. */
  days(p: number): string[];
}

function periodCalendar(rule: RecurrenceRule): PeriodCalendar {
  if (rule.freq === "WEEKLY") {
    const monday0 = epochDay(rule.startDay) - mondayOffset(dayOfWeek(rule.startDay));
    const offsets = rule.weekdays.map(mondayOffset).sort((a, b) => a - b);
    return {
      indexOf: (day) => Math.floor((epochDay(day) - monday0) / 7),
      firstDay: (p) => fromEpochDay(monday0 + 7 * p),
      days: (p) => offsets.map((offset) => fromEpochDay(monday0 + 7 * p + offset)),
    };
  }
  const start = parseDayKey(rule.startDay);
  const month0 = start.year * 12 + (start.month - 1);
  const yearMonth = (p: number) => ({ year: Math.floor((month0 + p) / 12), month: ((month0 + p) % 12) + 1 });
  return {
    indexOf: (day) => {
      const { year, month } = parseDayKey(day);
      return year * 12 + (month - 1) - month0;
    },
    firstDay: (p) => toDayKey({ ...yearMonth(p), day: 1 }),
    days: (p) => {
      const { year, month } = yearMonth(p);
      if (rule.byWeekday !== undefined) {
        return [
          toDayKey({ year, month, day: nthWeekdayOfMonth(year, month, rule.byWeekday.weekday, rule.byWeekday.nth) }),
        ];
      }
      // The 31st in a 30-day month is skipped, not moved: a moved date would surprise attendees.
      return rule.monthDay <= daysInMonth(year, month) ? [toDayKey({ year, month, day: rule.monthDay })] : [];
    },
  };
}

/**
 * The occurrences that overlap [from, to), in order, each at the rule's wall-clock time in Vietnam.
 * COUNT counts from the series' first occurrence, not from `from`. Throws RangeError on an invalid
 * rule or window (validate with recurrenceIssues() first).
 */
export function expandOccurrences(rule: RecurrenceRule, window: ExpansionWindow): Occurrence[] {
  assertValidRule(rule);
  const from = window.from.getTime();
  const to = window.to.getTime();
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError("Invalid expansion window");
  const max = Math.min(window.max ?? MAX_OCCURRENCES, MAX_OCCURRENCES);
  if (!Number.isInteger(max) || max < 0) throw new RangeError(`Invalid max: ${window.max}`);
  const out: Occurrence[] = [];
  if (from >= to || max === 0) return out;

  const startMs = (minutesOfTime(rule.startTime) ?? 0) * MS_PER_MINUTE;
  const durationMs = rule.durationMinutes * MS_PER_MINUTE;
  const lastDay = dayKey(window.to);
  const calendar = periodCalendar(rule);

  // Without COUNT nothing before the window matters, so begin at the period where an occurrence
  // could still be running at `from`; with COUNT every earlier occurrence must be counted.
  let p = 0;
  if (rule.count === undefined) {
    const earliest = addDays(dayKey(new Date(from - durationMs)), -1);
    p = Math.max(0, Math.floor(calendar.indexOf(earliest) / rule.interval) * rule.interval);
  }

  let seen = 0;
  for (let scanned = 0; scanned < MAX_SCANNED_PERIODS; scanned += 1, p += rule.interval) {
    if (calendar.firstDay(p) > lastDay) break;
    for (const day of calendar.days(p)) {
      if (day < rule.startDay) continue;
      if (rule.until !== undefined && day > rule.until) return out;
      seen += 1;
      if (rule.count !== undefined && seen > rule.count) return out;
      const startsAt = startOfDay(day).getTime() + startMs;
      if (startsAt >= to) return out;
      if (startsAt + durationMs > from) {
        out.push({ startsAt: new Date(startsAt), endsAt: new Date(startsAt + durationMs) });
        if (out.length >= max) return out;
      }
    }
  }
  return out;
}
