import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_HOURS, parseReminderHours, reminderWindow } from "./window";

describe("automatic reminder window", () => {
  it("reads the setting in hours, falling back to 24 when missing or unreadable", () => {
    expect(parseReminderHours(undefined)).toBe(DEFAULT_REMINDER_HOURS);
    expect(parseReminderHours("48")).toBe(48);
    expect(parseReminderHours(" 6 ")).toBe(6);
    expect(parseReminderHours("0")).toBe(0);
    for (const bad of ["", "abc", "-5", "1.5", "100000"]) expect(parseReminderHours(bad)).toBe(DEFAULT_REMINDER_HOURS);
  });

  it("covers deadlines from now to the given hours ahead and stays quiet 12 h after a reminder", () => {
    const now = new Date("2027-01-04T00:00:00Z");
    expect(reminderWindow(now, 24)).toEqual({
      deadlineAfter: now,
      deadlineBy: new Date("2027-01-05T00:00:00Z"),
      quietSince: new Date("2027-01-03T12:00:00Z"),
    });
    expect(reminderWindow(now, 0)).toBeNull();
  });
});
