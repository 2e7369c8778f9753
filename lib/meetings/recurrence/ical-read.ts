// Reads the DTSTART / DURATION / RRULE lines that toICalendarRecurrence writes, and the same lines
// from other software: DTSTART in UTC or floating (taken as Vietnam time), folded lines, any order.
import { TIME_ZONE } from "@/lib/datetime/vietnam";
import { type RecurrenceRule } from "./rule";
import { parseDateTime, readRRuleValue, RRuleFailure, toParseResult, type RRuleParseResult } from "./rrule-read";

// Asia/Saigon is the older IANA name of the same zone, still written by some software.
const ACCEPTED_TZIDS = new Set([TIME_ZONE, "Asia/Saigon"]);
const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

function parseDtstart(params: string[], value: string): { day: string; time: string } {
  let tzid: string | undefined;
  for (const param of params) {
    const [key = "", paramValue = ""] = param.split("=");
    if (key.toUpperCase() === "TZID") tzid = paramValue.replace(/^"|"$/g, "");
    // An all-day start (VALUE=DATE) has no time to meet at.
    if (key.toUpperCase() === "VALUE" && paramValue.toUpperCase() !== "DATE-TIME")
      throw new RRuleFailure("UNSUPPORTED", `DTSTART;${param}`);
  }
  if (tzid !== undefined && !ACCEPTED_TZIDS.has(tzid)) throw new RRuleFailure("UNSUPPORTED", `TZID=${tzid}`);
  const start = parseDateTime(value);
  if (start.utc && tzid !== undefined) throw new RRuleFailure("MALFORMED", `DTSTART with TZID and Z: ${value}`);
  if (start.seconds % 60 !== 0) throw new RRuleFailure("UNSUPPORTED", `DTSTART seconds: ${value}`);
  const minutes = start.seconds / 60;
  return {
    day: start.day,
    time: `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`,
  };
}

function parseDuration(value: string): number {
  const match = DURATION.exec(value);
  if (!match || value === "P" || value.endsWith("T")) throw new RRuleFailure("MALFORMED", `DURATION:${value}`);
  const [weeks, days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (seconds % 60 !== 0) throw new RRuleFailure("UNSUPPORTED", `DURATION:${value}`);
  return ((weeks * 7 + days) * 24 + hours) * 60 + minutes + seconds / 60;
}

function readLines(text: string): RecurrenceRule {
  let start: { day: string; time: string } | undefined;
  let durationMinutes: number | undefined;
  let rrule: string | undefined;
  // Unfold continuation lines (RFC 5545 §3.1) before splitting.
  for (const raw of text
    .replace(/\r\n?/g, "\n")
    .replace(/\n[ \t]/g, "")
    .split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const colon = line.indexOf(":");
    if (colon < 0) throw new RRuleFailure("MALFORMED", line);
    const [name = "", ...params] = line.slice(0, colon).split(";");
    const value = line.slice(colon + 1).trim();
    const property = name.toUpperCase();
    if (property !== "DTSTART" && property !== "DURATION" && property !== "RRULE")
      throw new RRuleFailure("UNSUPPORTED", property);
    const seen = { DTSTART: start, DURATION: durationMinutes, RRULE: rrule }[property];
    if (seen !== undefined) throw new RRuleFailure("MALFORMED", `${property} twice`);
    if (property === "DTSTART") start = parseDtstart(params, value);
    else if (property === "DURATION") durationMinutes = parseDuration(value.toUpperCase());
    else rrule = value;
  }
  if (rrule === undefined) throw new RRuleFailure("MISSING_RRULE", "");
  if (start === undefined) throw new RRuleFailure("MISSING_DTSTART", "");
  if (durationMinutes === undefined) throw new RRuleFailure("MISSING_DURATION", "");
  return readRRuleValue(rrule, { startDay: start.day, startTime: start.time, durationMinutes });
}

/** The rule of DTSTART, DURATION and RRULE content lines; toICalendarRecurrence's inverse. */
export function parseICalendarRecurrence(text: string): RRuleParseResult {
  return toParseResult(() => readLines(text));
}
