import { describe, expect, it } from "vitest";
import { expandOccurrences, MAX_OCCURRENCES } from "./expand";
import type { MonthlyByMonthDayRule, RecurrenceRule, WeeklyRule } from "./rule";

const iso = (occurrences: { startsAt: Date }[]) => occurrences.map((o) => o.startsAt.toISOString());
const window = (from: string, to: string, max?: number) => ({ from: new Date(from), to: new Date(to), max });
const wide = window("2000-01-01T00:00:00Z", "2100-01-01T00:00:00Z");

const open: WeeklyRule = {
  freq: "WEEKLY",
  interval: 1,
  weekdays: [1],
  startDay: "2026-12-09", // a Wednesday
  startTime: "07:30",
  durationMinutes: 90,
};
const mondayBriefing: RecurrenceRule = { ...open, count: 5 };

describe("weekly", () => {
  it("gives Monday 07:30 for 5 weeks from a Wednesday start, 07:30 in Vietnam being 00:30Z", () => {
    const occurrences = expandOccurrences(mondayBriefing, wide);
    expect(iso(occurrences)).toEqual([
      "2026-12-14T00:30:00.000Z",
      "2026-12-21T00:30:00.000Z",
      "2026-12-28T00:30:00.000Z",
      "2027-01-04T00:30:00.000Z",
      "2027-01-11T00:30:00.000Z",
    ]);
    expect(occurrences[0]?.endsAt.toISOString()).toBe("2026-12-14T02:00:00.000Z");
  });

  it("includes the start day when it matches", () => {
    expect(iso(expandOccurrences({ ...mondayBriefing, startDay: "2026-12-14", count: 2 }, wide))).toEqual([
      "2026-12-14T00:30:00.000Z",
      "2026-12-21T00:30:00.000Z",
    ]);
  });

  it("keeps the Vietnamese day for an early-morning time that is the previous day in UTC", () => {
    const early = { ...mondayBriefing, startTime: "06:00", count: 1 };
    expect(iso(expandOccurrences(early, wide))).toEqual(["2026-12-13T23:00:00.000Z"]);
  });

  it("orders several weekdays within each week", () => {
    const rule: RecurrenceRule = { ...mondayBriefing, weekdays: [5, 1, 3], startDay: "2026-12-07", count: 4 };
    expect(iso(expandOccurrences(rule, wide))).toEqual([
      "2026-12-07T00:30:00.000Z",
      "2026-12-09T00:30:00.000Z",
      "2026-12-11T00:30:00.000Z",
      "2026-12-14T00:30:00.000Z",
    ]);
  });

  it("every 2 weeks counts weeks from the start day's Monday-to-Sunday week", () => {
    const fortnightly: RecurrenceRule = {
      ...mondayBriefing,
      interval: 2,
      weekdays: [1, 3],
      startDay: "2026-12-07",
      count: 5,
    };
    expect(iso(expandOccurrences(fortnightly, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-07",
      "2026-12-09",
      "2026-12-21",
      "2026-12-23",
      "2027-01-04",
    ]);
    // From a Wednesday, that week's Monday is already past; the next kept week is two later.
    const fromWednesday: RecurrenceRule = { ...mondayBriefing, interval: 2, count: 3 };
    expect(iso(expandOccurrences(fromWednesday, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-21",
      "2027-01-04",
      "2027-01-18",
    ]);
  });

  it("a Sunday belongs to the week that began on the Monday before", () => {
    const rule: RecurrenceRule = { ...mondayBriefing, interval: 2, weekdays: [1, 0], startDay: "2026-12-07", count: 4 };
    expect(iso(expandOccurrences(rule, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-07",
      "2026-12-13",
      "2026-12-21",
      "2026-12-27",
    ]);
  });
});

describe("monthly", () => {
  const base = { interval: 1, startTime: "14:00", durationMinutes: 120 } as const;

  it("3rd Wednesday across the year end", () => {
    const rule: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      byWeekday: { weekday: 3, nth: 3 },
      startDay: "2026-11-01",
      count: 4,
    };
    expect(iso(expandOccurrences(rule, wide))).toEqual([
      "2026-11-18T07:00:00.000Z",
      "2026-12-16T07:00:00.000Z",
      "2027-01-20T07:00:00.000Z",
      "2027-02-17T07:00:00.000Z",
    ]);
  });

  it("skips a month whose nth weekday falls before the start day", () => {
    const rule: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      byWeekday: { weekday: 3, nth: 3 },
      startDay: "2026-11-19",
      count: 1,
    };
    expect(iso(expandOccurrences(rule, wide))).toEqual(["2026-12-16T07:00:00.000Z"]);
  });

  it("last Friday, 1st Monday", () => {
    const last: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      byWeekday: { weekday: 5, nth: -1 },
      startDay: "2026-12-01",
      count: 4,
    };
    expect(iso(expandOccurrences(last, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-25",
      "2027-01-29",
      "2027-02-26",
      "2027-03-26",
    ]);
    const first: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      byWeekday: { weekday: 1, nth: 1 },
      startDay: "2026-12-01",
      count: 3,
    };
    expect(iso(expandOccurrences(first, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-07",
      "2027-01-04",
      "2027-02-01",
    ]);
  });

  it("the 31st skips 30-day months and February rather than moving", () => {
    const rule: RecurrenceRule = { ...base, freq: "MONTHLY", monthDay: 31, startDay: "2027-01-01", count: 4 };
    expect(iso(expandOccurrences(rule, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2027-01-31",
      "2027-03-31",
      "2027-05-31",
      "2027-07-31",
    ]);
  });

  it("the 29th appears in February of leap years only", () => {
    const rule: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      interval: 12,
      monthDay: 29,
      startDay: "2027-02-01",
      count: 2,
    };
    expect(iso(expandOccurrences(rule, wide)).map((s) => s.slice(0, 10))).toEqual(["2028-02-29", "2032-02-29"]);
  });

  it("the 15th every 2 months", () => {
    const rule: RecurrenceRule = {
      ...base,
      freq: "MONTHLY",
      interval: 2,
      monthDay: 15,
      startDay: "2026-11-20",
      count: 3,
    };
    expect(iso(expandOccurrences(rule, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2027-01-15",
      "2027-03-15",
      "2027-05-15",
    ]);
  });

  it("a rule that can never occur ends without hanging", () => {
    const never: RecurrenceRule = { ...base, freq: "MONTHLY", interval: 12, monthDay: 31, startDay: "2026-02-01" };
    expect(expandOccurrences(never, window("2026-01-01T00:00:00Z", "3000-01-01T00:00:00Z"))).toEqual([]);
  });
});

describe("ends and windows", () => {
  it("UNTIL is an inclusive day", () => {
    const rule: RecurrenceRule = { ...open, until: "2026-12-28" };
    expect(iso(expandOccurrences(rule, wide)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-14",
      "2026-12-21",
      "2026-12-28",
    ]);
    expect(expandOccurrences({ ...open, until: "2026-12-27" }, wide)).toHaveLength(2);
  });

  it("COUNT counts from the series start, not from the window", () => {
    const later = window("2026-12-25T00:00:00Z", "2027-12-01T00:00:00Z");
    expect(iso(expandOccurrences(mondayBriefing, later)).map((s) => s.slice(0, 10))).toEqual([
      "2026-12-28",
      "2027-01-04",
      "2027-01-11",
    ]);
  });

  it("returns occurrences overlapping [from, to), the end exclusive", () => {
    // The 21/12 meeting runs 00:30–02:00Z.
    expect(iso(expandOccurrences(open, window("2026-12-21T01:00:00Z", "2026-12-28T00:30:00Z")))).toEqual([
      "2026-12-21T00:30:00.000Z",
    ]);
    expect(iso(expandOccurrences(open, window("2026-12-21T02:00:00Z", "2026-12-28T00:30:01Z")))).toEqual([
      "2026-12-28T00:30:00.000Z",
    ]);
    expect(expandOccurrences(open, window("2026-12-22T00:00:00Z", "2026-12-22T00:00:00Z"))).toEqual([]);
  });

  it("jumps ahead for an open series started long ago, with the same result as counting from its start", () => {
    // With COUNT the expansion must walk from the start; without it, it jumps to the window.
    const range = window("2026-06-01T00:00:00Z", "2026-09-01T00:00:00Z");
    const weekly: WeeklyRule = { ...open, interval: 3, weekdays: [1, 4], startDay: "2001-03-07" };
    const jumped = expandOccurrences(weekly, range);
    expect(jumped.length).toBeGreaterThan(0);
    expect(iso(jumped)).toEqual(iso(expandOccurrences({ ...weekly, count: 1000 }, range)));
    const monthly: MonthlyByMonthDayRule = {
      freq: "MONTHLY",
      interval: 5,
      monthDay: 30,
      startDay: "2003-01-30",
      startTime: "23:30",
      durationMinutes: 60,
    };
    const years = window("2026-01-01T00:00:00Z", "2031-01-01T00:00:00Z");
    expect(expandOccurrences(monthly, years).length).toBeGreaterThan(0);
    expect(iso(expandOccurrences(monthly, years))).toEqual(iso(expandOccurrences({ ...monthly, count: 1000 }, years)));
  });

  it("caps the number of occurrences", () => {
    expect(expandOccurrences(open, wide)).toHaveLength(MAX_OCCURRENCES);
    expect(expandOccurrences(open, { ...wide, max: 10_000 })).toHaveLength(MAX_OCCURRENCES);
    expect(expandOccurrences(open, { ...wide, max: 3 })).toHaveLength(3);
    expect(expandOccurrences(open, { ...wide, max: 0 })).toEqual([]);
  });

  it("refuses an invalid rule or window", () => {
    expect(() => expandOccurrences({ ...open, weekdays: [] }, wide)).toThrow(/INVALID_WEEKDAYS/);
    expect(() => expandOccurrences(open, window("nonsense", "2027-01-01T00:00:00Z"))).toThrow(RangeError);
    expect(() => expandOccurrences(open, { ...wide, max: -1 })).toThrow(RangeError);
  });
});
