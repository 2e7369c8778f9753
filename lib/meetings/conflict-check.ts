import "server-only";
import type { Db } from "@/lib/db/connect";
import { dayKey, formatDateTime } from "@/lib/datetime/vietnam";
import { workCalendarFrom } from "@/lib/calendar/holidays";
import { addDays } from "@/lib/calendar/days";
import { DomainError } from "@/lib/errors";
import { takeLock } from "@/lib/db/locks";
import { loadInSlices } from "@/lib/db/by-ids";
import { groupBy } from "@/lib/collections/group-by";
import { nonWorkingDayView, type ConflictView } from "./conflict-view";
import { detectConflicts, type Conflict } from "./conflicts";

type Tx = Pick<
  Db,
  "$queryRaw" | "meeting" | "meetingPoint" | "invitation" | "publicHoliday" | "official" | "connectionPoint" | "unit"
>;

export interface PlannedMeeting {
  id?: string;
  startsAt: Date;
  endsAt: Date;
  urgent: boolean;
  points: { connectionPointId: string; chairOfficialId: string | null }[];
  invitedUnits: { unitId: string; connectionPointId: string }[];
  invitationSendAt: Date | null;
}

const minDay = (a: string, b: string) => (a < b ? a : b);

/**
 * Every conflict the planned state of a meeting would have, against the other meetings that overlap
 * it and share a chair or a connection point. The overlapping meetings are found by time alone and
 * their points compared in memory: a filter naming every point of a thousand-point conference would
 * exceed the database's parameter limit.
 */
export async function conflictsOf(tx: Tx, planned: PlannedMeeting): Promise<Conflict[]> {
  const pointIds = new Set(planned.points.map((p) => p.connectionPointId));
  const chairIds = new Set(planned.points.flatMap((p) => (p.chairOfficialId ? [p.chairOfficialId] : [])));
  const overlapping =
    pointIds.size + chairIds.size === 0 || planned.endsAt <= planned.startsAt
      ? []
      : await tx.meeting.findMany({
          where: {
            id: planned.id ? { not: planned.id } : undefined,
            status: { not: "CANCELLED" },
            startsAt: { lt: planned.endsAt },
            endsAt: { gt: planned.startsAt },
          },
          orderBy: { startsAt: "asc" },
          select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
        });
  const pointsOf = groupBy(
    await loadInSlices(
      overlapping.map((o) => o.id),
      (ids) =>
        tx.meetingPoint.findMany({
          where: { meetingId: { in: ids } },
          select: { meetingId: true, connectionPointId: true, chairOfficialId: true },
        }),
    ),
    (p) => p.meetingId,
  );
  const others = overlapping
    .map((o) => ({ ...o, points: pointsOf.get(o.id) ?? [] }))
    .filter((o) =>
      o.points.some(
        (p) => pointIds.has(p.connectionPointId) || (p.chairOfficialId !== null && chairIds.has(p.chairOfficialId)),
      ),
    )
    .slice(0, 50);
  // From the meeting's day (is it one off?) or, when a sending is planned, from a month before it too:
  // a late sending is told the last on-time day, which lies before it.
  const meetingDay = dayKey(planned.startsAt);
  const calendar = await workCalendarFrom(
    tx,
    planned.invitationSendAt ? minDay(dayKey(planned.invitationSendAt), addDays(meetingDay, -31)) : meetingDay,
  );
  return detectConflicts({
    meeting: { id: planned.id, startsAt: planned.startsAt, endsAt: planned.endsAt, urgent: planned.urgent },
    points: planned.points,
    invitedUnits: planned.invitedUnits,
    others: others.map((o) => ({
      meetingId: o.id,
      title: o.title,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      status: o.status,
      connectionPointIds: o.points.map((p) => p.connectionPointId),
      chairOfficialIds: o.points.flatMap((p) => (p.chairOfficialId ? [p.chairOfficialId] : [])),
    })),
    invitationSendAt: planned.invitationSendAt,
    calendar,
  });
}

/** The meeting as stored, as a plan (to check it again after one change). */
export async function storedPlan(tx: Tx, meetingId: string): Promise<PlannedMeeting> {
  const m = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      urgent: true,
      points: { select: { connectionPointId: true, chairOfficialId: true } },
      invitations: { select: { unitId: true, meetingPoint: { select: { connectionPointId: true } } } },
    },
  });
  return {
    id: m.id,
    startsAt: m.startsAt,
    endsAt: m.endsAt,
    urgent: m.urgent,
    points: m.points,
    invitedUnits: m.invitations.map((i) => ({ unitId: i.unitId, connectionPointId: i.meetingPoint.connectionPointId })),
    invitationSendAt: null,
  };
}

/** What a stored meeting's plan warns of without refusing it (a day off), in words. */
export async function scheduleWarnings(tx: Tx, meetingId: string): Promise<ConflictView[]> {
  const conflicts = await conflictsOf(tx, await storedPlan(tx, meetingId));
  return conflictViews(
    tx,
    conflicts.filter((c) => !c.blocking),
  );
}

/**
 * Refuses a change that would leave a blocking conflict; the conflicts travel to the form, in words.
 * Takes the booking lock first, so two changes booking one hall or chair at once are checked one after
 * the other and the second sees the first (the lock is held until the caller's transaction ends).
 */
export async function refuseConflicts(tx: Tx, planned: PlannedMeeting): Promise<Conflict[]> {
  await takeLock(tx, "booking");
  const conflicts = await conflictsOf(tx, planned);
  const blocking = conflicts.filter((c) => c.blocking);
  if (blocking.length)
    throw new DomainError("scheduling.conflicts.refused", undefined, { conflicts: await conflictViews(tx, blocking) });
  return conflicts;
}

/** Names instead of ids, formatted times: what the user reads. Two lookups whatever the number of conflicts. */
export async function conflictViews(tx: Tx, conflicts: Conflict[]): Promise<ConflictView[]> {
  const officialIds = conflicts.flatMap((c) => (c.kind === "CHAIR_OVERLAP" ? [c.officialId] : []));
  const pointIds = conflicts.flatMap((c) =>
    c.kind === "POINT_DOUBLE_BOOKED"
      ? [c.connectionPointId]
      : c.kind === "UNIT_AT_TWO_POINTS"
        ? c.connectionPointIds
        : [],
  );
  const unitIds = conflicts.flatMap((c) => (c.kind === "UNIT_AT_TWO_POINTS" ? [c.unitId] : []));
  const [officials, points, units] = await Promise.all([
    officialIds.length
      ? tx.official.findMany({ where: { id: { in: officialIds } }, select: { id: true, fullName: true } })
      : [],
    pointIds.length
      ? tx.connectionPoint.findMany({ where: { id: { in: pointIds } }, select: { id: true, name: true } })
      : [],
    unitIds.length ? tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
  ]);
  const name = (rows: { id: string; name?: string; fullName?: string }[], id: string) => {
    const row = rows.find((r) => r.id === id);
    return row?.name ?? row?.fullName ?? id;
  };
  return conflicts.map((c): ConflictView => {
    switch (c.kind) {
      case "END_BEFORE_START":
        return { kind: c.kind, params: {} };
      case "CHAIR_OVERLAP":
        return {
          kind: c.kind,
          params: {
            official: name(officials, c.officialId),
            meeting: c.other.title,
            time: formatDateTime(c.other.startsAt),
          },
        };
      case "POINT_DOUBLE_BOOKED":
        return {
          kind: c.kind,
          params: {
            point: name(points, c.connectionPointId),
            meeting: c.other.title,
            time: formatDateTime(c.other.startsAt),
          },
        };
      case "UNIT_AT_TWO_POINTS":
        return {
          kind: c.kind,
          params: {
            unit: name(units, c.unitId),
            points: c.connectionPointIds.map((id) => name(points, id)).join(", "),
          },
        };
      case "LATE_INVITATION":
        return {
          kind: c.allowedBecauseUrgent ? "LATE_INVITATION_URGENT" : "LATE_INVITATION",
          params: { day: formatDay(c.latestOnTimeDay) },
        };
      case "NON_WORKING_DAY":
        return nonWorkingDayView(c);
    }
  });
}

const formatDay = (day: string) => day.split("-").reverse().join("/");
