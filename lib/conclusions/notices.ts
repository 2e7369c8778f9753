import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { holidaysFrom } from "@/lib/calendar/holidays";
import { dayKey } from "@/lib/datetime/vietnam";
import { noticeDue, type NoticeDue } from "./notice-due";

// Only meetings held in the last two months are watched: a notice years overdue (the 2022 conference
// before the app existed) is history, not a warning, and the list must not grow with the archive.
const LOOKBACK_DAYS = 60;
const MAX_WATCHED = 50;

/**
 * The notice due day and state for one set of minutes (each connection point keeps its own, and its
 * own notice), counted from when the meeting ended: the minutes' recorded end, else the planned end.
 * Null when there are no such minutes.
 */
export async function noticeDueOf(minutesId: string, now = new Date()): Promise<NoticeDue | null> {
  const minutes = await db.minutes.findUnique({
    where: { id: minutesId },
    select: { endedAt: true, meeting: { select: { endsAt: true } }, notice: { select: { issuedAt: true } } },
  });
  if (!minutes) return null;
  const meetingAt = minutes.endedAt ?? minutes.meeting.endsAt;
  const holidays = await holidaysFrom(db, dayKey(meetingAt));
  return noticeDue({ meetingAt, now, holidays, issuedAt: minutes.notice?.issuedAt });
}

/**
 * Held meetings the secretariat's unit organises (all for an administrator) with no notice issued yet
 * whose notice is overdue, due today or due within one working day; the most urgent first.
 */
export async function noticesToWatch(user: SessionUser, now = new Date()) {
  if (user.role !== "SECRETARIAT" && user.role !== "ADMIN") return [];
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const meetings = await db.meeting.findMany({
    where: {
      status: "HELD",
      endsAt: { gte: since, lte: now },
      notices: { none: { issuedAt: { not: null } } },
      ...(user.role === "SECRETARIAT" ? { organiserUnitId: user.unitId } : {}),
    },
    orderBy: { endsAt: "asc" },
    take: MAX_WATCHED,
    select: { id: true, title: true, endsAt: true },
  });
  const holidays = await holidaysFrom(db, dayKey(since));
  return meetings.map((m) => ({ ...m, due: noticeDue({ meetingAt: m.endsAt, now, holidays }) })).filter((m) => m.due.state !== "ok");
}
