import "server-only";
import type { Db } from "@/lib/db/connect";
import { dayKey, formatDateTime } from "@/lib/datetime/vietnam";
import { workCalendarFrom } from "@/lib/calendar/holidays";
import { addDays } from "@/lib/calendar/days";
import { DomainError } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db/client";
import { takeLock } from "@/lib/db/locks";
import { loadInSlices } from "@/lib/db/by-ids";
import { groupBy } from "@/lib/collections/group-by";
import { nonWorkingDayView, type ConflictView } from "./conflict-view";
import { detectConflicts, type Conflict } from "./conflicts";
import { meetingScope } from "./scope";

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
export async function scheduleWarnings(tx: Tx, user: SessionUser, meetingId: string): Promise<ConflictView[]> {
  const conflicts = await conflictsOf(tx, await storedPlan(tx, meetingId));
  return conflictViews(
    tx,
    user,
    conflicts.filter((c) => !c.blocking),
  );
}

/** A change refused for its conflicts; `conflicts` keeps the ids, for the audit row written after the rollback. */
export class ConflictsRefused extends DomainError {
  constructor(
    readonly meetingId: string | undefined,
    readonly conflicts: Conflict[],
    views: ConflictView[],
  ) {
    super("scheduling.conflicts.refused", undefined, { conflicts: views });
  }
}

/**
 * Refuses a change that would leave a blocking conflict; the conflicts travel to the form, in words the
 * caller may read (see conflictViews). Takes the booking lock first, so two changes booking one hall or
 * chair at once are checked one after the other and the second sees the first (the lock is held until
 * the caller's transaction ends).
 */
export async function refuseConflicts(
  tx: Tx,
  user: SessionUser,
  planned: PlannedMeeting,
  /** The meeting a refusal is recorded against: a copy that is rolled back names its source. */
  about = planned.id,
): Promise<Conflict[]> {
  await takeLock(tx, "booking");
  const conflicts = await conflictsOf(tx, planned);
  const blocking = conflicts.filter((c) => c.blocking);
  if (blocking.length) throw new ConflictsRefused(about, blocking, await conflictViews(tx, user, blocking));
  return conflicts;
}

/**
 * Runs a scheduling change and, when its conflicts refused it, records the attempt: the change's own
 * transaction rolled back, so the row is written after it. Trying other bodies' chairs and halls at
 * sliding times maps their schedule; the audit log shows who tried, when and against which meetings.
 */
export async function auditingRefusals<T>(
  user: SessionUser,
  action: string,
  input: unknown,
  change: () => Promise<T>,
): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (error instanceof ConflictsRefused)
      await recordAudit(db, {
        actor: user,
        action: "meeting.conflictsRefused",
        entityType: "Meeting",
        entityId: error.meetingId ?? null,
        after: {
          attempted: action,
          input,
          conflicts: error.conflicts.map((c) => ("other" in c ? { ...c, other: c.other.meetingId } : c)),
        },
      });
    throw error;
  }
}

/**
 * Names instead of ids, formatted times: what the user reads. Another meeting is named (title and
 * time) only when the caller may see it and it is not confidential; otherwise it is "another meeting",
 * so that sliding a draft's time against another body's chairs and halls does not read out their
 * schedule. Three lookups whatever the number of conflicts.
 */
export async function conflictViews(tx: Tx, user: SessionUser, conflicts: Conflict[]): Promise<ConflictView[]> {
  const officialIds = conflicts.flatMap((c) => (c.kind === "CHAIR_OVERLAP" ? [c.officialId] : []));
  const pointIds = conflicts.flatMap((c) =>
    c.kind === "POINT_DOUBLE_BOOKED"
      ? [c.connectionPointId]
      : c.kind === "UNIT_AT_TWO_POINTS"
        ? c.connectionPointIds
        : [],
  );
  const unitIds = conflicts.flatMap((c) => (c.kind === "UNIT_AT_TWO_POINTS" ? [c.unitId] : []));
  const otherIds = [...new Set(conflicts.flatMap((c) => ("other" in c ? [c.other.meetingId] : [])))];
  const [officials, points, units, nameable] = await Promise.all([
    officialIds.length
      ? tx.official.findMany({ where: { id: { in: officialIds } }, select: { id: true, fullName: true } })
      : [],
    pointIds.length
      ? tx.connectionPoint.findMany({ where: { id: { in: pointIds } }, select: { id: true, name: true } })
      : [],
    unitIds.length ? tx.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }) : [],
    otherIds.length
      ? tx.meeting.findMany({
          where: { AND: [{ id: { in: otherIds } }, { confidential: false }, meetingScope(user)] },
          select: { id: true },
        })
      : [],
  ]);
  const named = new Set(nameable.map((m) => m.id));
  const name = (rows: { id: string; name?: string; fullName?: string }[], id: string) => {
    const row = rows.find((r) => r.id === id);
    return row?.name ?? row?.fullName ?? id;
  };
  return conflicts.map((c): ConflictView => {
    switch (c.kind) {
      case "END_BEFORE_START":
        return { kind: c.kind, params: {} };
      case "CHAIR_OVERLAP": {
        const official = name(officials, c.officialId);
        return named.has(c.other.meetingId)
          ? { kind: c.kind, params: { official, meeting: c.other.title, time: formatDateTime(c.other.startsAt) } }
          : { kind: "CHAIR_OVERLAP_OTHER", params: { official } };
      }
      case "POINT_DOUBLE_BOOKED": {
        const point = name(points, c.connectionPointId);
        return named.has(c.other.meetingId)
          ? { kind: c.kind, params: { point, meeting: c.other.title, time: formatDateTime(c.other.startsAt) } }
          : { kind: "POINT_DOUBLE_BOOKED_OTHER", params: { point } };
      }
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
