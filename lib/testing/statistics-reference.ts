import type { Db } from "@/lib/db/connect";
import type { CheckInStatus, InvitationStatus, MeetingStatus } from "@/lib/db/generated/sqlite/enums";
import { attendanceOutcome, isListedAttendee, type AttendanceOutcome } from "@/lib/attendance/rules";
import { rate } from "@/lib/attendance/statistics";

// The statistics as they were computed before the database counted them (main before issue 13): every
// meeting, point, sent invitation, answer and person of the period loaded as rows and counted one by
// one with the rules of lib/attendance/rules.ts. Kept for the tests only, as the reference the SQL of
// lib/attendance/statistics-sql.ts is compared with on random conferences.

interface InvitationRow {
  id: string;
  meetingId: string;
  pointId: string;
  unitId: string;
  unitName: string;
  status: InvitationStatus;
  answerDeadline: Date | null;
  firstAnsweredAt: Date | null;
  currentResponseId: string | null;
}

interface AttendeeRow {
  id: string;
  pointId: string;
  invitationId: string | null;
  responseId: string | null;
  walkIn: boolean;
  checkIn: CheckInStatus;
  absenceReason: string | null;
}

interface Rows {
  meetings: { id: string; title: string; startsAt: Date; endsAt: Date; status: MeetingStatus }[];
  points: { id: string; meetingId: string; name: string; isMain: boolean }[];
  invitations: InvitationRow[];
  attendees: AttendeeRow[];
}

export interface ReferenceCounts {
  expected: number;
  onSite: number;
  online: number;
  absentWithReason: number;
  absentWithoutReason: number;
  notYet: number;
  walkIns: number;
  present: number;
  attendanceRate: number | null;
}

export interface ReferenceUnit {
  unitId: string;
  unitName: string;
  invited: number;
  answeredOnTime: number;
  answeredLate: number;
  notAnswered: number;
  declined: number;
  substitutes: number;
  present: number;
  absentWithReason: number;
  absentWithoutReason: number;
  onTimeRate: number | null;
  attendanceRate: number | null;
}

/** The old loader: the period's scheduled and held meetings (of one organiser, or all) and every row they hold. */
async function loadRows(db: Db, q: { organiserUnitId: string | null; start: Date; end: Date }): Promise<Rows> {
  const meetings = await db.meeting.findMany({
    where: {
      status: { in: ["SCHEDULED", "HELD"] },
      startsAt: { gte: q.start, lt: q.end },
      ...(q.organiserUnitId ? { organiserUnitId: q.organiserUnitId } : {}),
    },
    select: { id: true, title: true, startsAt: true, endsAt: true, status: true },
  });
  const ids = meetings.map((m) => m.id);
  const points = await db.meetingPoint.findMany({
    where: { meetingId: { in: ids } },
    select: { id: true, meetingId: true, isMain: true, connectionPoint: { select: { name: true } } },
  });
  const invitations = await db.invitation.findMany({
    where: { meetingId: { in: ids }, sentAt: { not: null } },
    select: {
      id: true,
      meetingId: true,
      meetingPointId: true,
      unitId: true,
      status: true,
      answerDeadline: true,
      unit: { select: { name: true } },
      responses: { orderBy: { createdAt: "asc" }, select: { id: true, createdAt: true } },
    },
  });
  const attendees = await db.attendee.findMany({
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
  });
  return {
    meetings,
    points: points.map((p) => ({ id: p.id, meetingId: p.meetingId, isMain: p.isMain, name: p.connectionPoint.name })),
    invitations: invitations.map((i) => ({
      id: i.id,
      meetingId: i.meetingId,
      pointId: i.meetingPointId,
      unitId: i.unitId,
      unitName: i.unit.name,
      status: i.status,
      answerDeadline: i.answerDeadline,
      firstAnsweredAt: i.responses[0]?.createdAt ?? null,
      currentResponseId: i.responses.at(-1)?.id ?? null,
    })),
    attendees: attendees.map(({ meetingPointId, ...a }) => ({ ...a, pointId: meetingPointId })),
  };
}

const OUTCOMES = [
  "expected",
  "onSite",
  "online",
  "absentWithReason",
  "absentWithoutReason",
  "notYet",
  "walkIns",
] as const;

function emptyCounts(): ReferenceCounts {
  return {
    expected: 0,
    onSite: 0,
    online: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
    notYet: 0,
    walkIns: 0,
    present: 0,
    attendanceRate: null,
  };
}

function settle<T extends ReferenceCounts>(counts: T): T {
  counts.present = counts.onSite + counts.online;
  counts.attendanceRate = rate(counts.present, counts.present + counts.absentWithReason + counts.absentWithoutReason);
  return counts;
}

function outcomes(rows: Rows, now: Date) {
  const meetingOfPoint = new Map(rows.points.map((p) => [p.id, p.meetingId]));
  const endOf = new Map(rows.meetings.map((m) => [m.id, m.endsAt]));
  const invitations = new Map(rows.invitations.map((i) => [i.id, i]));
  const out: { attendee: AttendeeRow; outcome: AttendanceOutcome }[] = [];
  for (const attendee of rows.attendees) {
    const invitation = attendee.invitationId ? invitations.get(attendee.invitationId) : undefined;
    if (!isListedAttendee(attendee, invitation)) continue;
    const endsAt = endOf.get(meetingOfPoint.get(attendee.pointId) ?? "");
    if (!endsAt) continue;
    out.push({ attendee, outcome: attendanceOutcome(attendee, now >= endsAt) });
  }
  return out;
}

/** Every figure the statistics show, by id: per point, per meeting, per unit, and the totals. */
export async function referenceStatistics(
  db: Db,
  q: { organiserUnitId: string | null; start: Date; end: Date; now: Date },
) {
  const rows = await loadRows(db, q);
  const listed = outcomes(rows, q.now);

  const points = new Map(
    rows.points.map((p) => [
      p.id,
      { meetingId: p.meetingId, name: p.name, isMain: p.isMain, invitedUnits: 0, ...emptyCounts() },
    ]),
  );
  for (const i of rows.invitations) points.get(i.pointId)!.invitedUnits++;
  for (const { attendee, outcome } of listed) {
    const point = points.get(attendee.pointId)!;
    point.expected++;
    point[outcome]++;
    if (attendee.walkIn) point.walkIns++;
  }
  for (const p of points.values()) settle(p);

  const meetings = new Map(
    rows.meetings.map((m) => [m.id, { title: m.title, pointCount: 0, invitedUnits: 0, ...emptyCounts() }]),
  );
  for (const p of points.values()) {
    const m = meetings.get(p.meetingId)!;
    m.pointCount++;
    m.invitedUnits += p.invitedUnits;
    for (const key of OUTCOMES) m[key] += p[key];
  }
  for (const m of meetings.values()) settle(m);

  const units = new Map<string, ReferenceUnit>();
  const unitOfInvitation = new Map<string, ReferenceUnit>();
  for (const i of rows.invitations) {
    let unit = units.get(i.unitId);
    if (!unit) {
      unit = {
        unitId: i.unitId,
        unitName: i.unitName,
        invited: 0,
        answeredOnTime: 0,
        answeredLate: 0,
        notAnswered: 0,
        declined: 0,
        substitutes: 0,
        present: 0,
        absentWithReason: 0,
        absentWithoutReason: 0,
        onTimeRate: null,
        attendanceRate: null,
      };
      units.set(i.unitId, unit);
    }
    unitOfInvitation.set(i.id, unit);
    unit.invited++;
    const answered = i.status !== "PENDING" || i.firstAnsweredAt !== null;
    if (!answered) unit.notAnswered++;
    else if (i.firstAnsweredAt && i.answerDeadline && i.firstAnsweredAt > i.answerDeadline) unit.answeredLate++;
    else unit.answeredOnTime++;
    if (i.status === "DECLINED") unit.declined++;
    if (i.status === "SUBSTITUTE") unit.substitutes++;
  }
  for (const { attendee, outcome } of listed) {
    const unit = attendee.invitationId ? unitOfInvitation.get(attendee.invitationId) : undefined;
    if (!unit) continue;
    if (outcome === "onSite" || outcome === "online") unit.present++;
    else if (outcome === "absentWithReason") unit.absentWithReason++;
    else if (outcome === "absentWithoutReason") unit.absentWithoutReason++;
  }
  for (const u of units.values()) {
    u.onTimeRate = rate(u.answeredOnTime, u.invited);
    u.attendanceRate = rate(u.present, u.present + u.absentWithReason + u.absentWithoutReason);
  }

  const attendance = { invitedUnits: 0, ...emptyCounts() };
  for (const m of meetings.values()) {
    attendance.invitedUnits += m.invitedUnits;
    for (const key of OUTCOMES) attendance[key] += m[key];
  }
  const compliance = {
    invited: 0,
    answeredOnTime: 0,
    answeredLate: 0,
    notAnswered: 0,
    declined: 0,
    substitutes: 0,
    present: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
  };
  for (const u of units.values())
    for (const key of Object.keys(compliance) as (keyof typeof compliance)[]) compliance[key] += u[key];
  return {
    points,
    meetings,
    units,
    totals: {
      meetings: meetings.size,
      points: points.size,
      units: units.size,
      attendance: settle(attendance),
      compliance: {
        ...compliance,
        onTimeRate: rate(compliance.answeredOnTime, compliance.invited),
        attendanceRate: rate(
          compliance.present,
          compliance.present + compliance.absentWithReason + compliance.absentWithoutReason,
        ),
      },
    },
  };
}
