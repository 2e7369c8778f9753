import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import { managesMeeting } from "./authorise";
import { meetingScope } from "./scope";
import { filtersWhere, type MeetingFilters } from "./filters";
import { answerSummary, pointPage, POINTS_PER_PAGE } from "./point-list";
import { scheduleWarnings } from "./conflict-check";
import type { ConflictView } from "./conflict-view";

const PAGE_SIZE = 50;

export type MeetingWhen = "upcoming" | "past";

/** One page of the caller's meetings, upcoming soonest first or past latest first. */
export async function listMeetings(
  user: SessionUser,
  when: MeetingWhen,
  now = new Date(),
  filters: MeetingFilters = {},
) {
  const rows = await db.meeting.findMany({
    where: {
      AND: [
        meetingScope(user),
        when === "upcoming" ? { endsAt: { gte: now } } : { endsAt: { lt: now } },
        filtersWhere(filters, user),
      ],
    },
    orderBy: { startsAt: when === "upcoming" ? "asc" : "desc" },
    take: PAGE_SIZE,
    select: {
      id: true,
      title: true,
      kind: true,
      mode: true,
      status: true,
      startsAt: true,
      endsAt: true,
      confidential: true,
      organiserUnit: { select: { name: true } },
      points: {
        where: { isMain: true },
        select: { connectionPoint: { select: { name: true } }, chair: { select: { fullName: true } } },
      },
      _count: { select: { points: true } },
    },
  });
  return rows.map(({ points, _count, organiserUnit, ...m }) => ({
    ...m,
    organiser: organiserUnit.name,
    mainPoint: points[0]?.connectionPoint.name ?? null,
    mainChair: points[0]?.chair?.fullName ?? null,
    pointCount: _count.points,
  }));
}

export type MeetingListItem = Awaited<ReturnType<typeof listMeetings>>[number];

/**
 * A meeting at a glance: its summary of answers over all points, and one page of its points (see
 * pointPage), each with its chair and test and the units invited there.
 */
export async function getMeeting(user: SessionUser, id: string, page = 1) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      kind: true,
      mode: true,
      status: true,
      startsAt: true,
      endsAt: true,
      description: true,
      confidential: true,
      urgent: true,
      cancelReason: true,
      version: true,
      organiserUnitId: true,
      organiserUnit: { select: { name: true } },
      _count: { select: { points: true } },
    },
  });
  if (!meeting) throw new NotFound();
  const { _count, ...rest } = meeting;
  const pageCount = Math.max(1, Math.ceil(_count.points / POINTS_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page) || 1), pageCount);
  const [points, answers] = await Promise.all([pointPage(user, meeting, current), answerSummary(user, meeting.id)]);
  const manageable = managesMeeting(user, meeting.organiserUnitId);
  return {
    ...rest,
    manageable,
    answers,
    pointCount: _count.points,
    page: current,
    pageCount,
    // The secretariat hosting a point runs that point of someone else's meeting.
    points: points.map((p) => ({
      ...p,
      manageable: manageable || (user.role === "SECRETARIAT" && p.connectionPoint.hostUnitId === user.unitId),
    })),
  };
}

/** The editable fields of a meeting the caller runs. */
export async function meetingForEditing(user: SessionUser, id: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      kind: true,
      mode: true,
      status: true,
      organiserUnitId: true,
      startsAt: true,
      endsAt: true,
      description: true,
      confidential: true,
      urgent: true,
      version: true,
    },
  });
  if (!meeting) throw new NotFound();
  if (!managesMeeting(user, meeting.organiserUnitId)) throw new AccessDenied();
  return meeting;
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;

/** The warnings of a meeting ahead (a day off), for whoever runs it: shown on its page, never refusing. */
export async function scheduleWarningsOf(user: SessionUser, meeting: MeetingDetail): Promise<ConflictView[]> {
  if (!meeting.manageable || (meeting.status !== "DRAFT" && meeting.status !== "SCHEDULED")) return [];
  return scheduleWarnings(db, user, meeting.id);
}
