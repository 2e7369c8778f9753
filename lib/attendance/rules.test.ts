import { describe, expect, it } from "vitest";
import { attendanceOutcome, checkInOpensAt, checkInWindow, isListedAttendee } from "./rules";

const at = (iso: string) => new Date(iso);

describe("checkInWindow", () => {
  const meeting = { startsAt: at("2022-12-27T07:30:00+07:00"), status: "SCHEDULED" as const };

  it("opens on the meeting's day in Vietnam, from midnight", () => {
    expect(checkInWindow(meeting, at("2022-12-27T00:00:00+07:00"))).toBe("open");
    expect(checkInWindow(meeting, at("2022-12-26T23:59:00+07:00"))).toBe("notYet");
    // 17:00 UTC on the 26th is already the 27th in Vietnam.
    expect(checkInWindow(meeting, at("2022-12-26T17:00:00Z"))).toBe("open");
  });

  it("opens 2 hours before a start just after midnight", () => {
    const early = { startsAt: at("2022-12-27T01:00:00+07:00"), status: "SCHEDULED" as const };
    expect(checkInWindow(early, at("2022-12-26T23:00:00+07:00"))).toBe("open");
    expect(checkInWindow(early, at("2022-12-26T22:59:00+07:00"))).toBe("notYet");
    expect(checkInOpensAt(early.startsAt)).toEqual(at("2022-12-26T23:00:00+07:00"));
    expect(checkInOpensAt(meeting.startsAt)).toEqual(at("2022-12-27T00:00:00+07:00"));
  });

  it("stays open afterwards for corrections, and is closed to drafts and cancelled meetings", () => {
    expect(checkInWindow({ ...meeting, status: "HELD" }, at("2023-01-05T09:00:00+07:00"))).toBe("open");
    expect(checkInWindow({ ...meeting, status: "DRAFT" }, at("2022-12-27T08:00:00+07:00"))).toBe("draft");
    expect(checkInWindow({ ...meeting, status: "CANCELLED" }, at("2022-12-27T08:00:00+07:00"))).toBe("cancelled");
  });
});

describe("isListedAttendee", () => {
  const named = { walkIn: false, checkIn: "EXPECTED" as const, invitationId: "inv", responseId: "r2" };

  it("lists the people of the answer in force of a confirmation or a substitute", () => {
    expect(isListedAttendee(named, { status: "CONFIRMED", currentResponseId: "r2" })).toBe(true);
    expect(isListedAttendee(named, { status: "SUBSTITUTE", currentResponseId: "r2" })).toBe(true);
  });

  it("drops people of a replaced answer, a decline or an unanswered invitation", () => {
    expect(isListedAttendee(named, { status: "CONFIRMED", currentResponseId: "r3" })).toBe(false);
    expect(isListedAttendee(named, { status: "DECLINED", currentResponseId: "r2" })).toBe(false);
    expect(isListedAttendee(named, { status: "PENDING", currentResponseId: "r2" })).toBe(false);
    expect(isListedAttendee(named, null)).toBe(false);
  });

  it("keeps walk-ins and anyone already checked in", () => {
    expect(
      isListedAttendee({ ...named, walkIn: true, responseId: null }, { status: "DECLINED", currentResponseId: "r9" }),
    ).toBe(true);
    expect(isListedAttendee({ ...named, walkIn: true, invitationId: null, responseId: null }, null)).toBe(true);
    expect(
      isListedAttendee({ ...named, checkIn: "PRESENT_ON_SITE" }, { status: "CONFIRMED", currentResponseId: "r3" }),
    ).toBe(true);
  });

  it("accepts people recorded without an answer when none is on record", () => {
    expect(isListedAttendee({ ...named, responseId: null }, { status: "CONFIRMED", currentResponseId: null })).toBe(
      true,
    );
  });
});

describe("attendanceOutcome", () => {
  it("reads the check-in, counting the unchecked as absent without reason once the meeting ended", () => {
    expect(attendanceOutcome({ checkIn: "PRESENT_ON_SITE", absenceReason: null }, false)).toBe("onSite");
    expect(attendanceOutcome({ checkIn: "PRESENT_ONLINE", absenceReason: null }, true)).toBe("online");
    expect(attendanceOutcome({ checkIn: "ABSENT", absenceReason: "Ốm" }, true)).toBe("absentWithReason");
    expect(attendanceOutcome({ checkIn: "ABSENT", absenceReason: " " }, true)).toBe("absentWithoutReason");
    expect(attendanceOutcome({ checkIn: "EXPECTED", absenceReason: null }, false)).toBe("notYet");
    expect(attendanceOutcome({ checkIn: "EXPECTED", absenceReason: null }, true)).toBe("absentWithoutReason");
  });
});
