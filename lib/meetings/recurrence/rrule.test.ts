import { describe, expect, it } from "vitest";
import { parseICalendarRecurrence } from "./ical-read";
import { parseRRule } from "./rrule-read";
import { toICalendarRecurrence, toRRule } from "./rrule-write";
import type { RecurrenceRule, RecurrenceSchedule } from "./rule";

const schedule: RecurrenceSchedule = { startDay: "2026-12-07", startTime: "07:30", durationMinutes: 90 };

const rules: [RecurrenceRule, string][] = [
  [{ ...schedule, freq: "WEEKLY", interval: 1, weekdays: [1], count: 5 }, "FREQ=WEEKLY;BYDAY=MO;COUNT=5"],
  [{ ...schedule, freq: "WEEKLY", interval: 2, weekdays: [0, 1, 3] }, "FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO,WE"],
  [{ ...schedule, freq: "MONTHLY", interval: 1, byWeekday: { weekday: 3, nth: 3 } }, "FREQ=MONTHLY;BYDAY=3WE"],
  [
    { ...schedule, freq: "MONTHLY", interval: 1, byWeekday: { weekday: 5, nth: -1 }, count: 12 },
    "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12",
  ],
  // UNTIL is the last second of 31/12/2027 in Vietnam, written in UTC.
  [
    { ...schedule, freq: "MONTHLY", interval: 2, monthDay: 15, until: "2027-12-31" },
    "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15;UNTIL=20271231T165959Z",
  ],
];

describe("RRULE values", () => {
  it.each(rules)("writes and reads back %#", (rule, text) => {
    expect(toRRule(rule)).toBe(text);
    expect(parseRRule(text, rule)).toEqual({ ok: true, rule });
  });

  it("writes weekdays in one canonical order", () => {
    expect(toRRule({ ...schedule, freq: "WEEKLY", interval: 1, weekdays: [5, 1, 0] })).toBe(
      "FREQ=WEEKLY;BYDAY=SU,MO,FR",
    );
  });

  it("refuses to write an invalid rule", () => {
    expect(() => toRRule({ ...schedule, freq: "MONTHLY", interval: 0, monthDay: 15 })).toThrow(/INVALID_INTERVAL/);
  });

  it("reads what other calendar software writes", () => {
    const read = (text: string) => parseRRule(text, schedule);
    expect(read("RRULE:freq=monthly;byday=we;bysetpos=3")).toMatchObject({
      ok: true,
      rule: { byWeekday: { weekday: 3, nth: 3 } },
    });
    expect(read("FREQ=MONTHLY;BYDAY=+2TU")).toMatchObject({ ok: true, rule: { byWeekday: { weekday: 2, nth: 2 } } });
    expect(read("FREQ=WEEKLY;WKST=MO;BYDAY=MO,TH;INTERVAL=1")).toMatchObject({
      ok: true,
      rule: { weekdays: [1, 4], interval: 1 },
    });
    expect(read("FREQ=WEEKLY;UNTIL=20261231")).toMatchObject({ ok: true, rule: { until: "2026-12-31" } });
  });

  it("takes the start's weekday or day of month when no BY part is given", () => {
    expect(parseRRule("FREQ=WEEKLY", { ...schedule, startDay: "2026-12-10" })).toMatchObject({
      ok: true,
      rule: { weekdays: [4] },
    });
    expect(parseRRule("FREQ=MONTHLY", { ...schedule, startDay: "2026-12-10" })).toMatchObject({
      ok: true,
      rule: { monthDay: 10 },
    });
  });

  it("reads a UTC UNTIL as the last Vietnamese day whose occurrence it still covers", () => {
    // 00:30Z on 28/12 is exactly 07:30 in Vietnam: the 28th's occurrence is included.
    expect(parseRRule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261228T003000Z", schedule)).toMatchObject({
      rule: { until: "2026-12-28" },
    });
    // 00:00Z is 07:00, before the 07:30 start: the 28th's occurrence is not.
    expect(parseRRule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261228T000000Z", schedule)).toMatchObject({
      rule: { until: "2026-12-27" },
    });
    // 17:30Z on the 27th is already 00:30 on the 28th in Vietnam.
    expect(
      parseRRule("FREQ=WEEKLY;BYDAY=MO;UNTIL=20261227T173000Z", { ...schedule, startTime: "00:15" }),
    ).toMatchObject({
      rule: { until: "2026-12-28" },
    });
  });

  it("accepts another week start only where it cannot change the result", () => {
    expect(parseRRule("FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=MO,WE", schedule).ok).toBe(true);
    expect(parseRRule("FREQ=WEEKLY;WKST=SU;BYDAY=SU,MO", schedule).ok).toBe(true);
    expect(parseRRule("FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=SU,MO", schedule)).toMatchObject({
      ok: false,
      error: "UNSUPPORTED",
    });
    // Starting on a Sunday puts the start in a different week under WKST=SU.
    expect(
      parseRRule("FREQ=WEEKLY;WKST=SU;INTERVAL=2;BYDAY=MO", { ...schedule, startDay: "2026-12-06" }),
    ).toMatchObject({ error: "UNSUPPORTED" });
  });

  it("names what it cannot read", () => {
    const error = (text: string) => {
      const result = parseRRule(text, schedule);
      return result.ok ? "ok" : result.error;
    };
    expect(error("FREQ=DAILY")).toBe("UNSUPPORTED");
    expect(error("FREQ=YEARLY;BYMONTH=9")).toBe("UNSUPPORTED");
    expect(error("FREQ=MONTHLY;BYMONTHDAY=-1")).toBe("UNSUPPORTED");
    expect(error("FREQ=MONTHLY;BYDAY=5WE")).toBe("UNSUPPORTED");
    expect(error("FREQ=MONTHLY;BYDAY=WE")).toBe("UNSUPPORTED");
    expect(error("FREQ=MONTHLY;BYDAY=1MO,3MO")).toBe("UNSUPPORTED");
    expect(error("FREQ=WEEKLY;BYDAY=2MO")).toBe("UNSUPPORTED");
    expect(error("FREQ=WEEKLY;BYDAY=MO;BYHOUR=7")).toBe("UNSUPPORTED");
    expect(error("")).toBe("MALFORMED");
    expect(error("BYDAY=MO")).toBe("MALFORMED");
    expect(error("FREQ=WEEKLY;BYDAY=XX")).toBe("MALFORMED");
    expect(error("FREQ=WEEKLY;FREQ=MONTHLY")).toBe("MALFORMED");
    expect(error("FREQ=WEEKLY;COUNT=2;UNTIL=20261231")).toBe("MALFORMED");
    expect(error("FREQ=WEEKLY;INTERVAL=two")).toBe("MALFORMED");
    expect(error("FREQ=WEEKLY;UNTIL=20261340")).toBe("MALFORMED");
  });

  it("reports a readable but invalid rule with the validation issues", () => {
    expect(parseRRule("FREQ=WEEKLY;BYDAY=MO;COUNT=0", schedule)).toEqual({
      ok: false,
      error: "INVALID_RULE",
      issues: ["INVALID_COUNT"],
    });
    expect(parseRRule("FREQ=MONTHLY;BYMONTHDAY=32;INTERVAL=0", schedule)).toEqual({
      ok: false,
      error: "INVALID_RULE",
      issues: ["INVALID_INTERVAL", "INVALID_MONTH_DAY"],
    });
    expect(parseRRule("FREQ=WEEKLY;BYDAY=MO,MO", schedule)).toMatchObject({ issues: ["INVALID_WEEKDAYS"] });
    expect(parseRRule("FREQ=WEEKLY;UNTIL=20261201", schedule)).toMatchObject({ issues: ["INVALID_UNTIL"] });
  });
});

describe("iCalendar lines", () => {
  it("writes DTSTART in Vietnam time, DURATION and RRULE", () => {
    expect(toICalendarRecurrence(rules[0]![0])).toBe(
      ["DTSTART;TZID=Asia/Ho_Chi_Minh:20261207T073000", "DURATION:PT1H30M", "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=5"].join(
        "\n",
      ),
    );
    expect(toICalendarRecurrence({ ...rules[2]![0], durationMinutes: 120 })).toContain("DURATION:PT2H");
    expect(toICalendarRecurrence({ ...rules[2]![0], durationMinutes: 45 })).toContain("DURATION:PT45M");
  });

  it.each(rules)("round-trips %#", (rule) => {
    expect(parseICalendarRecurrence(toICalendarRecurrence(rule))).toEqual({ ok: true, rule });
  });

  it("reads a UTC or floating start, CRLF, folded lines and any order", () => {
    const text = "RRULE:FREQ=WEEKLY;BY\r\n DAY=MO\r\nDURATION:PT90M\r\nDTSTART:20261207T003000Z\r\n";
    expect(parseICalendarRecurrence(text)).toEqual({
      ok: true,
      rule: { ...schedule, freq: "WEEKLY", interval: 1, weekdays: [1] },
    });
    expect(parseICalendarRecurrence("DTSTART:20261207T073000\nDURATION:P1DT0H\nRRULE:FREQ=WEEKLY")).toMatchObject({
      ok: true,
      rule: { startDay: "2026-12-07", startTime: "07:30", durationMinutes: 1440 },
    });
    expect(
      parseICalendarRecurrence("DTSTART;TZID=Asia/Saigon:20261207T073000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY").ok,
    ).toBe(true);
  });

  it("names what is missing or unsupported", () => {
    const error = (text: string) => {
      const result = parseICalendarRecurrence(text);
      return result.ok ? "ok" : result.error;
    };
    expect(error("DURATION:PT1H\nRRULE:FREQ=WEEKLY")).toBe("MISSING_DTSTART");
    expect(error("DTSTART:20261207T073000\nRRULE:FREQ=WEEKLY")).toBe("MISSING_DURATION");
    expect(error("DTSTART:20261207T073000\nDURATION:PT1H")).toBe("MISSING_RRULE");
    expect(error("DTSTART;TZID=Europe/Paris:20261207T073000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY")).toBe("UNSUPPORTED");
    expect(error("DTSTART;VALUE=DATE:20261207\nDURATION:PT1H\nRRULE:FREQ=WEEKLY")).toBe("UNSUPPORTED");
    expect(error("DTSTART:20261207T073000\nDURATION:PT1H\nRRULE:FREQ=WEEKLY\nEXDATE:20261214T073000")).toBe(
      "UNSUPPORTED",
    );
    expect(error("DTSTART:20261207T073000\nDURATION:PT1H\nDURATION:PT2H\nRRULE:FREQ=WEEKLY")).toBe("MALFORMED");
    expect(error("DTSTART:20261207\nDURATION:PT1H\nRRULE:FREQ=WEEKLY")).toBe("MALFORMED");
    expect(error("DTSTART:20261207T073000\nDURATION:PT\nRRULE:FREQ=WEEKLY")).toBe("MALFORMED");
    expect(error("DTSTART:20261207T073000\nDURATION:PT30S\nRRULE:FREQ=WEEKLY")).toBe("UNSUPPORTED");
    expect(error("DTSTART:20261207T073000\nDURATION:P2D\nRRULE:FREQ=WEEKLY")).toBe("INVALID_RULE");
  });
});
