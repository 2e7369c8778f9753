// Working days (ngày làm việc): Monday–Friday minus the configured days off (public holidays and
// compensatory days off, nghỉ bù), plus the weekend days the government has people work in exchange
// (làm bù). The meeting rules count in them: invitations ≥ 3 working days before a meeting, the
// conclusion notice ≤ 5 after. Days are "YYYY-MM-DD" keys of the calendar day in Vietnam; instants are
// mapped with dayKey().
import { dayKey } from "@/lib/datetime/vietnam";
import { addDays, dayOfWeek, epochDay, fromEpochDay, parseDayKey } from "./days";

/** The configured exceptions to Monday–Friday, as lib/calendar/holidays.ts loads them. */
export interface WorkCalendar {
  /** Days off that would otherwise be worked: ngày lễ, Tết, nghỉ bù. */
  daysOff: ReadonlySet<string>;
  /** Saturdays or Sundays worked (làm bù). */
  extraWorkingDays: ReadonlySet<string>;
  /** The name each configured day was given ("Tết Dương lịch"), where it was loaded with one. */
  names: ReadonlyMap<string, string>;
}

/** How a configured day changes the week (PublicHoliday.kind). */
export type CalendarDayKind = "HOLIDAY" | "DAY_OFF" | "WORKING_DAY";

/** A configured day (PublicHoliday) as the calendar reads it. */
export interface CalendarDay {
  day: string;
  kind: CalendarDayKind;
  name?: string;
}

/** The calendar the configured days make: a holiday or nghỉ bù is off, a làm bù day is worked. */
export function workCalendarOf(days: Iterable<CalendarDay>): WorkCalendar {
  const daysOff = new Set<string>();
  const extraWorkingDays = new Set<string>();
  const names = new Map<string, string>();
  for (const { day, kind, name } of days) {
    (kind === "WORKING_DAY" ? extraWorkingDays : daysOff).add(day);
    if (name) names.set(day, name);
  }
  return { daysOff, extraWorkingDays, names };
}

/** Monday to Friday with no exception configured. */
export const PLAIN_WEEKS: WorkCalendar = workCalendarOf([]);

export const INVITATION_LEAD_WORKING_DAYS = 3;
export const CONCLUSION_NOTICE_WORKING_DAYS = 5;

export function isWorkingDay(day: string, calendar: WorkCalendar): boolean {
  const weekday = dayOfWeek(day);
  if (weekday === 0 || weekday === 6) return calendar.extraWorkingDays.has(day);
  return !calendar.daysOff.has(day);
}

/**
 * The n-th working day after `day` (n > 0) or before it (n < 0); `day` itself never counts.
 * n = 0 returns `day` if it is a working day, else the next working day, as a deadline falling on a
 * day off moves to the next working day (Bộ luật Dân sự 2015, art. 148).
 */
export function addWorkingDays(day: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be a whole number, got ${n}`);
  parseDayKey(day);
  if (n === 0) return isWorkingDay(day, calendar) ? day : addWorkingDays(day, 1, calendar);
  const step = n > 0 ? 1 : -1;
  let current = day;
  // Terminates: the days off are finite, so working days keep coming.
  for (let left = Math.abs(n); left > 0;) {
    current = addDays(current, step);
    if (isWorkingDay(current, calendar)) left -= 1;
  }
  return current;
}

/**
 * Working days strictly after `fromDay` up to and including `toDay` (Mon → Thu of one week is 3).
 * When `toDay` is earlier, the negated count of working days from `toDay` inclusive to `fromDay`
 * exclusive, so that workingDaysBetween(d, addWorkingDays(d, n)) === n for every n ≠ 0.
 */
export function workingDaysBetween(fromDay: string, toDay: string, calendar: WorkCalendar): number {
  const from = epochDay(fromDay);
  const to = epochDay(toDay);
  if (to < from) return -workingDaysBetween(addDays(toDay, -1), addDays(fromDay, -1), calendar);
  let count = 0;
  for (let i = from + 1; i <= to; i += 1) {
    if (isWorkingDay(fromEpochDay(i), calendar)) count += 1;
  }
  return count;
}

// A period of 0 working days would silently roll a weekend meeting forward; refuse it instead.
function assertPositive(n: number): void {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`A period must be at least 1 working day, got ${n}`);
}

/**
 * The last day an invitation still counts as sent "at least 3 working days before": the 3rd working
 * day before the meeting's day in Vietnam (meeting Thursday 10/12/2026 → Monday 07/12/2026).
 */
export function latestOnTimeInvitationDay(
  meetingStart: Date,
  calendar: WorkCalendar,
  required: number = INVITATION_LEAD_WORKING_DAYS,
): string {
  assertPositive(required);
  return addWorkingDays(dayKey(meetingStart), -required, calendar);
}

/** Only the Vietnamese calendar day of sending matters, not the hour. */
export function isInvitationOnTime(
  sentAt: Date,
  meetingStart: Date,
  calendar: WorkCalendar,
  required: number = INVITATION_LEAD_WORKING_DAYS,
): boolean {
  return dayKey(sentAt) <= latestOnTimeInvitationDay(meetingStart, calendar, required);
}

/** The last day for the conclusion notice: 5 working days after the meeting's day in Vietnam. */
export function conclusionNoticeDueDay(
  meetingStart: Date,
  calendar: WorkCalendar,
  days: number = CONCLUSION_NOTICE_WORKING_DAYS,
): string {
  assertPositive(days);
  return addWorkingDays(dayKey(meetingStart), days, calendar);
}
