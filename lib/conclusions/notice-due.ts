// Where the conclusion notice stands against its due day: 5 working days after the meeting's day
// (QĐ 45/2018). The due day itself comes from lib/calendar/working-days.ts, the one place that counts.
import { dayKey } from "@/lib/datetime/vietnam";
import { conclusionNoticeDueDay, workingDaysBetween, type WorkCalendar } from "@/lib/calendar/working-days";

export type NoticeDueState = "ok" | "soon" | "today" | "overdue" | "issued";

export interface NoticeDue {
  /** "YYYY-MM-DD" in Vietnam. */
  dueDay: string;
  state: NoticeDueState;
}

/** Warned as "soon" when at most one working day is left before the due day. */
export const SOON_WORKING_DAYS = 1;

export function noticeDue(input: {
  meetingAt: Date;
  now: Date;
  calendar: WorkCalendar;
  issuedAt?: Date | null;
}): NoticeDue {
  const dueDay = conclusionNoticeDueDay(input.meetingAt, input.calendar);
  if (input.issuedAt) return { dueDay, state: "issued" };
  const today = dayKey(input.now);
  if (today > dueDay) return { dueDay, state: "overdue" };
  if (today === dueDay) return { dueDay, state: "today" };
  return { dueDay, state: workingDaysBetween(today, dueDay, input.calendar) <= SOON_WORKING_DAYS ? "soon" : "ok" };
}
