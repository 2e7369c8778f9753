// When automatic reminders go out: the AppSetting "reminders.hoursBeforeDeadline" (hours before an
// invitation's answer deadline; 0 switches them off), and never twice within REMIND_AGAIN_AFTER_MS.
// By hand, the secretariat reminds a unit at most once within MANUAL_QUIET_MS (whoever reminded last).
export const REMINDER_SETTING = "reminders.hoursBeforeDeadline";
export const DEFAULT_REMINDER_HOURS = 24;
export const MAX_REMINDER_HOURS = 720;
export const REMIND_AGAIN_AFTER_MS = 12 * 3_600_000;
export const MANUAL_QUIET_HOURS = 4;
const MANUAL_QUIET_MS = MANUAL_QUIET_HOURS * 3_600_000;

/** Invitations reminded after this instant are left alone by a reminder sent by hand at `now`. */
export function manualQuietSince(now: Date): Date {
  return new Date(now.getTime() - MANUAL_QUIET_MS);
}

/** When a unit last reminded at `lastRemindedAt` may be reminded by hand again. */
export function remindableAgainAt(lastRemindedAt: Date): Date {
  return new Date(lastRemindedAt.getTime() + MANUAL_QUIET_MS);
}

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
