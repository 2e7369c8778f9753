import { describe, expect, it } from "vitest";
import { filtersWhere, hasFilters, meetingFiltersSchema } from "./filters";

describe("meeting list filters", () => {
  it("reads valid filters and ignores malformed ones", () => {
    expect(
      meetingFiltersSchema.parse({ from: "2026-12-01", to: "31/12/2026", status: "SCHEDULED", mine: "1", point: "p1" }),
    ).toEqual({ from: "2026-12-01", to: undefined, status: "SCHEDULED", mine: "1", point: "p1" });
    expect(meetingFiltersSchema.parse({ status: "DELETED", mine: "yes" })).toEqual({
      from: undefined,
      to: undefined,
      status: undefined,
      point: undefined,
      mine: undefined,
    });
    expect(hasFilters(meetingFiltersSchema.parse({}))).toBe(false);
  });

  it("turns a date range into Vietnam-day bounds", () => {
    const where = filtersWhere({ from: "2026-12-01", to: "2026-12-31" }, { id: "u", officialId: null });
    expect(where).toEqual({
      AND: [
        { endsAt: { gte: new Date("2026-11-30T17:00:00Z") } },
        { startsAt: { lt: new Date("2026-12-31T17:00:00Z") } },
      ],
    });
  });
});
