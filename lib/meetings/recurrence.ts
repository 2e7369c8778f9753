// Recurring meetings: the rule type and its validation, RFC 5545 text, expansion into meetings in
// Vietnam time, and a structured description for the UI. Pure: no I/O, no framework.
export {
  assertValidRule,
  isNthWeekday,
  isWeekday,
  MAX_COUNT,
  MAX_DURATION_MINUTES,
  MAX_INTERVAL,
  minutesOfTime,
  recurrenceIssues,
  type MonthlyByMonthDayRule,
  type MonthlyByWeekdayRule,
  type NthWeekday,
  type RecurrenceEnd,
  type RecurrenceIssue,
  type RecurrenceRule,
  type RecurrenceSchedule,
  type Weekday,
  type WeeklyRule,
} from "./recurrence/rule";
export { toICalendarRecurrence, toRRule } from "./recurrence/rrule-write";
export { parseRRule, type RRuleParseError, type RRuleParseResult } from "./recurrence/rrule-read";
export { parseICalendarRecurrence } from "./recurrence/ical-read";
export { expandOccurrences, MAX_OCCURRENCES, type ExpansionWindow, type Occurrence } from "./recurrence/expand";
export { describeRecurrence, type RecurrenceDescription, type RecurrenceEndDescription } from "./recurrence/describe";
