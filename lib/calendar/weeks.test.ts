import { describe, expect, it } from "vitest";
import {
  groupByDay,
  groupBySession,
  instantRange,
  isoWeek,
  isoWeekday,
  monthGrid,
  monthStart,
  overlapsDay,
  parseDayParam,
  sessionOf,
  shiftMonth,
  weekDays,
  weekStart,
} from "./weeks";

const at = (iso: string) => new Date(iso);

describe("weeks start on Monday", () => {
  it("numbers weekdays Monday 1 to Sunday 7", () => {
    expect(isoWeekday("2022-12-26")).toBe(1); // Thứ Hai
    expect(isoWeekday("2022-12-27")).toBe(2);
    expect(isoWeekday("2023-01-01")).toBe(7); // Chủ Nhật
  });

  it("finds the Monday of any day, Sunday belonging to the week before it", () => {
    expect(weekStart("2022-12-27")).toBe("2022-12-26");
    expect(weekStart("2022-12-26")).toBe("2022-12-26");
    expect(weekStart("2023-01-01")).toBe("2022-12-26");
    expect(weekStart("2023-01-02")).toBe("2023-01-02");
    expect(weekStart("2024-03-01")).toBe("2024-02-26"); // across a leap February
  });

  it("lists the seven days Monday to Sunday", () => {
    expect(weekDays("2022-12-29")).toEqual([
      "2022-12-26",
      "2022-12-27",
      "2022-12-28",
      "2022-12-29",
      "2022-12-30",
      "2022-12-31",
      "2023-01-01",
    ]);
  });

  it("uses the calendar day in Vietnam: Sunday 23:30 UTC is already Monday there", () => {
    const range = instantRange("2022-12-26", "2023-01-01");
    expect(range.from.toISOString()).toBe("2022-12-25T17:00:00.000Z");
    expect(range.to.toISOString()).toBe("2023-01-01T17:00:00.000Z");
    expect(
      overlapsDay({ startsAt: at("2022-12-25T23:30:00Z"), endsAt: at("2022-12-26T01:00:00Z") }, "2022-12-26"),
    ).toBe(true);
    expect(
      overlapsDay({ startsAt: at("2022-12-25T23:30:00Z"), endsAt: at("2022-12-26T01:00:00Z") }, "2022-12-25"),
    ).toBe(false);
  });
});

describe("week numbers (ISO 8601, as 'Tuần thứ N')", () => {
  it("counts the week of 27/12/2022 as week 52", () => {
    expect(isoWeek("2022-12-27")).toEqual({ year: 2022, week: 52 });
  });

  it("gives the first days of January to last year's final week when the week's Thursday is in December", () => {
    expect(isoWeek("2023-01-01")).toEqual({ year: 2022, week: 52 });
    expect(isoWeek("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeek("2023-01-02")).toEqual({ year: 2023, week: 1 });
  });

  it("gives late December days to next year's week 1 when the Thursday falls in January", () => {
    expect(isoWeek("2025-12-29")).toEqual({ year: 2026, week: 1 });
    expect(isoWeek("2026-01-04")).toEqual({ year: 2026, week: 1 });
    expect(isoWeek("2026-01-05")).toEqual({ year: 2026, week: 2 });
  });

  it("reaches week 53 only in long years", () => {
    expect(isoWeek("2026-12-31")).toEqual({ year: 2026, week: 53 });
    expect(isoWeek("2027-12-31")).toEqual({ year: 2027, week: 52 });
  });
});

describe("month grid", () => {
  it("covers December 2022 in five whole weeks from Monday 28/11 to Sunday 01/01", () => {
    const grid = monthGrid("2022-12-27");
    expect(grid).toHaveLength(5);
    expect(grid[0]![0]).toBe("2022-11-28");
    expect(grid[4]![6]).toBe("2023-01-01");
    expect(grid.every((row) => row.length === 7)).toBe(true);
  });

  it("needs four rows for a February starting on Monday and six for a long month starting on Sunday", () => {
    expect(monthGrid("2027-02-10")).toHaveLength(4); // 01/02/2027 is a Monday, 28 days
    expect(monthGrid("2026-03-01")).toHaveLength(6); // 01/03/2026 is a Sunday, 31 days
  });

  it("moves between months from their first day, whatever the day given", () => {
    expect(monthStart("2026-01-31")).toBe("2026-01-01");
    expect(shiftMonth("2026-01-31", 1)).toBe("2026-02-01");
    expect(shiftMonth("2026-01-15", -1)).toBe("2025-12-01");
    expect(shiftMonth("2026-12-15", 1)).toBe("2027-01-01");
    expect(shiftMonth("2026-06-15", -18)).toBe("2024-12-01");
  });
});

describe("query parameters", () => {
  it("accepts only real dates", () => {
    expect(parseDayParam("2026-02-28")).toBe("2026-02-28");
    expect(parseDayParam(["2026-02-28", "x"])).toBe("2026-02-28");
    expect(parseDayParam("2026-02-30")).toBeNull();
    expect(parseDayParam("28/02/2026")).toBeNull();
    expect(parseDayParam(undefined)).toBeNull();
  });
});

describe("grouping", () => {
  const briefing = { id: "b", startsAt: at("2022-12-26T00:30:00Z"), endsAt: at("2022-12-26T02:30:00Z") }; // Mon 07:30
  const noon = { id: "n", startsAt: at("2022-12-26T05:00:00Z"), endsAt: at("2022-12-26T06:00:00Z") }; // Mon 12:00
  const late = { id: "l", startsAt: at("2022-12-26T04:59:00Z"), endsAt: at("2022-12-26T06:00:00Z") }; // Mon 11:59
  const twoDays = { id: "t", startsAt: at("2022-12-27T07:00:00Z"), endsAt: at("2022-12-28T04:00:00Z") }; // Tue 14:00 → Wed 11:00

  it("splits morning from afternoon at 12:00 Vietnam time", () => {
    expect(sessionOf(late.startsAt)).toBe("morning");
    expect(sessionOf(noon.startsAt)).toBe("afternoon");
    expect(sessionOf(at("2022-12-25T23:30:00Z"))).toBe("morning"); // 06:30 Monday in Vietnam
  });

  it("places items in sessions of the day they start, soonest first", () => {
    const [monday, tuesday, wednesday] = groupBySession([twoDays, noon, briefing, late], weekDays("2022-12-26"));
    expect(monday!.morning.map((m) => m.id)).toEqual(["b", "l"]);
    expect(monday!.afternoon.map((m) => m.id)).toEqual(["n"]);
    expect(tuesday!.afternoon.map((m) => m.id)).toEqual(["t"]);
    expect(wednesday!.morning).toEqual([]);
  });

  it("shows a meeting spanning two days on both, in the calendar views", () => {
    const byDay = groupByDay([twoDays, briefing], weekDays("2022-12-26"));
    expect(byDay.get("2022-12-26")!.map((m) => m.id)).toEqual(["b"]);
    expect(byDay.get("2022-12-27")!.map((m) => m.id)).toEqual(["t"]);
    expect(byDay.get("2022-12-28")!.map((m) => m.id)).toEqual(["t"]);
    expect(byDay.get("2022-12-29")).toEqual([]);
  });

  it("does not carry a meeting ending at midnight into the next day", () => {
    const evening = { startsAt: at("2022-12-26T12:00:00Z"), endsAt: at("2022-12-26T17:00:00Z") }; // 19:00–24:00 Monday
    expect(overlapsDay(evening, "2022-12-26")).toBe(true);
    expect(overlapsDay(evening, "2022-12-27")).toBe(false);
  });
});
