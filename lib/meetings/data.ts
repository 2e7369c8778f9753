import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import { managesMeeting } from "./authorise";
import { meetingScope } from "./scope";
import { filtersWhere, type MeetingFilters } from "./filters";

const PAGE_SIZE = 50;

export type MeetingWhen = "upcoming" | "past";

/** One page of the caller's meetings, upcoming soonest first or past latest first. */
export async function listMeetings(user: SessionUser, when: MeetingWhen, now = new Date(), filters: MeetingFilters = {}) {
  const rows = await db.meeting.findMany({
    where: { AND: [meetingScope(user), when === "upcoming" ? { endsAt: { gte: now } } : { endsAt: { lt: now } }, filtersWhere(filters, user)] },
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
      points: { where: { isMain: true }, select: { connectionPoint: { select: { name: true } }, chair: { select: { fullName: true } } } },
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

/** A meeting at a glance: every point with its chair and test, and the units invited there. */
export async function getMeeting(user: SessionUser, id: string) {
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
      points: {
        orderBy: [{ isMain: "desc" }, { position: "asc" }],
        select: {
          id: true,
          isMain: true,
          techTestAt: true,
          techTestResult: true,
          techTestNote: true,
          chairOfficialId: true,
          connectionPoint: { select: { name: true, address: true, room: true, technicianName: true, technicianPhone: true, hostUnitId: true } },
          chair: { select: { fullName: true, title: true } },
          invitations: {
            // A unit representative sees only their own unit's line at each point.
            where: user.role === "UNIT_REP" ? { unitId: user.unitId } : undefined,
            // The accent-free key sorts Vietnamese names in reading order; raw UTF-8 order would not.
            orderBy: { unit: { nameAscii: "asc" } },
            select: {
              id: true,
              status: true,
              seats: true,
              answerDeadline: true,
              sentAt: true,
              reopenedAt: true,
              documentNumber: true,
              unit: { select: { id: true, name: true, validTo: true } },
              responses: { orderBy: { createdAt: "desc" }, take: 1, select: { forStartsAt: true } },
              _count: { select: { attendees: true } },
            },
          },
        },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const manageable = managesMeeting(user, meeting.organiserUnitId);
  return {
    ...meeting,
    manageable,
    // The secretariat hosting a point runs that point of someone else's meeting.
    points: meeting.points.map((p) => ({
      ...p,
      manageable: manageable || (user.role === "SECRETARIAT" && p.connectionPoint.hostUnitId === user.unitId),
      // An answer given before a reschedule is kept, but flagged as given for the old time.
      invitations: p.invitations.map(({ responses, _count, ...i }) => ({
        ...i,
        attendeeCount: _count.attendees,
        answeredForOldTime: !!responses[0] && responses[0].forStartsAt.getTime() !== meeting.startsAt.getTime(),
      })),
    })),
  };
}

/** The editable fields of a meeting the caller runs. */
export async function meetingForEditing(user: SessionUser, id: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: { id: true, title: true, kind: true, mode: true, status: true, organiserUnitId: true, startsAt: true, endsAt: true, description: true, confidential: true, urgent: true, version: true },
  });
  if (!meeting) throw new NotFound();
  if (!managesMeeting(user, meeting.organiserUnitId)) throw new AccessDenied();
  return meeting;
}

export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;
