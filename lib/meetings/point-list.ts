import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import { loadInSlices } from "@/lib/db/by-ids";
import { manualQuietSince } from "@/lib/reminders/window";
import { isValidOn } from "@/lib/units/validity";

/** Connection points shown per page of a meeting: a national conference links thousands. */
export const POINTS_PER_PAGE = 50;

/**
 * One page of a meeting's points (the main one first), each with its chair and test and the units
 * invited there. The invitations, their answers and headcounts are loaded flat, sliced by id, so no
 * query binds more parameters than the database accepts.
 */
export async function pointPage(user: SessionUser, meeting: { id: string; startsAt: Date }, page: number) {
  const points = await db.meetingPoint.findMany({
    where: { meetingId: meeting.id },
    orderBy: [{ isMain: "desc" }, { position: "asc" }, { id: "asc" }],
    skip: (page - 1) * POINTS_PER_PAGE,
    take: POINTS_PER_PAGE,
    select: {
      id: true,
      isMain: true,
      techTestAt: true,
      techTestResult: true,
      techTestNote: true,
      chairOfficialId: true,
      connectionPoint: {
        select: {
          name: true,
          address: true,
          room: true,
          technicianName: true,
          technicianPhone: true,
          hostUnitId: true,
        },
      },
      chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
    },
  });
  const invitations = await db.invitation.findMany({
    // A unit representative sees only their own unit's line at each point.
    where: {
      meetingPointId: { in: points.map((p) => p.id) },
      ...(user.role === "UNIT_REP" ? { unitId: user.unitId } : {}),
    },
    // The accent-free key sorts Vietnamese names in reading order; raw UTF-8 order would not.
    orderBy: [{ unit: { nameAscii: "asc" } }, { id: "asc" }],
    select: {
      id: true,
      meetingPointId: true,
      status: true,
      seats: true,
      answerDeadline: true,
      sentAt: true,
      reopenedAt: true,
      documentNumber: true,
      unit: { select: { id: true, name: true, validFrom: true, validTo: true } },
    },
  });
  const ids = invitations.map((i) => i.id);
  const [responses, headcounts] = await Promise.all([
    loadInSlices(ids, (slice) =>
      db.invitationResponse.findMany({
        where: { invitationId: { in: slice } },
        orderBy: { createdAt: "asc" },
        select: { invitationId: true, forStartsAt: true },
      }),
    ),
    loadInSlices(ids, (slice) =>
      db.attendee.groupBy({ by: ["invitationId"], where: { invitationId: { in: slice } }, _count: { _all: true } }),
    ),
  ]);
  // The answer in force is the newest; oldest first, the last one written wins.
  const answeredFor = new Map(responses.map((r) => [r.invitationId, r.forStartsAt]));
  const attendeeCount = new Map(headcounts.map((h) => [h.invitationId, h._count._all]));
  return points.map((p) => ({
    ...p,
    // Named with the post held on the meeting's day.
    chair: p.chair && officialOn(p.chair, meeting.startsAt),
    invitations: invitations
      .filter((i) => i.meetingPointId === p.id)
      .map((i) => ({
        ...i,
        attendeeCount: attendeeCount.get(i.id) ?? 0,
        // An answer given before a reschedule is kept, but flagged as given for the old time.
        answeredForOldTime: answeredFor.has(i.id) && answeredFor.get(i.id)!.getTime() !== meeting.startsAt.getTime(),
        // Invited before the unit's merger or closure was recorded: it no longer exists on the meeting's day.
        unitCeased: !isValidOn(i.unit, meeting.startsAt),
      })),
  }));
}

/**
 * The answers of all the meeting's invitations at once, for the page's summary lines: how many are in
 * each state, how many are unsent or sent and unanswered (and of those, how many may be reminded now,
 * and when the last reminder went), and each mailing (letter number, sent at).
 */
export async function answerSummary(user: SessionUser, meetingId: string, now = new Date()) {
  const where = { meetingId, ...(user.role === "UNIT_REP" ? { unitId: user.unitId } : {}) };
  const unansweredWhere = { ...where, sentAt: { not: null }, status: "PENDING" as const };
  const [byStatus, unsent, unanswered, remindable, reminders, mailings] = await Promise.all([
    db.invitation.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.invitation.count({ where: { ...where, sentAt: null } }),
    db.invitation.count({ where: unansweredWhere }),
    db.invitation.count({
      where: {
        ...unansweredWhere,
        OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: manualQuietSince(now) } }],
      },
    }),
    db.invitation.aggregate({ where: unansweredWhere, _max: { lastRemindedAt: true } }),
    db.invitation.groupBy({
      by: ["documentNumber", "sentAt"],
      where: { ...where, documentNumber: { not: null }, sentAt: { not: null } },
      orderBy: [{ sentAt: "asc" }],
    }),
  ]);
  const count = (status: string) => byStatus.find((s) => s.status === status)?._count._all ?? 0;
  return {
    confirmed: count("CONFIRMED"),
    substitute: count("SUBSTITUTE"),
    pending: count("PENDING"),
    declined: count("DECLINED"),
    unsent,
    unanswered,
    remindable,
    lastRemindedAt: reminders._max.lastRemindedAt,
    // One line per letter number, with the time it (last) went out.
    mailings: [...new Map(mailings.map((m) => [m.documentNumber!, m.sentAt!])).entries()],
  };
}
