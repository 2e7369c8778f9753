import { TIME_ZONE } from "@/lib/datetime/vietnam";
import { CRLF, contentLine, escapeText, formatUtc } from "./ics-format";

// Written by hand rather than with `ics` or `ical-generator`: `ics` folds at 75 characters, not octets, so
// Vietnamese lines run past the limit; `ical-generator` folds correctly but its current major needs Node 22,
// writes calendar X- properties after the events (outside RFC 5545's grammar), drops the final CRLF and
// escapes commas inside URLs. What we need is small enough to own.

export type CalendarEventStatus = "CONFIRMED" | "TENTATIVE" | "CANCELLED";

export interface CalendarEvent {
  /** Stable per meeting, e.g. `${meetingId}@hoinghi`, so an update replaces the event instead of adding one. */
  uid: string;
  /** Increases on every change; calendar apps ignore an update whose SEQUENCE has not grown. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  title: string;
  location?: string;
  description?: string;
  url?: string;
  status: CalendarEventStatus;
  updatedAt: Date;
}

export interface Calendar {
  name: string;
  events: CalendarEvent[];
}

export const PRODID = "-//hoinghi//Lich hop//VI";

function eventLines(event: CalendarEvent): string[] {
  if (!event.uid.trim()) throw new RangeError("Calendar event without a UID");
  if (!Number.isInteger(event.sequence) || event.sequence < 0) {
    throw new RangeError(`Calendar event ${event.uid}: SEQUENCE must be a non-negative integer`);
  }
  if (event.endsAt.getTime() <= event.startsAt.getTime()) {
    throw new RangeError(`Calendar event ${event.uid}: it must end after it starts`);
  }
  const lines = [
    "BEGIN:VEVENT",
    contentLine("UID", escapeText(event.uid)),
    // DTSTAMP from the data, not the clock: the same meetings give the same bytes, so feeds can be cached by ETag.
    contentLine("DTSTAMP", formatUtc(event.updatedAt)),
    contentLine("SEQUENCE", String(event.sequence)),
    contentLine("DTSTART", formatUtc(event.startsAt)),
    contentLine("DTEND", formatUtc(event.endsAt)),
    contentLine("SUMMARY", escapeText(event.title)),
  ];
  if (event.location) lines.push(contentLine("LOCATION", escapeText(event.location)));
  if (event.description) lines.push(contentLine("DESCRIPTION", escapeText(event.description)));
  // URL is a URI value, not TEXT: it is not backslash-escaped; `URL` normalises it and rejects garbage.
  if (event.url) lines.push(contentLine("URL", new URL(event.url).href));
  lines.push(contentLine("STATUS", event.status));
  // A cancelled meeting should no longer make anyone look busy.
  if (event.status === "CANCELLED") lines.push("TRANSP:TRANSPARENT");
  lines.push(contentLine("LAST-MODIFIED", formatUtc(event.updatedAt)), "END:VEVENT");
  return lines;
}

/** An iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75 octets, times in UTC. */
export function renderCalendar({ name, events }: Calendar): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    contentLine("PRODID", PRODID),
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    contentLine("X-WR-CALNAME", escapeText(name)),
    // Times are UTC; this only tells clients which zone to show a new subscription in.
    contentLine("X-WR-TIMEZONE", TIME_ZONE),
    ...events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  // Every content line ends with CRLF, the last one included.
  return lines.join(CRLF) + CRLF;
}
