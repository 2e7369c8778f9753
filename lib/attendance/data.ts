import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { MeetingWhereInput } from "@/lib/db/generated/sqlite/models";
import { AccessDenied } from "@/lib/errors";
import { findByIds, loadInSlices } from "@/lib/db/by-ids";
import { meetingScope } from "@/lib/meetings/scope";
import type { Period } from "./schema";
import { meetingAttendance, unitCompliance, type AttendanceRows } from "./statistics";

/** Meetings one report reads at most; beyond it the report says it is incomplete rather than slowing the database. */
export const MAX_REPORT_MEETINGS = 1000;

/**
 * The meetings whose statistics a caller may read: an administrator all of them, a secretariat those
 * its own unit organised (a subset of what meetingScope lets it see). Drafts and cancelled meetings
 * asked nobody to come, so they are left out.
 */
export function statisticsScope(user: SessionUser, period: Pick<Period, "start" | "end">): MeetingWhereInput {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return {
    AND: [
      meetingScope(user),
      user.role === "ADMIN" ? {} : { organiserUnitId: user.unitId },
      { status: { in: ["SCHEDULED", "HELD"] } },
      { startsAt: { gte: period.start, lt: period.end } },
    ],
  };
}

/**
 * Every row the statistics of a period need: the meetings, their points, the sent invitations with
 * their answers, and the attendance lists. One meeting can link thousands of points, so each table is
 * loaded flat, sliced by id, and joined in memory: the queries stay within the database's parameter
 * limit and their number does not grow with the number of meetings.
 */
export async function loadAttendanceRows(
  user: SessionUser,
  period: Pick<Period, "start" | "end">,
): Promise<AttendanceRows & { truncated: boolean }> {
  const found = await db.meeting.findMany({
    where: statisticsScope(user, period),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: MAX_REPORT_MEETINGS + 1,
    select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
  });
  const meetings = found.slice(0, MAX_REPORT_MEETINGS);
  const meetingIds = meetings.map((m) => m.id);
  const [points, invitations, attendees] = await Promise.all([
    loadInSlices(meetingIds, (ids) =>
      db.meetingPoint.findMany({
        where: { meetingId: { in: ids } },
        select: { id: true, meetingId: true, isMain: true, connectionPointId: true },
      }),
    ),
    loadInSlices(meetingIds, (ids) =>
      db.invitation.findMany({
        where: { meetingId: { in: ids }, sentAt: { not: null } },
        select: { id: true, meetingId: true, meetingPointId: true, unitId: true, status: true, answerDeadline: true },
      }),
    ),
    loadInSlices(meetingIds, (ids) =>
      db.attendee.findMany({
        where: { meetingPoint: { meetingId: { in: ids } } },
        select: {
          id: true,
          meetingPointId: true,
          invitationId: true,
          responseId: true,
          walkIn: true,
          checkIn: true,
          absenceReason: true,
        },
      }),
    ),
  ]);
  const [places, units, responses] = await Promise.all([
    findByIds(
      points.map((p) => p.connectionPointId),
      (ids) => db.connectionPoint.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
    findByIds(
      invitations.map((i) => i.unitId),
      (ids) => db.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
    loadInSlices(
      invitations.map((i) => i.id),
      (ids) =>
        db.invitationResponse.findMany({
          where: { invitationId: { in: ids } },
          orderBy: { createdAt: "asc" },
          select: { id: true, invitationId: true, createdAt: true },
        }),
    ),
  ]);
  // Oldest first: the first answer says whether it came on time, the last is the one in force.
  const answers = new Map<string, { first: { createdAt: Date }; last: { id: string } }>();
  for (const r of responses) answers.set(r.invitationId, { first: answers.get(r.invitationId)?.first ?? r, last: r });
  return {
    truncated: found.length > MAX_REPORT_MEETINGS,
    meetings,
    points: points.map((p) => ({
      id: p.id,
      meetingId: p.meetingId,
      name: places.get(p.connectionPointId)?.name ?? "",
      isMain: p.isMain,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      meetingId: i.meetingId,
      pointId: i.meetingPointId,
      unitId: i.unitId,
      unitName: units.get(i.unitId)?.name ?? "",
      status: i.status,
      answerDeadline: i.answerDeadline,
      firstAnsweredAt: answers.get(i.id)?.first.createdAt ?? null,
      currentResponseId: answers.get(i.id)?.last.id ?? null,
    })),
    attendees: attendees.map(({ meetingPointId, ...a }) => ({ ...a, pointId: meetingPointId })),
  };
}

/** The statistics page and the exports: per-unit compliance and per-meeting attendance over a period. */
export async function attendanceStatistics(user: SessionUser, period: Period, now = new Date()) {
  const rows = await loadAttendanceRows(user, period);
  return {
    period,
    truncated: rows.truncated,
    units: unitCompliance(rows, now),
    meetings: meetingAttendance(rows, now),
  };
}

export type AttendanceStatistics = Awaited<ReturnType<typeof attendanceStatistics>>;
