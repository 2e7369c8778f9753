import { describe, expect, it } from "vitest";
import { noticeDue } from "./notice-due";
import { PLAIN_WEEKS, workCalendarOf } from "@/lib/calendar/working-days";

// Monday 07/12/2026, 08:00 in Vietnam: 5 working days later is Monday 14/12/2026.
const meetingAt = new Date("2026-12-07T01:00:00Z");
const none = PLAIN_WEEKS;
const vn = (day: string, hhmm = "10:00") => new Date(`${day}T${hhmm}:00+07:00`);

describe("noticeDue", () => {
  it("is due 5 working days after the meeting's day", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-07"), calendar: none })).toEqual({
      dueDay: "2026-12-14",
      state: "ok",
    });
  });

  it("warns when one working day is left, also across a weekend", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-10"), calendar: none }).state).toBe("ok"); // Thursday: 2 left
    expect(noticeDue({ meetingAt, now: vn("2026-12-11"), calendar: none }).state).toBe("soon"); // Friday: Monday is next
    expect(noticeDue({ meetingAt, now: vn("2026-12-13"), calendar: none }).state).toBe("soon"); // Sunday
  });

  it("is due today on the due day and overdue from the next day, by the Vietnamese date", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-14", "23:59"), calendar: none }).state).toBe("today");
    expect(noticeDue({ meetingAt, now: vn("2026-12-15", "00:01"), calendar: none }).state).toBe("overdue");
  });

  it("moves the due day past holidays", () => {
    expect(
      noticeDue({
        meetingAt,
        now: vn("2026-12-07"),
        calendar: workCalendarOf([
          { day: "2026-12-09", kind: "HOLIDAY" },
          { day: "2026-12-14", kind: "DAY_OFF" },
        ]),
      }).dueDay,
    ).toBe("2026-12-16");
  });

  it("counts a make-up Saturday, so the notice is due a working day sooner", () => {
    const calendar = workCalendarOf([{ day: "2026-12-12", kind: "WORKING_DAY" }]);
    expect(noticeDue({ meetingAt, now: vn("2026-12-07"), calendar }).dueDay).toBe("2026-12-12");
    expect(noticeDue({ meetingAt, now: vn("2026-12-11"), calendar }).state).toBe("soon");
  });

  it("says issued once the notice is out, even after the due day", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-20"), calendar: none, issuedAt: vn("2026-12-18") })).toEqual({
      dueDay: "2026-12-14",
      state: "issued",
    });
  });
});
