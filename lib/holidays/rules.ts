// What the kinds of a configured day mean, and which days each may fall on. Pure: the form schema and
// the pre-fill both use it.
import { dayOfWeek } from "@/lib/calendar/days";
import type { CalendarDayKind } from "@/lib/calendar/working-days";

export const HOLIDAY_KINDS = ["HOLIDAY", "DAY_OFF", "WORKING_DAY"] as const satisfies readonly CalendarDayKind[];

const isWeekend = (day: string) => dayOfWeek(day) === 0 || dayOfWeek(day) === 6;

/**
 * Why a kind cannot fall on that day, as a catalogue key, or null. A holiday may fall on a weekend (the
 * government then gives a nghỉ bù, entered as its own day); a nghỉ bù or swapped day off is a day that
 * would have been worked; a làm bù day is a Saturday or Sunday.
 */
export function kindMisfit(day: string, kind: CalendarDayKind): string | null {
  if (kind === "DAY_OFF" && isWeekend(day)) return "holidays.validation.dayOffOnWeekend";
  if (kind === "WORKING_DAY" && !isWeekend(day)) return "holidays.validation.workingDayOnWeekday";
  return null;
}
