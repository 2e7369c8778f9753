import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDays,
  dayOfWeek,
  daysInMonth,
  epochDay,
  fromEpochDay,
  isDayKey,
  parseDayKey,
  toDayKey,
} from "./days";

describe("day keys", () => {
  it("accepts only dates that exist", () => {
    expect(isDayKey("2026-12-10")).toBe(true);
    expect(isDayKey("2028-02-29")).toBe(true);
    expect(isDayKey("2026-02-29")).toBe(false);
    expect(isDayKey("2026-04-31")).toBe(false);
    expect(isDayKey("2026-13-01")).toBe(false);
    expect(isDayKey("2026-1-05")).toBe(false);
    expect(() => parseDayKey("10/12/2026")).toThrow(RangeError);
    expect(() => toDayKey({ year: 2026, month: 4, day: 31 })).toThrow(RangeError);
  });

  it("splits and builds keys", () => {
    expect(parseDayKey("2026-02-03")).toEqual({ year: 2026, month: 2, day: 3 });
    expect(toDayKey({ year: 2026, month: 2, day: 3 })).toBe("2026-02-03");
  });

  it("counts days in months, leap years included", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-12-10", 0)).toBe("2026-12-10");
    expect(fromEpochDay(epochDay("2022-12-27"))).toBe("2022-12-27");
    expect(epochDay("1970-01-02")).toBe(1);
  });

  it("knows the weekday, 0 = Sunday", () => {
    expect(dayOfWeek("2026-12-10")).toBe(4);
    expect(dayOfWeek("2026-12-07")).toBe(1);
    expect(dayOfWeek("2023-01-01")).toBe(0);
    expect(dayOfWeek("1969-12-31")).toBe(3);
  });

  it("orders days", () => {
    expect(compareDays("2026-12-09", "2026-12-10")).toBe(-1);
    expect(compareDays("2027-01-01", "2026-12-31")).toBe(1);
    expect(compareDays("2026-12-10", "2026-12-10")).toBe(0);
  });
});
