import { REMINDER_SETTING } from "@/lib/reminders/window";

// The application settings an administrator changes on /admin/settings, each one AppSetting row
// (a missing row means the default). "demo" is also an AppSetting, but no screen may change it.
export const SETTING_KEYS = {
  organisationName: "organisation.name",
  reminderHours: REMINDER_SETTING,
  mailFrom: "mail.from",
} as const;

export type SettingName = keyof typeof SETTING_KEYS;
export const SETTING_NAMES = Object.keys(SETTING_KEYS) as SettingName[];

/** The rows as stored: null where there is none. */
export type StoredSettings = Record<SettingName, string | null>;
