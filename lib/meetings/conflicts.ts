// Conflicts shown before a meeting is saved. Pure: the caller loads the other meetings that might
// clash (lib/meetings/conflict-check.ts) and the work calendar; this decides what clashes and what blocks.
import { dayKey } from "@/lib/datetime/vietnam";
import {
  isInvitationOnTime,
  isWorkingDay,
  latestOnTimeInvitationDay,
  type WorkCalendar,
} from "@/lib/calendar/working-days";

export interface OtherMeeting {
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  connectionPointIds: string[];
  chairOfficialIds: string[];
}

export interface ConflictInput {
  meeting: { id?: string; startsAt: Date; endsAt: Date; urgent: boolean };
  points: { connectionPointId: string; chairOfficialId: string | null }[];
  invitedUnits: { unitId: string; connectionPointId: string }[];
  others: OtherMeeting[];
  /** When the invitations go (or went) out; null = not planned yet, so not checked. */
  invitationSendAt: Date | null;
  calendar: WorkCalendar;
}

/** The clashing meeting, enough for the form to name and link it. */
export interface ConflictingMeeting {
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
}

export type Conflict =
  | { kind: "END_BEFORE_START"; blocking: true }
  | { kind: "CHAIR_OVERLAP"; blocking: true; officialId: string; other: ConflictingMeeting }
  | { kind: "POINT_DOUBLE_BOOKED"; blocking: true; connectionPointId: string; other: ConflictingMeeting }
  | { kind: "UNIT_AT_TWO_POINTS"; blocking: true; unitId: string; connectionPointIds: string[] }
  | { kind: "LATE_INVITATION"; blocking: boolean; latestOnTimeDay: string; allowedBecauseUrgent: boolean }
  | NonWorkingDay;

/**
 * The meeting's day (in Vietnam) is not a working day: a holiday, a nghỉ bù, or a weekend not worked.
 * Only a warning: a conference on a Saturday or a holiday is sometimes what is meant.
 */
export interface NonWorkingDay {
  kind: "NON_WORKING_DAY";
  blocking: false;
  day: string;
  /** The configured day's name ("Tết Dương lịch"); null for a plain weekend. */
  holiday: string | null;
}

export type ConflictKind = Conflict["kind"];

interface Interval {
  startsAt: Date;
  endsAt: Date;
}

/** Intervals intersect, ends exclusive: a meeting ending 09:30 leaves the room free for one at 09:30. */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

// Also false for an invalid Date, whose getTime() is NaN.
function isProperInterval({ startsAt, endsAt }: Interval): boolean {
  return endsAt.getTime() > startsAt.getTime();
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function clashes(input: ConflictInput): Conflict[] {
  const { meeting } = input;
  // The same official chairing two points of this meeting is one person at one meeting: check once.
  const chairs = unique(input.points.flatMap((p) => (p.chairOfficialId === null ? [] : [p.chairOfficialId])));
  const points = unique(input.points.map((p) => p.connectionPointId));
  const out: Conflict[] = [];
  for (const other of input.others) {
    if (other.status === "CANCELLED" || (meeting.id !== undefined && other.meetingId === meeting.id)) continue;
    if (!isProperInterval(other) || !intervalsOverlap(meeting, other)) continue;
    const ref: ConflictingMeeting = {
      meetingId: other.meetingId,
      title: other.title,
      startsAt: other.startsAt,
      endsAt: other.endsAt,
    };
    for (const officialId of chairs.filter((id) => other.chairOfficialIds.includes(id))) {
      out.push({ kind: "CHAIR_OVERLAP", blocking: true, officialId, other: ref });
    }
    for (const connectionPointId of points.filter((id) => other.connectionPointIds.includes(id))) {
      out.push({ kind: "POINT_DOUBLE_BOOKED", blocking: true, connectionPointId, other: ref });
    }
  }
  return out;
}

// A unit attends at one point; the same unit listed twice at one point is a duplicate, not a conflict.
function unitsAtTwoPoints(invitedUnits: ConflictInput["invitedUnits"]): Conflict[] {
  const pointsByUnit = new Map<string, Set<string>>();
  for (const { unitId, connectionPointId } of invitedUnits) {
    pointsByUnit.set(unitId, (pointsByUnit.get(unitId) ?? new Set()).add(connectionPointId));
  }
  return [...pointsByUnit]
    .filter(([, pointIds]) => pointIds.size > 1)
    .map(([unitId, pointIds]) => ({
      kind: "UNIT_AT_TWO_POINTS",
      blocking: true,
      unitId,
      connectionPointIds: [...pointIds],
    }));
}

function lateInvitation(input: ConflictInput): Conflict[] {
  const { invitationSendAt, meeting, calendar } = input;
  if (invitationSendAt === null || isInvitationOnTime(invitationSendAt, meeting.startsAt, calendar)) return [];
  // Urgent meetings are exempt from the 3-working-day rule: still shown, never blocking.
  return [
    {
      kind: "LATE_INVITATION",
      blocking: !meeting.urgent,
      latestOnTimeDay: latestOnTimeInvitationDay(meeting.startsAt, calendar),
      allowedBecauseUrgent: meeting.urgent,
    },
  ];
}

/** The warning for a meeting starting on a day off, or null on a working day (a make-up Saturday is one). */
export function nonWorkingDay(startsAt: Date, calendar: WorkCalendar): NonWorkingDay | null {
  if (Number.isNaN(startsAt.getTime())) return null;
  const day = dayKey(startsAt);
  if (isWorkingDay(day, calendar)) return null;
  return { kind: "NON_WORKING_DAY", blocking: false, day, holiday: calendar.names.get(day) ?? null };
}

/**
 * Every conflict of a planned meeting, in a stable order: END_BEFORE_START, then per other meeting
 * (input order) its chair and point clashes, then units at two points, then a late invitation, then
 * a meeting day that is not a working day.
 * A meeting whose end is not after its start is not checked for overlaps: its interval means nothing.
 */
export function detectConflicts(input: ConflictInput): Conflict[] {
  const valid = isProperInterval(input.meeting);
  const dayOff = nonWorkingDay(input.meeting.startsAt, input.calendar);
  return [
    ...(valid ? [] : [{ kind: "END_BEFORE_START", blocking: true } as const]),
    ...(valid ? clashes(input) : []),
    ...unitsAtTwoPoints(input.invitedUnits),
    ...lateInvitation(input),
    ...(dayOff ? [dayOff] : []),
  ];
}

export function hasBlockingConflict(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((c) => c.blocking);
}
