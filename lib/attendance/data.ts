import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { MeetingWhereInput } from "@/lib/db/generated/sqlite/models";
import { AccessDenied } from "@/lib/errors";
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
 * Every row the statistics of a period need, in one query (Prisma loads each nested level in one
 * batched statement, so the cost does not grow with the number of meetings): the meetings with their
 * points, the sent invitations with their answers, and the attendance lists.
 */
export async function loadAttendanceRows(user: SessionUser, period: Pick<Period, "start" | "end">): Promise<AttendanceRows & { truncated: boolean }> {
  const found = await db.meeting.findMany({
    where: statisticsScope(user, period),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: MAX_REPORT_MEETINGS + 1,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      points: {
        select: {
          id: true,
          isMain: true,
          connectionPoint: { select: { name: true } },
          invitations: {
            where: { sentAt: { not: null } },
            select: {
              id: true,
              unitId: true,
              status: true,
              answerDeadline: true,
              unit: { select: { name: true } },
              responses: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true } },
            },
          },
          attendees: { select: { id: true, invitationId: true, responseId: true, walkIn: true, checkIn: true, absenceReason: true } },
        },
      },
    },
  });
  const truncated = found.length > MAX_REPORT_MEETINGS;
  const rows: AttendanceRows = { meetings: [], points: [], invitations: [], attendees: [] };
  for (const m of found.slice(0, MAX_REPORT_MEETINGS)) {
    rows.meetings.push({ id: m.id, title: m.title, startsAt: m.startsAt, endsAt: m.endsAt, status: m.status });
    for (const p of m.points) {
      rows.points.push({ id: p.id, meetingId: m.id, name: p.connectionPoint.name, isMain: p.isMain });
      for (const i of p.invitations) {
        rows.invitations.push({
          id: i.id,
          meetingId: m.id,
          pointId: p.id,
          unitId: i.unitId,
          unitName: i.unit.name,
          status: i.status,
          answerDeadline: i.answerDeadline,
          firstAnsweredAt: i.responses[0]?.createdAt ?? null,
          currentResponseId: i.responses.at(-1)?.id ?? null,
        });
      }
      for (const a of p.attendees) rows.attendees.push({ ...a, pointId: p.id });
    }
  }
  return { ...rows, truncated };
}

/** The statistics page and the exports: per-unit compliance and per-meeting attendance over a period. */
export async function attendanceStatistics(user: SessionUser, period: Period, now = new Date()) {
  const rows = await loadAttendanceRows(user, period);
  return { period, truncated: rows.truncated, units: unitCompliance(rows, now), meetings: meetingAttendance(rows, now) };
}

export type AttendanceStatistics = Awaited<ReturnType<typeof attendanceStatistics>>;
