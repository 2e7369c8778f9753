import type { CheckInStatus, InvitationStatus, MeetingStatus } from "@/lib/db/generated/sqlite/enums";
import { attendanceOutcome, isListedAttendee, type AttendanceOutcome } from "./rules";

// Attendance and answer statistics, computed from plain rows (loaded by ./data.ts) so they can be
// tested without a database. Counts of people come from the attendance lists; counts of answers from
// the invitations that were sent.

export interface MeetingRow {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
}

export interface PointRow {
  id: string;
  meetingId: string;
  name: string;
  isMain: boolean;
}

export interface InvitationRow {
  id: string;
  meetingId: string;
  pointId: string;
  unitId: string;
  unitName: string;
  status: InvitationStatus;
  answerDeadline: Date | null;
  /** When the unit first answered; null when no answer is on record. */
  firstAnsweredAt: Date | null;
  /** The answer in force (the newest); its named people are the ones expected. */
  currentResponseId: string | null;
}

export interface AttendeeRow {
  id: string;
  pointId: string;
  invitationId: string | null;
  responseId: string | null;
  walkIn: boolean;
  checkIn: CheckInStatus;
  absenceReason: string | null;
}

export interface AttendanceRows {
  meetings: MeetingRow[];
  points: PointRow[];
  /** Sent invitations only: a draft invitation has asked nobody anything. */
  invitations: InvitationRow[];
  attendees: AttendeeRow[];
}

export interface AttendanceCounts {
  /** People on the list: named in an answer in force, or walk-ins. */
  expected: number;
  onSite: number;
  online: number;
  absentWithReason: number;
  absentWithoutReason: number;
  /** Not checked in yet, in a meeting that has not ended. */
  notYet: number;
  walkIns: number;
  /** onSite + online. */
  present: number;
  /** present / people whose attendance is settled (present or absent), as a percentage; null when nobody is settled. */
  attendanceRate: number | null;
}

export interface PointAttendance extends AttendanceCounts {
  pointId: string;
  name: string;
  isMain: boolean;
  invitedUnits: number;
}

export interface MeetingAttendance extends AttendanceCounts {
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: MeetingStatus;
  invitedUnits: number;
  points: PointAttendance[];
}

export interface UnitCompliance {
  unitId: string;
  unitName: string;
  /** Invitations sent to the unit in the period. */
  invited: number;
  answeredOnTime: number;
  answeredLate: number;
  notAnswered: number;
  declined: number;
  substitutes: number;
  present: number;
  absentWithReason: number;
  absentWithoutReason: number;
  /** answeredOnTime / invited, as a percentage; null when never invited. */
  onTimeRate: number | null;
  /** present / (present + absent), as a percentage; null when nobody's attendance is settled. */
  attendanceRate: number | null;
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

const collator = new Intl.Collator("vi", { sensitivity: "base" });

function emptyCounts(): AttendanceCounts {
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

function add(counts: AttendanceCounts, outcome: AttendanceOutcome, walkIn: boolean) {
  counts.expected++;
  counts[outcome]++;
  if (walkIn) counts.walkIns++;
}

function settle<T extends AttendanceCounts>(counts: T): T {
  counts.present = counts.onSite + counts.online;
  counts.attendanceRate = rate(counts.present, counts.present + counts.absentWithReason + counts.absentWithoutReason);
  return counts;
}

/**
 * Each listed person's outcome, by attendee id: walk-ins and the people of answers in force, with
 * everyone never checked in counted absent without reason once their meeting has ended.
 */
export function outcomes(
  rows: AttendanceRows,
  now: Date,
): Map<string, { attendee: AttendeeRow; outcome: AttendanceOutcome }> {
  const meetingOfPoint = new Map(rows.points.map((p) => [p.id, p.meetingId]));
  const endOf = new Map(rows.meetings.map((m) => [m.id, m.endsAt]));
  const invitations = new Map(rows.invitations.map((i) => [i.id, i]));
  const out = new Map<string, { attendee: AttendeeRow; outcome: AttendanceOutcome }>();
  for (const attendee of rows.attendees) {
    const invitation = attendee.invitationId ? invitations.get(attendee.invitationId) : undefined;
    if (!isListedAttendee(attendee, invitation)) continue;
    const endsAt = endOf.get(meetingOfPoint.get(attendee.pointId) ?? "");
    if (!endsAt) continue;
    out.set(attendee.id, { attendee, outcome: attendanceOutcome(attendee, now >= endsAt) });
  }
  return out;
}

/** Attendance per meeting and, within it, per connection point (main point first), meetings in start order. */
export function meetingAttendance(rows: AttendanceRows, now: Date): MeetingAttendance[] {
  const byPoint = new Map<string, PointAttendance>();
  for (const p of rows.points)
    byPoint.set(p.id, { pointId: p.id, name: p.name, isMain: p.isMain, invitedUnits: 0, ...emptyCounts() });
  for (const i of rows.invitations) {
    const point = byPoint.get(i.pointId);
    if (point) point.invitedUnits++;
  }
  for (const { attendee, outcome } of outcomes(rows, now).values()) {
    const point = byPoint.get(attendee.pointId);
    if (point) add(point, outcome, attendee.walkIn);
  }
  const pointsOf = new Map<string, PointAttendance[]>();
  for (const p of rows.points) {
    const list = pointsOf.get(p.meetingId) ?? [];
    list.push(settle(byPoint.get(p.id)!));
    pointsOf.set(p.meetingId, list);
  }
  return [...rows.meetings]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || collator.compare(a.title, b.title))
    .map((m) => {
      const points = (pointsOf.get(m.id) ?? []).sort((a, b) => Number(b.isMain) - Number(a.isMain));
      const totals = emptyCounts();
      let invitedUnits = 0;
      for (const p of points) {
        invitedUnits += p.invitedUnits;
        for (const key of [
          "expected",
          "onSite",
          "online",
          "absentWithReason",
          "absentWithoutReason",
          "notYet",
          "walkIns",
        ] as const)
          totals[key] += p[key];
      }
      return {
        meetingId: m.id,
        title: m.title,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        status: m.status,
        invitedUnits,
        ...settle(totals),
        points,
      };
    });
}

/** Sums of a list of meetings' attendance, for a totals row. */
export function totalAttendance(meetings: AttendanceCounts[]): AttendanceCounts {
  const totals = emptyCounts();
  for (const m of meetings)
    for (const key of [
      "expected",
      "onSite",
      "online",
      "absentWithReason",
      "absentWithoutReason",
      "notYet",
      "walkIns",
    ] as const)
      totals[key] += m[key];
  return settle(totals);
}

/**
 * How each invited unit answered and attended across the period — the compliance view used for
 * emulation scoring. An answer counts on time when the unit's first answer came no later than the
 * deadline (or there was no deadline, or the answer was recorded without a time); people are counted
 * from the lists, walk-ins included with the unit they came for. Units in Vietnamese alphabetical order.
 */
export function unitCompliance(rows: AttendanceRows, now: Date): UnitCompliance[] {
  const units = new Map<string, UnitCompliance>();
  const unitOfInvitation = new Map<string, UnitCompliance>();
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
  for (const { attendee, outcome } of outcomes(rows, now).values()) {
    const unit = attendee.invitationId ? unitOfInvitation.get(attendee.invitationId) : undefined;
    if (!unit) continue;
    if (outcome === "onSite" || outcome === "online") unit.present++;
    else if (outcome === "absentWithReason") unit.absentWithReason++;
    else if (outcome === "absentWithoutReason") unit.absentWithoutReason++;
  }
  return [...units.values()]
    .map((u) => ({
      ...u,
      onTimeRate: rate(u.answeredOnTime, u.invited),
      attendanceRate: rate(u.present, u.present + u.absentWithReason + u.absentWithoutReason),
    }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName) || a.unitId.localeCompare(b.unitId));
}

/** Sums of the unit rows, for a totals row. */
export function totalCompliance(units: UnitCompliance[]): Omit<UnitCompliance, "unitId" | "unitName"> {
  const t = {
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
  for (const u of units) for (const key of Object.keys(t) as (keyof typeof t)[]) t[key] += u[key];
  return {
    ...t,
    onTimeRate: rate(t.answeredOnTime, t.invited),
    attendanceRate: rate(t.present, t.present + t.absentWithReason + t.absentWithoutReason),
  };
}
