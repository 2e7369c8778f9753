import "server-only";
import type { Db } from "@/lib/db/connect";
import { workCalendarOf, type CalendarDay, type WorkCalendar } from "./working-days";

/** The configured days off and make-up working days from a day on, with their names: a few dozen rows a year. */
export async function calendarDaysFrom(tx: Pick<Db, "publicHoliday">, fromDay: string): Promise<CalendarDay[]> {
  return tx.publicHoliday.findMany({
    where: { day: { gte: fromDay } },
    orderBy: { day: "asc" },
    select: { day: true, kind: true, name: true },
  });
}

export async function workCalendarFrom(tx: Pick<Db, "publicHoliday">, fromDay: string): Promise<WorkCalendar> {
  return workCalendarOf(await calendarDaysFrom(tx, fromDay));
}
