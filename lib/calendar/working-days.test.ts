import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  conclusionNoticeDueDay,
  isInvitationOnTime,
  isWorkingDay,
  latestOnTimeInvitationDay,
  PLAIN_WEEKS,
  workCalendarOf,
  workingDaysBetween,
  type CalendarDayKind,
} from "./working-days";

const daysOff = (...days: string[]) => workCalendarOf(days.map((day) => ({ day, kind: "HOLIDAY" as const })));
const none = PLAIN_WEEKS;
// National Day 2/9 (Wednesday in 2026), New Year 1/1 (Friday in 2027).
const holidays = daysOff("2026-09-01", "2026-09-02", "2027-01-01");
// A Tết-like week off: Monday 16/02 to Friday 20/02/2026, with the weekends either side.
const tet = daysOff("2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20");
// 30/4–1/5/2023 as the government arranged it: 30/4 fell on a Sunday, so Tuesday 2/5 was its nghỉ bù;
// Wednesday 3/5 was swapped off and worked instead on Saturday 6/5 (làm bù).
const mayDay2023 = workCalendarOf(
  (
    [
      ["2023-04-30", "HOLIDAY"],
      ["2023-05-01", "HOLIDAY"],
      ["2023-05-02", "DAY_OFF"],
      ["2023-05-03", "DAY_OFF"],
      ["2023-05-06", "WORKING_DAY"],
    ] as [string, CalendarDayKind][]
  ).map(([day, kind]) => ({ day, kind })),
);
// 2/9/2023 fell on a Saturday: Friday 1/9 was the adjacent day and Monday 4/9 the nghỉ bù.
const nationalDay2023 = workCalendarOf([
  { day: "2023-09-01", kind: "HOLIDAY" },
  { day: "2023-09-02", kind: "HOLIDAY" },
  { day: "2023-09-04", kind: "DAY_OFF" },
]);

/** An instant at the given wall-clock time in Vietnam. */
function vn(day: string, time = "08:00"): Date {
  return new Date(`${day}T${time}:00+07:00`);
}

describe("isWorkingDay", () => {
  it("is Monday to Friday minus holidays", () => {
    expect(isWorkingDay("2026-12-07", none)).toBe(true);
    expect(isWorkingDay("2026-12-11", none)).toBe(true);
    expect(isWorkingDay("2026-12-12", none)).toBe(false);
    expect(isWorkingDay("2026-12-13", none)).toBe(false);
    expect(isWorkingDay("2026-09-02", holidays)).toBe(false);
    expect(isWorkingDay("2026-09-02", none)).toBe(true);
  });

  it("counts a make-up Saturday and not a nghỉ bù Monday", () => {
    expect(isWorkingDay("2023-05-06", mayDay2023)).toBe(true);
    expect(isWorkingDay("2023-05-06", none)).toBe(false);
    expect(isWorkingDay("2023-05-02", mayDay2023)).toBe(false);
    expect(isWorkingDay("2023-05-03", mayDay2023)).toBe(false);
    expect(isWorkingDay("2023-09-04", nationalDay2023)).toBe(false);
    // A holiday on a Saturday changes nothing: the day was off anyway.
    expect(isWorkingDay("2023-09-02", nationalDay2023)).toBe(false);
  });

  it("rejects malformed days", () => {
    expect(() => isWorkingDay("07/12/2026", none)).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("skips weekends both ways", () => {
    expect(addWorkingDays("2026-12-11", 1, none)).toBe("2026-12-14");
    expect(addWorkingDays("2026-12-14", -1, none)).toBe("2026-12-11");
    expect(addWorkingDays("2026-12-10", -3, none)).toBe("2026-12-07");
    expect(addWorkingDays("2026-12-10", 5, none)).toBe("2026-12-17");
  });

  it("counts from a weekend day without counting it", () => {
    expect(addWorkingDays("2026-12-12", 1, none)).toBe("2026-12-14");
    expect(addWorkingDays("2026-12-13", -1, none)).toBe("2026-12-11");
  });

  it("skips holidays", () => {
    expect(addWorkingDays("2026-08-31", 1, holidays)).toBe("2026-09-03");
    expect(addWorkingDays("2026-12-31", 1, holidays)).toBe("2027-01-04");
    expect(addWorkingDays("2027-01-04", -1, holidays)).toBe("2026-12-31");
  });

  it("crosses a Tết week", () => {
    expect(addWorkingDays("2026-02-13", 1, tet)).toBe("2026-02-23");
    expect(addWorkingDays("2026-02-23", -3, tet)).toBe("2026-02-11");
  });

  it("with n = 0 keeps a working day and moves a day off to the next working day", () => {
    expect(addWorkingDays("2026-12-10", 0, none)).toBe("2026-12-10");
    expect(addWorkingDays("2026-12-12", 0, none)).toBe("2026-12-14");
    expect(addWorkingDays("2026-02-14", 0, tet)).toBe("2026-02-23");
  });

  it("rejects fractions", () => {
    expect(() => addWorkingDays("2026-12-10", 1.5, none)).toThrow(RangeError);
  });
});

describe("workingDaysBetween", () => {
  it("counts days after the first up to and including the last", () => {
    expect(workingDaysBetween("2026-12-07", "2026-12-10", none)).toBe(3);
    expect(workingDaysBetween("2026-12-10", "2026-12-10", none)).toBe(0);
    expect(workingDaysBetween("2026-12-11", "2026-12-14", none)).toBe(1);
    expect(workingDaysBetween("2026-12-12", "2026-12-13", none)).toBe(0);
    expect(workingDaysBetween("2026-08-31", "2026-09-04", holidays)).toBe(2);
    expect(workingDaysBetween("2026-02-13", "2026-02-23", tet)).toBe(1);
  });

  it("is negative backwards and inverts addWorkingDays", () => {
    expect(workingDaysBetween("2026-12-10", "2026-12-07", none)).toBe(-3);
    for (const start of ["2026-12-10", "2026-12-12", "2026-08-31", "2026-12-31"]) {
      for (const n of [-7, -3, -1, 1, 2, 5, 9]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n, holidays), holidays)).toBe(n);
      }
    }
  });
});

describe("invitations at least 3 working days before", () => {
  it("meeting Thursday 10/12/2026 → invite by Monday 07/12/2026", () => {
    expect(latestOnTimeInvitationDay(vn("2026-12-10", "07:30"), none)).toBe("2026-12-07");
  });

  it("uses the Vietnamese day of the meeting, not the UTC one", () => {
    // 06:30 on 10/12 in Vietnam is still 9/12 in UTC.
    expect(latestOnTimeInvitationDay(new Date("2026-12-09T23:30:00Z"), none)).toBe("2026-12-07");
  });

  it("reaches back across a weekend for a Monday meeting", () => {
    expect(latestOnTimeInvitationDay(vn("2026-12-14"), none)).toBe("2026-12-09");
  });

  it("reaches back across holidays", () => {
    // Friday 4/9/2026: Thu 3, (Wed 2 and Tue 1 off), Mon 31/8.
    expect(latestOnTimeInvitationDay(vn("2026-09-04"), holidays)).toBe("2026-08-28");
    expect(latestOnTimeInvitationDay(vn("2027-01-06"), holidays)).toBe("2026-12-31");
    expect(latestOnTimeInvitationDay(vn("2026-02-23"), tet)).toBe("2026-02-11");
  });

  it("accepts another lead time", () => {
    expect(latestOnTimeInvitationDay(vn("2026-12-10"), none, 5)).toBe("2026-12-03");
    expect(() => latestOnTimeInvitationDay(vn("2026-12-10"), none, 0)).toThrow(RangeError);
  });

  it("judges by the day of sending in Vietnam", () => {
    const meeting = vn("2026-12-10", "07:30");
    expect(isInvitationOnTime(vn("2026-12-07", "23:59"), meeting, none)).toBe(true);
    expect(isInvitationOnTime(vn("2026-12-05", "10:00"), meeting, none)).toBe(true);
    expect(isInvitationOnTime(vn("2026-12-08", "00:00"), meeting, none)).toBe(false);
    // 17:30Z on 7/12 is already 00:30 on 8/12 in Vietnam.
    expect(isInvitationOnTime(new Date("2026-12-07T17:30:00Z"), meeting, none)).toBe(false);
    expect(isInvitationOnTime(new Date("2026-12-07T16:59:00Z"), meeting, none)).toBe(true);
  });
});

describe("a make-up Saturday and a nghỉ bù Monday", () => {
  it("a make-up Saturday counts towards the 3 working days of an invitation", () => {
    // Monday 8/5/2023: Sat 6/5 (worked), Fri 5/5, Thu 4/5. Without it: back past the holidays to Fri 28/4.
    expect(latestOnTimeInvitationDay(vn("2023-05-08"), mayDay2023)).toBe("2023-05-04");
    expect(latestOnTimeInvitationDay(vn("2023-05-08"), daysOff("2023-05-01", "2023-05-02", "2023-05-03"))).toBe(
      "2023-04-28",
    );
  });

  it("a make-up Saturday counts towards the 5 working days of the conclusion notice", () => {
    // Friday 28/4/2023: Thu 4/5, Fri 5/5, Sat 6/5, Mon 8/5, Tue 9/5.
    expect(conclusionNoticeDueDay(vn("2023-04-28"), mayDay2023)).toBe("2023-05-09");
    expect(workingDaysBetween("2023-05-05", "2023-05-08", mayDay2023)).toBe(2);
  });

  it("a nghỉ bù Monday does not count", () => {
    // Thursday 7/9/2023: Wed 6, Tue 5, (Mon 4 nghỉ bù, the weekend, Fri 1/9 holiday) Thu 31/8.
    expect(latestOnTimeInvitationDay(vn("2023-09-07"), nationalDay2023)).toBe("2023-08-31");
    // Thursday 31/8/2023: (Fri 1/9, the weekend, Mon 4/9 off) Tue 5, Wed 6, Thu 7, Fri 8, Mon 11.
    expect(conclusionNoticeDueDay(vn("2023-08-31"), nationalDay2023)).toBe("2023-09-11");
  });

  it("addWorkingDays and workingDaysBetween stay inverse with both kinds", () => {
    for (const start of ["2023-04-28", "2023-05-06", "2023-08-31", "2023-09-03"])
      for (const n of [-6, -3, -1, 1, 3, 5, 8])
        for (const calendar of [mayDay2023, nationalDay2023])
          expect(workingDaysBetween(start, addWorkingDays(start, n, calendar), calendar)).toBe(n);
  });
});

describe("conclusion notice within 5 working days", () => {
  it("meeting Thursday 10/12/2026 → due Thursday 17/12/2026", () => {
    expect(conclusionNoticeDueDay(vn("2026-12-10"), none)).toBe("2026-12-17");
  });

  it("skips New Year and Tết", () => {
    // Tue 29/12/2026: Wed 30, Thu 31, (Fri 1/1 off), Mon 4, Tue 5, Wed 6.
    expect(conclusionNoticeDueDay(vn("2026-12-29"), holidays)).toBe("2027-01-06");
    expect(conclusionNoticeDueDay(vn("2026-02-12"), tet)).toBe("2026-02-26");
  });

  it("counts from the next working day for a weekend meeting", () => {
    expect(conclusionNoticeDueDay(vn("2026-12-12"), none)).toBe("2026-12-18");
  });
});
