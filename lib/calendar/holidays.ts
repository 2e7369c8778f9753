import "server-only";
import type { Db } from "@/lib/db/connect";
import { workCalendarOf, type WorkCalendar } from "./working-days";

/** The configured days off and make-up working days from a day on: a few dozen rows a year. */
export async function workCalendarFrom(tx: Pick<Db, "publicHoliday">, fromDay: string): Promise<WorkCalendar> {
  return workCalendarOf(
    await tx.publicHoliday.findMany({ where: { day: { gte: fromDay } }, select: { day: true, kind: true } }),
  );
}
