import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { validOnWhere } from "@/lib/units/validity";
import { dayKey } from "@/lib/datetime/vietnam";
import { calendarDaysFrom } from "@/lib/calendar/holidays";

const CAP = 500;

/** Units a caller may organise meetings for: their own (secretariat) or any existing one (administrator). */
export async function organiserOptions(user: SessionUser, at = new Date()) {
  if (user.role === "SECRETARIAT")
    return db.unit.findMany({ where: { id: user.unitId }, select: { id: true, name: true } });
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.unit.findMany({
    where: { AND: [validOnWhere(at), { kind: { in: ["PROVINCE", "DISTRICT", "COMMUNE", "WARD"] } }] },
    orderBy: { nameAscii: "asc" },
    take: CAP,
    select: { id: true, name: true },
  });
}

/**
 * The configured days off and make-up days from today (or the meeting's day, if earlier): the meeting
 * form warns, as it is filled in, of a meeting put on a day off.
 */
export async function schedulingCalendar(user: SessionUser, meetingStart?: Date) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  const today = dayKey(new Date());
  const meetingDay = meetingStart ? dayKey(meetingStart) : today;
  return calendarDaysFrom(db, meetingDay < today ? meetingDay : today);
}
