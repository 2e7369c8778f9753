// Where a task's deadline stands, counted in calendar days of Vietnam: a deadline on today's date is
// due today, not overdue, whatever hour the deadline instant carries.
import { epochDay } from "@/lib/calendar/days";
import { dayKey } from "@/lib/datetime/vietnam";

export type DeadlineState =
  { kind: "none" } | { kind: "overdue"; days: number } | { kind: "today" } | { kind: "left"; days: number };

export function deadlineState(deadline: Date | null, now: Date): DeadlineState {
  if (!deadline) return { kind: "none" };
  const diff = epochDay(dayKey(deadline)) - epochDay(dayKey(now));
  if (diff < 0) return { kind: "overdue", days: -diff };
  if (diff === 0) return { kind: "today" };
  return { kind: "left", days: diff };
}
