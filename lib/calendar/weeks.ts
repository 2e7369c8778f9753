// Weeks and months as the calendar screens and the weekly work schedule (lịch công tác tuần) count
// them: weeks run Monday to Sunday on the calendar day in Vietnam, numbered as ISO 8601 does
// ("Tuần thứ 1" is the week holding the year's first Thursday). Days are "YYYY-MM-DD" keys.
import { dayKey, formatTime, startOfDay } from "@/lib/datetime/vietnam";
import { addDays, dayOfWeek, daysInMonth, epochDay, isDayKey, parseDayKey, toDayKey } from "./days";

/** A ?date= value as a day key, or null when it is missing or not a real date. */
export function parseDayParam(value: string | string[] | undefined): string | null {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw !== undefined && isDayKey(raw) ? raw : null;
}

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: string): number {
  return dayOfWeek(day) || 7;
}

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  return addDays(day, 1 - isoWeekday(day));
}

/** The seven days of the week holding `day`, Monday first. */
export function weekDays(day: string): string[] {
  const monday = weekStart(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** The ISO week of `day`: its number and the year it belongs to (29/12/2025 is week 1 of 2026). */
export function isoWeek(day: string): { year: number; week: number } {
  // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = addDays(day, 4 - isoWeekday(day));
  const year = parseDayKey(thursday).year;
  const dayOfYear = epochDay(thursday) - epochDay(toDayKey({ year, month: 1, day: 1 }));
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The first day of the month holding `day`. */
export function monthStart(day: string): string {
  const { year, month } = parseDayKey(day);
  return toDayKey({ year, month, day: 1 });
}

/** The first day of the month `n` months after (or before) the one holding `day`. */
export function shiftMonth(day: string, n: number): string {
  const { year, month } = parseDayKey(day);
  const index = year * 12 + (month - 1) + n;
  return toDayKey({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
}

/** The month as rows of whole weeks (Monday to Sunday), including the neighbouring months' days that fill them. */
export function monthGrid(day: string): string[][] {
  const { year, month } = parseDayKey(day);
  const first = weekStart(toDayKey({ year, month, day: 1 }));
  const last = addDays(weekStart(toDayKey({ year, month, day: daysInMonth(year, month) })), 6);
  const rows: string[][] = [];
  for (let monday = first; monday <= last; monday = addDays(monday, 7)) {
    rows.push(Array.from({ length: 7 }, (_, i) => addDays(monday, i)));
  }
  return rows;
}

/** Midnight at the start of `from` to midnight after `to`, in Vietnam: the instants a query covers. */
export function instantRange(from: string, to: string): { from: Date; to: Date } {
  return { from: startOfDay(from), to: startOfDay(addDays(to, 1)) };
}

export type Session = "morning" | "afternoon";

/** Buổi sáng before 12:00 in Vietnam, buổi chiều from then on. */
export function sessionOf(instant: Date): Session {
  return formatTime(instant) < "12:00" ? "morning" : "afternoon";
}

interface Timed {
  startsAt: Date;
  endsAt: Date;
}

/** Whether [startsAt, endsAt) touches the day; a meeting of no length counts on the day it starts. */
export function overlapsDay(item: Timed, day: string): boolean {
  const from = startOfDay(day).getTime();
  const to = startOfDay(addDays(day, 1)).getTime();
  const start = item.startsAt.getTime();
  const end = Math.max(item.endsAt.getTime(), start + 1);
  return start < to && end > from;
}

/** Each day with the items on it, soonest first; an item spanning days appears on each of them. */
export function groupByDay<T extends Timed>(items: readonly T[], days: readonly string[]): Map<string, T[]> {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return new Map(days.map((day) => [day, sorted.filter((item) => overlapsDay(item, day))]));
}

/** The days of a week split into morning and afternoon, by the day and hour each item starts. */
export function groupBySession<T extends { startsAt: Date }>(items: readonly T[], days: readonly string[]) {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return days.map((day) => {
    const onDay = sorted.filter((item) => dayKey(item.startsAt) === day);
    return {
      day,
      morning: onDay.filter((item) => sessionOf(item.startsAt) === "morning"),
      afternoon: onDay.filter((item) => sessionOf(item.startsAt) === "afternoon"),
    };
  });
}
