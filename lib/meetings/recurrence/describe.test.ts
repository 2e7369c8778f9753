import { describe, expect, it } from "vitest";
import { describeRecurrence } from "./describe";
import type { RecurrenceSchedule } from "./rule";

const schedule: RecurrenceSchedule = { startDay: "2026-12-07", startTime: "07:30", durationMinutes: 90 };

describe("describeRecurrence", () => {
  it("gives weekdays Monday first, as Vietnamese weeks run", () => {
    expect(describeRecurrence({ ...schedule, freq: "WEEKLY", interval: 2, weekdays: [0, 5, 1] })).toEqual({
      kind: "weekly",
      weekdays: [1, 5, 0],
      interval: 2,
      ...schedule,
      end: { kind: "never" },
    });
  });

  it("describes the nth weekday and the day of the month", () => {
    expect(
      describeRecurrence({ ...schedule, freq: "MONTHLY", interval: 1, byWeekday: { weekday: 3, nth: 3 }, count: 6 }),
    ).toMatchObject({
      kind: "monthlyByWeekday",
      weekday: 3,
      nth: 3,
      end: { kind: "count", count: 6 },
    });
    expect(
      describeRecurrence({ ...schedule, freq: "MONTHLY", interval: 1, monthDay: 15, until: "2027-06-30" }),
    ).toMatchObject({
      kind: "monthlyByMonthDay",
      monthDay: 15,
      skipsShortMonths: false,
      end: { kind: "until", until: "2027-06-30" },
    });
    expect(describeRecurrence({ ...schedule, freq: "MONTHLY", interval: 1, monthDay: 29 })).toMatchObject({
      skipsShortMonths: true,
    });
  });
});
