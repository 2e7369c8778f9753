import { describe, expect, it } from "vitest";
import { noticeDue } from "./notice-due";

// Monday 07/12/2026, 08:00 in Vietnam: 5 working days later is Monday 14/12/2026.
const meetingAt = new Date("2026-12-07T01:00:00Z");
const none = new Set<string>();
const vn = (day: string, hhmm = "10:00") => new Date(`${day}T${hhmm}:00+07:00`);

describe("noticeDue", () => {
  it("is due 5 working days after the meeting's day", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-07"), holidays: none })).toEqual({
      dueDay: "2026-12-14",
      state: "ok",
    });
  });

  it("warns when one working day is left, also across a weekend", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-10"), holidays: none }).state).toBe("ok"); // Thursday: 2 left
    expect(noticeDue({ meetingAt, now: vn("2026-12-11"), holidays: none }).state).toBe("soon"); // Friday: Monday is next
    expect(noticeDue({ meetingAt, now: vn("2026-12-13"), holidays: none }).state).toBe("soon"); // Sunday
  });

  it("is due today on the due day and overdue from the next day, by the Vietnamese date", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-14", "23:59"), holidays: none }).state).toBe("today");
    expect(noticeDue({ meetingAt, now: vn("2026-12-15", "00:01"), holidays: none }).state).toBe("overdue");
  });

  it("moves the due day past holidays", () => {
    expect(
      noticeDue({ meetingAt, now: vn("2026-12-07"), holidays: new Set(["2026-12-09", "2026-12-14"]) }).dueDay,
    ).toBe("2026-12-16");
  });

  it("says issued once the notice is out, even after the due day", () => {
    expect(noticeDue({ meetingAt, now: vn("2026-12-20"), holidays: none, issuedAt: vn("2026-12-18") })).toEqual({
      dueDay: "2026-12-14",
      state: "issued",
    });
  });
});
