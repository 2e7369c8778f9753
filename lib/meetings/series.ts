import type { RecurrenceRule, Weekday, NthWeekday } from "./recurrence";
import { dayKey, formatTime, weekdayIndex } from "@/lib/datetime/vietnam";

export const REPEATS = ["NONE", "WEEKLY", "MONTHLY_NTH_WEEKDAY", "MONTHLY_DAY"] as const;
export type Repeat = (typeof REPEATS)[number];

/**
 * The rule a user means by "repeat this meeting" from its first occurrence: the same weekday every
 * week, the same nth weekday of each month ("third Wednesday"; the 5th becomes "last"), or the same
 * day of each month, `count` times.
 */
export function ruleFromFirstOccurrence(
  repeat: Exclude<Repeat, "NONE">,
  startsAt: Date,
  endsAt: Date,
  count: number,
): RecurrenceRule {
  const startDay = dayKey(startsAt);
  const base = {
    startDay,
    startTime: formatTime(startsAt),
    durationMinutes: Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000),
    interval: 1,
    count,
  };
  const weekday = weekdayIndex(startsAt) as Weekday;
  const dayOfMonth = Number(startDay.slice(8, 10));
  switch (repeat) {
    case "WEEKLY":
      return { ...base, freq: "WEEKLY", weekdays: [weekday] };
    case "MONTHLY_NTH_WEEKDAY": {
      const nth = Math.ceil(dayOfMonth / 7);
      return { ...base, freq: "MONTHLY", byWeekday: { weekday, nth: (nth > 4 ? -1 : nth) as NthWeekday } };
    }
    case "MONTHLY_DAY":
      return { ...base, freq: "MONTHLY", monthDay: dayOfMonth };
  }
}
