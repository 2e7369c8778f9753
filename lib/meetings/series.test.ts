import { describe, expect, it } from "vitest";
import { expandOccurrences, toRRule } from "./recurrence";
import { ruleFromFirstOccurrence } from "./series";

const at = (iso: string) => new Date(iso);

describe("ruleFromFirstOccurrence", () => {
  it("repeats a Monday 07:30 briefing weekly", () => {
    const rule = ruleFromFirstOccurrence("WEEKLY", at("2026-12-07T07:30:00+07:00"), at("2026-12-07T09:00:00+07:00"), 3);
    expect(toRRule(rule)).toBe("FREQ=WEEKLY;BYDAY=MO;COUNT=3");
    const dates = expandOccurrences(rule, { from: at("2026-12-01T00:00:00Z"), to: at("2027-12-31T00:00:00Z") });
    expect(dates.map((d) => d.startsAt.toISOString())).toEqual([
      "2026-12-07T00:30:00.000Z",
      "2026-12-14T00:30:00.000Z",
      "2026-12-21T00:30:00.000Z",
    ]);
    expect(dates[0]!.endsAt.toISOString()).toBe("2026-12-07T02:00:00.000Z");
  });

  it("reads the third Wednesday of the month from the first date", () => {
    const rule = ruleFromFirstOccurrence(
      "MONTHLY_NTH_WEEKDAY",
      at("2026-12-16T14:00:00+07:00"),
      at("2026-12-16T16:00:00+07:00"),
      2,
    );
    expect(toRRule(rule)).toBe("FREQ=MONTHLY;BYDAY=3WE;COUNT=2");
    const dates = expandOccurrences(rule, { from: at("2026-12-01T00:00:00Z"), to: at("2027-12-31T00:00:00Z") });
    expect(dates[1]!.startsAt.toISOString()).toBe("2027-01-20T07:00:00.000Z");
  });

  it("turns a fifth weekday into the last one", () => {
    const rule = ruleFromFirstOccurrence(
      "MONTHLY_NTH_WEEKDAY",
      at("2026-12-30T08:00:00+07:00"),
      at("2026-12-30T09:00:00+07:00"),
      2,
    );
    expect(toRRule(rule)).toBe("FREQ=MONTHLY;BYDAY=-1WE;COUNT=2");
  });
});
