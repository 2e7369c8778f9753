import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { workCalendarFrom } from "@/lib/calendar/holidays";
import { dayKey } from "@/lib/datetime/vietnam";
import type { MeetingWhereInput, MinutesWhereInput } from "@/lib/db/generated/sqlite/models";
import { noticeDue, type NoticeDue } from "./notice-due";

// Only meetings held in the last two months are watched: a notice years overdue (the 2022 conference
// before the app existed) is history, not a warning, and the list must not grow with the archive.
const LOOKBACK_DAYS = 60;
const MAX_WATCHED = 50;

/**
 * The notice due day and state for one set of minutes (each connection point keeps its own, and its
 * own notice), counted from the meeting's day, as the notice itself records it (lib/minutes/notice.ts).
 * Null when there are no such minutes.
 */
export async function noticeDueOf(minutesId: string, now = new Date()): Promise<NoticeDue | null> {
  const minutes = await db.minutes.findUnique({
    where: { id: minutesId },
    select: { meeting: { select: { startsAt: true } }, notice: { select: { issuedAt: true } } },
  });
  if (!minutes) return null;
  const meetingAt = minutes.meeting.startsAt;
  const calendar = await workCalendarFrom(db, dayKey(meetingAt));
  return noticeDue({ meetingAt, now, calendar, issuedAt: minutes.notice?.issuedAt });
}

export interface WatchedNotice {
  /** The minutes' id, or the meeting's when its main point has no minutes yet. */
  id: string;
  meetingId: string;
  title: string;
  startsAt: Date;
  /** The connection point whose minutes these are, when not the main point's (a hub's own record). */
  point: string | null;
  due: NoticeDue;
}

/**
 * The conclusion notices the caller's secretariat has to issue and has not, overdue, due today or due
 * within one working day, the most urgent first. Per minutes: the main point's record of the meetings its
 * unit organises, and the record of every point its unit hosts; a meeting whose main point has no minutes
 * yet is shown to its organiser as that record. An administrator sees all. A meeting counts as held once
 * it has started and was not cancelled: nothing moves a meeting from SCHEDULED to HELD when it took place.
 */
export async function noticesToWatch(user: SessionUser, now = new Date()): Promise<WatchedNotice[]> {
  if (user.role !== "SECRETARIAT" && user.role !== "ADMIN") return [];
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const held: MeetingWhereInput = { status: { in: ["SCHEDULED", "HELD"] }, startsAt: { gte: since, lte: now } };
  const mine = user.role === "SECRETARIAT";
  const unissued: MinutesWhereInput = { OR: [{ notice: { is: null } }, { notice: { is: { issuedAt: null } } }] };
  const kept: MinutesWhereInput = {
    OR: [
      { meetingPoint: { isMain: true }, meeting: { organiserUnitId: user.unitId } },
      { meetingPoint: { connectionPoint: { hostUnitId: user.unitId } } },
    ],
  };
  const minutesWhere: MinutesWhereInput = { AND: [{ meeting: held }, unissued, ...(mine ? [kept] : [])] };
  const [minutes, unrecorded, calendar] = await Promise.all([
    db.minutes.findMany({
      where: minutesWhere,
      orderBy: [{ meeting: { startsAt: "asc" } }, { id: "asc" }],
      take: MAX_WATCHED,
      select: {
        id: true,
        meeting: { select: { id: true, title: true, startsAt: true } },
        meetingPoint: { select: { isMain: true, connectionPoint: { select: { name: true } } } },
      },
    }),
    db.meeting.findMany({
      where: {
        ...held,
        minutes: { none: { meetingPoint: { isMain: true } } },
        ...(mine ? { organiserUnitId: user.unitId } : {}),
      },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      take: MAX_WATCHED,
      select: { id: true, title: true, startsAt: true },
    }),
    workCalendarFrom(db, dayKey(since)),
  ]);
  const watched: Omit<WatchedNotice, "due">[] = [
    ...minutes.map((m) => ({
      id: m.id,
      meetingId: m.meeting.id,
      title: m.meeting.title,
      startsAt: m.meeting.startsAt,
      point: m.meetingPoint.isMain ? null : m.meetingPoint.connectionPoint.name,
    })),
    ...unrecorded.map((m) => ({ id: m.id, meetingId: m.id, title: m.title, startsAt: m.startsAt, point: null })),
  ];
  return watched
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id))
    .slice(0, MAX_WATCHED)
    .map((w) => ({ ...w, due: noticeDue({ meetingAt: w.startsAt, now, calendar }) }))
    .filter((w) => w.due.state !== "ok");
}
