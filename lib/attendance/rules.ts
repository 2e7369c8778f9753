import { dayKey } from "@/lib/datetime/vietnam";
import type { CheckInStatus, InvitationStatus, MeetingStatus } from "@/lib/db/generated/sqlite/enums";

// The rules of check-in, free of the database so the check-in screen, the mutations and the
// statistics all decide the same way.

/** Check-in opens this long before the start, even when the meeting starts just after midnight. */
export const CHECK_IN_LEAD_MS = 2 * 3_600_000;

export type CheckInWindow = "open" | "notYet" | "draft" | "cancelled";

/**
 * Whether the point's secretary may record attendance now: on the meeting's calendar day in Vietnam,
 * or from 2 hours before the start, and from then on (late corrections stay possible). Never for a
 * draft (nobody has been called) or a cancelled meeting.
 */
export function checkInWindow(meeting: { startsAt: Date; status: MeetingStatus }, now: Date): CheckInWindow {
  if (meeting.status === "CANCELLED") return "cancelled";
  if (meeting.status === "DRAFT") return "draft";
  const sameDay = dayKey(now) === dayKey(meeting.startsAt);
  return sameDay || now.getTime() >= meeting.startsAt.getTime() - CHECK_IN_LEAD_MS ? "open" : "notYet";
}

/** The earliest instant check-in opens: midnight of the meeting day, or 2 hours before the start if that is earlier. */
export function checkInOpensAt(startsAt: Date): Date {
  const midnight = new Date(`${dayKey(startsAt)}T00:00:00+07:00`);
  return new Date(Math.min(midnight.getTime(), startsAt.getTime() - CHECK_IN_LEAD_MS));
}

export interface ListedAttendeeInput {
  walkIn: boolean;
  checkIn: CheckInStatus;
  responseId: string | null;
  invitationId: string | null;
}

export interface InvitationAnswer {
  status: InvitationStatus;
  /** The newest response, the one in force; null when none was recorded. */
  currentResponseId: string | null;
}

/**
 * Whether a person belongs on a point's attendance list: a walk-in; a person named in the answer in
 * force of an invitation that was confirmed or answered with a substitute; or anyone whose attendance
 * has already been recorded (a later answer leaves people already checked in on the list).
 */
export function isListedAttendee(
  attendee: ListedAttendeeInput,
  invitation: InvitationAnswer | null | undefined,
): boolean {
  if (attendee.walkIn || attendee.checkIn !== "EXPECTED") return true;
  if (!attendee.invitationId || !invitation) return false;
  if (invitation.status !== "CONFIRMED" && invitation.status !== "SUBSTITUTE") return false;
  return (attendee.responseId ?? null) === invitation.currentResponseId;
}

export type AttendanceOutcome = "onSite" | "online" | "absentWithReason" | "absentWithoutReason" | "notYet";

/**
 * What a listed person's record means for the counts. After the meeting has ended, nobody is still
 * "expected": a person never checked in was absent, and without a reason given.
 */
export function attendanceOutcome(
  attendee: { checkIn: CheckInStatus; absenceReason: string | null },
  meetingEnded: boolean,
): AttendanceOutcome {
  switch (attendee.checkIn) {
    case "PRESENT_ON_SITE":
      return "onSite";
    case "PRESENT_ONLINE":
      return "online";
    case "ABSENT":
      return attendee.absenceReason?.trim() ? "absentWithReason" : "absentWithoutReason";
    default:
      return meetingEnded ? "absentWithoutReason" : "notYet";
  }
}
