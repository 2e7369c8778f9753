// A meeting as a calendar application sees it: one VEVENT per meeting, at the connection point where
// this user takes part. Pure, so the feed and the single-meeting download cannot drift apart.
import type { MeetingStatus } from "@/lib/db/generated/sqlite/enums";
import type { CalendarEvent, CalendarEventStatus } from "./ics";

export interface CalendarPoint {
  isMain: boolean;
  chairOfficialId: string | null;
  connectionPoint: { name: string; address: string | null; room: string | null; hostUnitId: string };
  chair: { fullName: string; title: string } | null;
  /** The caller's own unit's invitations at this point (at most one). */
  invitations: { id: string }[];
}

export interface CalendarMeeting {
  id: string;
  title: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  version: number;
  updatedAt: Date;
  description: string | null;
  confidential: boolean;
  cancelReason: string | null;
  organiserUnit: { name: string };
  /** Main point first, then by position. */
  points: CalendarPoint[];
}

export interface EventLabels {
  organiser: (name: string) => string;
  chair: (name: string) => string;
  cancelReason: (reason: string) => string;
  /** The whole title of a confidential meeting's event. */
  confidentialTitle: string;
}

export function icsStatus(status: MeetingStatus): CalendarEventStatus {
  if (status === "CANCELLED") return "CANCELLED";
  if (status === "DRAFT") return "TENTATIVE";
  return "CONFIRMED";
}

/**
 * The point that matters to this user: the one they chair, else one their unit is invited to, else
 * one their unit hosts, else the main point. Cửa Lò's chair of a provincial conference sits in Cửa Lò.
 */
export function pointFor<P extends CalendarPoint>(
  user: { officialId: string | null; unitId: string },
  points: readonly P[],
): P | undefined {
  return (
    (user.officialId ? points.find((p) => p.chairOfficialId === user.officialId) : undefined) ??
    points.find((p) => p.invitations.length > 0) ??
    points.find((p) => p.connectionPoint.hostUnitId === user.unitId) ??
    points.find((p) => p.isMain) ??
    points[0]
  );
}

function locationOf(point: CalendarPoint | undefined): string | undefined {
  if (!point) return undefined;
  const { name, room, address } = point.connectionPoint;
  return [name, room && !name.includes(room) ? room : null, address].filter(Boolean).join(", ");
}

/**
 * The event of one meeting. Calendar files and subscribed feeds are copied into third-party calendar
 * services, so a confidential meeting is only a busy slot there: a neutral title, its times, its status
 * and the link to the app (which asks who is reading); no title, place, organiser, chair or description.
 */
export function toCalendarEvent(
  meeting: CalendarMeeting,
  options: { user: { officialId: string | null; unitId: string }; origin: string; labels: EventLabels },
): CalendarEvent {
  const event = {
    uid: `${meeting.id}@hoinghi`,
    sequence: meeting.version,
    startsAt: meeting.startsAt,
    // A calendar event must end after it starts; a meeting saved without a length still gets listed.
    endsAt: meeting.endsAt > meeting.startsAt ? meeting.endsAt : new Date(meeting.startsAt.getTime() + 60_000),
    url: new URL(`/meetings/${meeting.id}`, options.origin).href,
    status: icsStatus(meeting.status),
    updatedAt: meeting.updatedAt,
  };
  if (meeting.confidential) return { ...event, title: options.labels.confidentialTitle };
  const point = pointFor(options.user, meeting.points);
  const chair = point?.chair ?? meeting.points.find((p) => p.isMain)?.chair ?? null;
  const lines = [options.labels.organiser(meeting.organiserUnit.name)];
  if (chair) lines.push(options.labels.chair(`${chair.fullName} - ${chair.title}`));
  if (meeting.status === "CANCELLED" && meeting.cancelReason)
    lines.push(options.labels.cancelReason(meeting.cancelReason));
  if (meeting.description) lines.push("", meeting.description);
  return { ...event, title: meeting.title, location: locationOf(point), description: lines.join("\n") };
}
