// When automatic reminders go out: the AppSetting "reminders.hoursBeforeDeadline" (hours before an
// invitation's answer deadline; 0 switches them off), and never twice within REMIND_AGAIN_AFTER_MS.
export const REMINDER_SETTING = "reminders.hoursBeforeDeadline";
export const DEFAULT_REMINDER_HOURS = 24;
export const MAX_REMINDER_HOURS = 720;
export const REMIND_AGAIN_AFTER_MS = 12 * 3_600_000;

/** The stored setting as hours; missing or unreadable means the default. */
export function parseReminderHours(value: string | null | undefined): number {
  const text = value?.trim();
  if (!text || !/^\d+$/.test(text)) return DEFAULT_REMINDER_HOURS;
  const hours = Number(text);
  return hours <= MAX_REMINDER_HOURS ? hours : DEFAULT_REMINDER_HOURS;
}

/** The instants that bound which invitations are due a reminder at `now`, or null when switched off. */
export function reminderWindow(now: Date, hours: number) {
  if (hours <= 0) return null;
  return {
    deadlineAfter: now,
    deadlineBy: new Date(now.getTime() + hours * 3_600_000),
    quietSince: new Date(now.getTime() - REMIND_AGAIN_AFTER_MS),
  };
}
