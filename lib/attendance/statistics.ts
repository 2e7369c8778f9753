import type { MeetingStatus } from "@/lib/db/generated/sqlite/enums";

// The figures of the attendance statistics. The database counts (./statistics-sql.ts); this file turns
// counts into the rates and rows the page and the exports show. Counts of people come from the
// attendance lists; counts of answers from the invitations that were sent.

export interface AttendanceCounts {
  /** People on the list: named in an answer in force, walk-ins, or anyone already checked in. */
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
  pointCount: number;
  invitedUnits: number;
}

/** A meeting's figures with what its invitations' answers and its invited units' people add to the per-unit totals. */
export interface MeetingFigures extends MeetingAttendance {
  answers: AnswerCounts;
}

/** A line of the per-point table: the point and the meeting it belongs to. */
export interface PointLine extends PointAttendance {
  meeting: { id: string; title: string; startsAt: Date };
}

export interface ComplianceCounts {
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

export interface UnitCompliance extends ComplianceCounts {
  unitId: string;
  unitName: string;
}

/** A percentage with one decimal, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/** What the database counts for a list of people: each outcome. */
export type OutcomeCounts = Omit<AttendanceCounts, "present" | "attendanceRate">;
/** What the database counts for a unit's invitations and people. */
export type AnswerCounts = Omit<ComplianceCounts, "onTimeRate" | "attendanceRate">;

/** The attendance figures from the counts of each outcome. */
export function withAttendance(counts: OutcomeCounts): AttendanceCounts {
  const present = counts.onSite + counts.online;
  return {
    ...counts,
    present,
    attendanceRate: rate(present, present + counts.absentWithReason + counts.absentWithoutReason),
  };
}

/** A unit's (or the totals') rates from its counts. */
export function withCompliance(counts: AnswerCounts): ComplianceCounts {
  return {
    ...counts,
    onTimeRate: rate(counts.answeredOnTime, counts.invited),
    attendanceRate: rate(counts.present, counts.present + counts.absentWithReason + counts.absentWithoutReason),
  };
}

export interface PeriodTotals {
  meetings: number;
  points: number;
  /** Lines of the per-point table: each point, and each meeting without points on a line of its own. */
  pointLines: number;
  /** Units invited at least once. */
  units: number;
  /** The per-unit table's totals. */
  compliance: ComplianceCounts;
  /** The per-meeting table's totals. */
  attendance: AttendanceCounts & { invitedUnits: number };
}

/** The period's totals: the sums of its meetings' figures. */
export function periodTotals(meetings: MeetingFigures[], units: number): PeriodTotals {
  const people: OutcomeCounts = {
    expected: 0,
    onSite: 0,
    online: 0,
    absentWithReason: 0,
    absentWithoutReason: 0,
    notYet: 0,
    walkIns: 0,
  };
  const answers: AnswerCounts = {
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
  let points = 0;
  let pointLines = 0;
  let invitedUnits = 0;
  for (const m of meetings) {
    points += m.pointCount;
    pointLines += Math.max(1, m.pointCount);
    invitedUnits += m.invitedUnits;
    for (const key of Object.keys(people) as (keyof OutcomeCounts)[]) people[key] += m[key];
    for (const key of Object.keys(answers) as (keyof AnswerCounts)[]) answers[key] += m.answers[key];
  }
  return {
    meetings: meetings.length,
    points,
    pointLines,
    units,
    compliance: withCompliance(answers),
    attendance: { ...withAttendance(people), invitedUnits },
  };
}
