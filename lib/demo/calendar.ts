// Where the demo puts its meetings, in days from the day it is seeded. The seed places them from here,
// and the end-to-end tests take their own days from here too, so a test never collides with a demo
// meeting whatever the weekday the suite runs on.
import { dayKey, startOfDay, weekdayIndex } from "@/lib/datetime/vietnam";

/** Days from `from` to a Monday at least 5 days ahead, so the invitation and its Friday deadline are still to come. */
function daysToNextMonday(from: Date): number {
  const d = (8 - weekdayIndex(from)) % 7 || 7;
  return d < 5 ? d + 7 : d;
}

export function demoDays(now: Date) {
  const monday = daysToNextMonday(now);
  return {
    /** The weekly briefing (Monday morning) and its series. */
    briefing: monday,
    /** The last briefing of the series, with approved minutes: two weeks before. */
    lastBriefing: monday - 14,
    /** The provincial mid-year conference: the Wednesday two weeks later; its technical test the day before. */
    midYear: monday + 16,
    /** The draft digital-transformation conference: the Wednesday after. */
    draft: monday + 23,
    /** Days no demo meeting uses, for tests that schedule their own (a Thursday and a Friday). */
    free: [monday + 17, monday + 18] as const,
  };
}

/** "YYYY-MM-DD" of the Vietnam calendar day `days` after `from`. */
export function dayAfter(from: Date, days: number): string {
  return dayKey(new Date(startOfDay(dayKey(from)).getTime() + days * 86_400_000 + 12 * 3_600_000));
}
