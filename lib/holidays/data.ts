import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { holidayCandidates, type HolidayCandidate } from "./prefill";

/** Administrators keep the list; secretariats read it, as their invitations and notices count by it. */
export function readsHolidays(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "SECRETARIAT";
}

/** The configured days of a year, and the pre-fill candidates of that year that are not configured yet. */
export async function holidaysOfYear(user: SessionUser, year: number) {
  if (!readsHolidays(user)) throw new AccessDenied();
  const days = await db.publicHoliday.findMany({
    where: { day: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
    orderBy: { day: "asc" },
    select: { id: true, day: true, name: true, kind: true, version: true },
  });
  const taken = new Set(days.map((d) => d.day));
  const missing: HolidayCandidate[] = holidayCandidates(year).filter((c) => !taken.has(c.day));
  return { days, missing };
}
