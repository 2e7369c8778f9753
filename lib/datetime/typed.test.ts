import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { dateTimeFromTyped, dayFromTyped, timeFromTyped, typedFromDateTime, typedFromDay } from "./typed";

describe("typed dates", () => {
  it("read dd/mm/yyyy whatever the separator, and ISO days", () => {
    expect(dayFromTyped("05/01/2027")).toBe("2027-01-05");
    expect(dayFromTyped(" 5/1/2027 ")).toBe("2027-01-05");
    expect(dayFromTyped("05-01-2027")).toBe("2027-01-05");
    expect(dayFromTyped("05.01.2027")).toBe("2027-01-05");
    expect(dayFromTyped("2027-01-05")).toBe("2027-01-05");
  });

  it("refuse days that do not exist and the American order", () => {
    expect(dayFromTyped("31/02/2027")).toBeNull();
    expect(dayFromTyped("12/21/2026")).toBeNull(); // month 21
    expect(dayFromTyped("29/02/2027")).toBeNull();
    expect(dayFromTyped("29/02/2028")).toBe("2028-02-29");
    expect(dayFromTyped("05/01/27")).toBeNull();
    expect(dayFromTyped("")).toBeNull();
  });

  it("show and read back every day the same", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01"), max: new Date("2150-12-31"), noInvalidDate: true }), (d) => {
        const day = d.toISOString().slice(0, 10);
        expect(dayFromTyped(typedFromDay(day))).toBe(day);
      }),
    );
  });
});

describe("typed times", () => {
  it("read the 24-hour clock as people type it", () => {
    expect(timeFromTyped("7:30")).toBe("07:30");
    expect(timeFromTyped("07:30")).toBe("07:30");
    expect(timeFromTyped("0730")).toBe("07:30");
    expect(timeFromTyped("16h")).toBe("16:00");
    expect(timeFromTyped("16h30")).toBe("16:30");
    expect(timeFromTyped("19.45")).toBe("19:45");
  });

  it("refuse what is not a time of day", () => {
    for (const bad of ["24:00", "7:60", "4:00 PM", "730", "", "abc"]) expect(timeFromTyped(bad), bad).toBeNull();
  });
});

describe("date-and-time fields", () => {
  it("send the same wire value as before, or what was typed when it cannot be read", () => {
    expect(dateTimeFromTyped("21/12/2026", "16:00")).toBe("2026-12-21T16:00");
    expect(dateTimeFromTyped("", "")).toBe("");
    expect(dateTimeFromTyped("21/12/2026", "4 PM")).toBe("21/12/2026 4 PM");
    expect(typedFromDateTime("2026-12-21T16:00")).toEqual({ day: "21/12/2026", time: "16:00" });
  });
});
