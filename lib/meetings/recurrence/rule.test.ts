import { describe, expect, it } from "vitest";
import { isNthWeekday, isWeekday, minutesOfTime, recurrenceIssues, type RecurrenceRule, type WeeklyRule } from "./rule";

const base = { interval: 1, startDay: "2026-12-07", startTime: "07:30", durationMinutes: 90 };
const weekly: WeeklyRule = { ...base, freq: "WEEKLY", weekdays: [1] };

describe("recurrenceIssues", () => {
  it("finds nothing wrong with a sound rule", () => {
    expect(recurrenceIssues(weekly)).toEqual([]);
    expect(
      recurrenceIssues({ ...base, freq: "MONTHLY", byWeekday: { weekday: 3, nth: -1 }, until: "2027-06-30" }),
    ).toEqual([]);
    expect(recurrenceIssues({ ...base, freq: "MONTHLY", monthDay: 31, count: 12 })).toEqual([]);
  });

  it("names each problem", () => {
    expect(recurrenceIssues({ ...weekly, startDay: "2026-02-30" })).toEqual(["INVALID_START_DAY"]);
    expect(recurrenceIssues({ ...weekly, startTime: "7:30" })).toEqual(["INVALID_START_TIME"]);
    expect(recurrenceIssues({ ...weekly, startTime: "24:00" })).toEqual(["INVALID_START_TIME"]);
    expect(recurrenceIssues({ ...weekly, durationMinutes: 0 })).toEqual(["INVALID_DURATION"]);
    expect(recurrenceIssues({ ...weekly, durationMinutes: 1441 })).toEqual(["INVALID_DURATION"]);
    expect(recurrenceIssues({ ...weekly, interval: 1.5 })).toEqual(["INVALID_INTERVAL"]);
    expect(recurrenceIssues({ ...weekly, interval: 100 })).toEqual(["INVALID_INTERVAL"]);
    expect(recurrenceIssues({ ...weekly, weekdays: [] })).toEqual(["INVALID_WEEKDAYS"]);
    expect(recurrenceIssues({ ...weekly, weekdays: [1, 1] })).toEqual(["INVALID_WEEKDAYS"]);
    expect(recurrenceIssues({ ...weekly, weekdays: [7 as never] })).toEqual(["INVALID_WEEKDAYS"]);
    expect(recurrenceIssues({ ...base, freq: "MONTHLY", byWeekday: { weekday: 3, nth: 5 as never } })).toEqual([
      "INVALID_NTH_WEEKDAY",
    ]);
    expect(recurrenceIssues({ ...base, freq: "MONTHLY", monthDay: 0 })).toEqual(["INVALID_MONTH_DAY"]);
    expect(recurrenceIssues({ ...weekly, count: 0 })).toEqual(["INVALID_COUNT"]);
    expect(recurrenceIssues({ ...weekly, count: 1001 })).toEqual(["INVALID_COUNT"]);
    expect(recurrenceIssues({ ...weekly, until: "2026-12-06" })).toEqual(["INVALID_UNTIL"]);
    expect(recurrenceIssues({ ...weekly, until: "31/12/2026" })).toEqual(["INVALID_UNTIL"]);
  });

  it("refuses COUNT and UNTIL together, which the type already forbids", () => {
    const both = { ...weekly, count: 3, until: "2027-01-01" } as unknown as RecurrenceRule;
    expect(recurrenceIssues(both)).toEqual(["COUNT_AND_UNTIL"]);
  });
});

describe("small guards", () => {
  it("checks weekdays, ordinals and times", () => {
    expect([0, 6, 7, -1, 1.5].map(isWeekday)).toEqual([true, true, false, false, false]);
    expect([1, 4, -1, 0, 5, -2].map(isNthWeekday)).toEqual([true, true, true, false, false, false]);
    expect(minutesOfTime("07:30")).toBe(450);
    expect(minutesOfTime("23:59")).toBe(1439);
    expect(minutesOfTime("7:30")).toBeNull();
  });
});
