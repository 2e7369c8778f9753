// A rule as structured data for the UI to word through its message catalogue ("Thứ Hai hằng tuần",
// "Thứ Tư tuần thứ ba hằng tháng"); no sentence is built here so both locales stay in the catalogue.
import type { NthWeekday, RecurrenceRule, Weekday } from "./rule";

export type RecurrenceEndDescription =
  { kind: "never" } | { kind: "count"; count: number } | { kind: "until"; until: string };

interface DescriptionBase {
  interval: number;
  startDay: string;
  startTime: string;
  durationMinutes: number;
  end: RecurrenceEndDescription;
}

export type RecurrenceDescription = DescriptionBase &
  (
    | { kind: "weekly"; /** Monday first, as Vietnamese weeks run. */ weekdays: Weekday[] }
    | { kind: "monthlyByWeekday"; weekday: Weekday; nth: NthWeekday }
    | {
        kind: "monthlyByMonthDay";
        monthDay: number;
        /** True from the 29th: some months have no such day and are skipped. */ skipsShortMonths: boolean;
      }
  );

export function describeRecurrence(rule: RecurrenceRule): RecurrenceDescription {
  const end: RecurrenceEndDescription =
    rule.count !== undefined
      ? { kind: "count", count: rule.count }
      : rule.until !== undefined
        ? { kind: "until", until: rule.until }
        : { kind: "never" };
  const base: DescriptionBase = {
    interval: rule.interval,
    startDay: rule.startDay,
    startTime: rule.startTime,
    durationMinutes: rule.durationMinutes,
    end,
  };
  if (rule.freq === "WEEKLY") {
    const mondayFirst = [...rule.weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
    return { ...base, kind: "weekly", weekdays: mondayFirst };
  }
  if (rule.byWeekday !== undefined) return { ...base, kind: "monthlyByWeekday", ...rule.byWeekday };
  return { ...base, kind: "monthlyByMonthDay", monthDay: rule.monthDay, skipsShortMonths: rule.monthDay > 28 };
}
