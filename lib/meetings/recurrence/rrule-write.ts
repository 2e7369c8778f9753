// RFC 5545 text for the subset in ./rule.ts. toRRule gives the RRULE value alone, as the
// MeetingSeries.rule column stores it beside the series' start; toICalendarRecurrence adds DTSTART
// and DURATION so the text stands on its own (calendar exchange):
//   DTSTART;TZID=Asia/Ho_Chi_Minh:20261207T073000
//   DURATION:PT1H30M
//   RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5
import { addDays } from "@/lib/calendar/days";
import { startOfDay, TIME_ZONE } from "@/lib/datetime/vietnam";
import { assertValidRule, type RecurrenceRule } from "./rule";

export const DAY_CODES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
export type DayCode = (typeof DAY_CODES)[number];

/** 2026-12-31T16:59:59.000Z → 20261231T165959Z */
function formatUtc(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 ? `${rest}M` : ""}`;
}

/**
 * The canonical RRULE value of a valid rule: INTERVAL only when not 1, weekdays in Sunday-first
 * order, UNTIL as the last second of that day in Vietnam written in UTC (RFC 5545 wants UTC beside
 * a TZID start). Throws RangeError on an invalid rule.
 */
export function toRRule(rule: RecurrenceRule): string {
  assertValidRule(rule);
  const parts = [`FREQ=${rule.freq}`];
  if (rule.interval !== 1) parts.push(`INTERVAL=${rule.interval}`);
  if (rule.freq === "WEEKLY") {
    parts.push(
      `BYDAY=${[...rule.weekdays]
        .sort((a, b) => a - b)
        .map((d) => DAY_CODES[d])
        .join(",")}`,
    );
  } else if (rule.byWeekday !== undefined) {
    parts.push(`BYDAY=${rule.byWeekday.nth}${DAY_CODES[rule.byWeekday.weekday]}`);
  } else {
    parts.push(`BYMONTHDAY=${rule.monthDay}`);
  }
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined)
    parts.push(`UNTIL=${formatUtc(new Date(startOfDay(addDays(rule.until, 1)).getTime() - 1000))}`);
  return parts.join(";");
}

/** DTSTART, DURATION and RRULE content lines, joined by "\n". */
export function toICalendarRecurrence(rule: RecurrenceRule): string {
  const rrule = toRRule(rule);
  const start = `${rule.startDay.replace(/-/g, "")}T${rule.startTime.replace(":", "")}00`;
  return [
    `DTSTART;TZID=${TIME_ZONE}:${start}`,
    `DURATION:${formatDuration(rule.durationMinutes)}`,
    `RRULE:${rrule}`,
  ].join("\n");
}
