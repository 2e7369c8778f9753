import "server-only";
import type { Db } from "@/lib/db/connect";

/** The configured public holidays ("YYYY-MM-DD") from a day on: a few dozen rows a year. */
export async function holidaysFrom(tx: Pick<Db, "publicHoliday">, fromDay: string): Promise<Set<string>> {
  const rows = await tx.publicHoliday.findMany({ where: { day: { gte: fromDay } }, select: { day: true } });
  return new Set(rows.map((r) => r.day));
}
