import { describe, expect, it } from "vitest";
import {
  detectConflicts,
  hasBlockingConflict,
  intervalsOverlap,
  nonWorkingDay,
  type ConflictInput,
  type OtherMeeting,
} from "./conflicts";
import { PLAIN_WEEKS, workCalendarOf } from "@/lib/calendar/working-days";
import { nonWorkingDayView } from "./conflict-view";

const at = (dayTime: string) => new Date(`${dayTime}:00+07:00`);

// Thursday 10/12/2026 08:00–09:30 in Vietnam, invitations sent Monday 07/12: on time.
function plan(overrides: Partial<ConflictInput> = {}): ConflictInput {
  return {
    meeting: { id: "m1", startsAt: at("2026-12-10T08:00"), endsAt: at("2026-12-10T09:30"), urgent: false },
    points: [
      { connectionPointId: "cua-lo", chairOfficialId: "phuc" },
      { connectionPointId: "nghi-hai", chairOfficialId: null },
    ],
    invitedUnits: [
      { unitId: "ward-nghi-hai", connectionPointId: "nghi-hai" },
      { unitId: "front", connectionPointId: "cua-lo" },
    ],
    others: [],
    invitationSendAt: at("2026-12-07T16:00"),
    calendar: PLAIN_WEEKS,
    ...overrides,
  };
}

function other(overrides: Partial<OtherMeeting> = {}): OtherMeeting {
  return {
    meetingId: "m2",
    title: "Giao ban tuần",
    startsAt: at("2026-12-10T09:00"),
    endsAt: at("2026-12-10T10:00"),
    status: "SCHEDULED",
    connectionPointIds: [],
    chairOfficialIds: [],
    ...overrides,
  };
}

describe("intervalsOverlap", () => {
  const a = { startsAt: at("2026-12-10T08:00"), endsAt: at("2026-12-10T09:30") };
  it("treats ends as exclusive", () => {
    expect(intervalsOverlap(a, { startsAt: at("2026-12-10T09:30"), endsAt: at("2026-12-10T10:00") })).toBe(false);
    expect(intervalsOverlap(a, { startsAt: at("2026-12-10T07:00"), endsAt: at("2026-12-10T08:00") })).toBe(false);
    expect(intervalsOverlap(a, { startsAt: at("2026-12-10T09:29"), endsAt: at("2026-12-10T10:00") })).toBe(true);
    expect(intervalsOverlap(a, { startsAt: at("2026-12-10T08:30"), endsAt: at("2026-12-10T09:00") })).toBe(true);
  });
});

describe("detectConflicts", () => {
  it("finds nothing in a clean plan", () => {
    expect(detectConflicts(plan())).toEqual([]);
    expect(hasBlockingConflict([])).toBe(false);
  });

  it("END_BEFORE_START, for an end at or before the start, without overlap checks", () => {
    const meeting = { id: "m1", startsAt: at("2026-12-10T09:30"), endsAt: at("2026-12-10T08:00"), urgent: false };
    const others = [
      other({ chairOfficialIds: ["phuc"], startsAt: at("2026-12-10T07:00"), endsAt: at("2026-12-10T12:00") }),
    ];
    expect(detectConflicts(plan({ meeting, others }))).toEqual([{ kind: "END_BEFORE_START", blocking: true }]);
    const zero = { ...meeting, endsAt: meeting.startsAt };
    expect(detectConflicts(plan({ meeting: zero }))).toEqual([{ kind: "END_BEFORE_START", blocking: true }]);
  });

  it("CHAIR_OVERLAP: the chair of one of our points chairs an overlapping meeting", () => {
    const clash = other({ chairOfficialIds: ["long", "phuc"] });
    expect(detectConflicts(plan({ others: [clash] }))).toEqual([
      {
        kind: "CHAIR_OVERLAP",
        blocking: true,
        officialId: "phuc",
        other: { meetingId: "m2", title: "Giao ban tuần", startsAt: clash.startsAt, endsAt: clash.endsAt },
      },
    ]);
  });

  it("one official chairing two points of this same meeting is not a conflict, and is reported once", () => {
    const points = [
      { connectionPointId: "cua-lo", chairOfficialId: "phuc" },
      { connectionPointId: "nghi-hai", chairOfficialId: "phuc" },
    ];
    expect(detectConflicts(plan({ points }))).toEqual([]);
    const conflicts = detectConflicts(plan({ points, others: [other({ chairOfficialIds: ["phuc"] })] }));
    expect(conflicts.map((c) => c.kind)).toEqual(["CHAIR_OVERLAP"]);
  });

  it("POINT_DOUBLE_BOOKED: one of our points is used by an overlapping meeting", () => {
    const conflicts = detectConflicts(plan({ others: [other({ connectionPointIds: ["nghi-hai", "vinh"] })] }));
    expect(conflicts).toEqual([
      expect.objectContaining({ kind: "POINT_DOUBLE_BOOKED", blocking: true, connectionPointId: "nghi-hai" }),
    ]);
  });

  it("reports chair and point clashes per other meeting", () => {
    const others = [
      other({ meetingId: "m2", chairOfficialIds: ["phuc"], connectionPointIds: ["cua-lo"] }),
      other({ meetingId: "m3", title: "Họp chuyên đề", connectionPointIds: ["cua-lo"] }),
    ];
    expect(detectConflicts(plan({ others })).map((c) => [c.kind, "other" in c ? c.other.meetingId : ""])).toEqual([
      ["CHAIR_OVERLAP", "m2"],
      ["POINT_DOUBLE_BOOKED", "m2"],
      ["POINT_DOUBLE_BOOKED", "m3"],
    ]);
  });

  it("ignores touching intervals, cancelled meetings and the meeting itself", () => {
    const shared = { chairOfficialIds: ["phuc"], connectionPointIds: ["cua-lo"] };
    const others = [
      other({ ...shared, meetingId: "after", startsAt: at("2026-12-10T09:30"), endsAt: at("2026-12-10T11:00") }),
      other({ ...shared, meetingId: "before", startsAt: at("2026-12-10T07:00"), endsAt: at("2026-12-10T08:00") }),
      other({ ...shared, meetingId: "cancelled", status: "CANCELLED" }),
      other({ ...shared, meetingId: "m1" }),
      other({ ...shared, meetingId: "broken", startsAt: at("2026-12-10T10:00"), endsAt: at("2026-12-10T08:30") }),
    ];
    expect(detectConflicts(plan({ others }))).toEqual([]);
  });

  it("checks against every other meeting when the planned one has no id yet", () => {
    const conflicts = detectConflicts(
      plan({
        meeting: { ...plan().meeting, id: undefined },
        others: [other({ meetingId: "m1", connectionPointIds: ["cua-lo"] })],
      }),
    );
    expect(conflicts.map((c) => c.kind)).toEqual(["POINT_DOUBLE_BOOKED"]);
  });

  it("UNIT_AT_TWO_POINTS: a unit invited at two points, not one listed twice at one", () => {
    const invitedUnits = [
      { unitId: "front", connectionPointId: "cua-lo" },
      { unitId: "front", connectionPointId: "cua-lo" },
      { unitId: "ward-nghi-hai", connectionPointId: "nghi-hai" },
      { unitId: "ward-nghi-hai", connectionPointId: "cua-lo" },
    ];
    expect(detectConflicts(plan({ invitedUnits }))).toEqual([
      {
        kind: "UNIT_AT_TWO_POINTS",
        blocking: true,
        unitId: "ward-nghi-hai",
        connectionPointIds: ["nghi-hai", "cua-lo"],
      },
    ]);
  });

  it("LATE_INVITATION blocks unless the meeting is urgent", () => {
    const late = plan({ invitationSendAt: at("2026-12-08T08:00") });
    const conflicts = detectConflicts(late);
    expect(conflicts).toEqual([
      { kind: "LATE_INVITATION", blocking: true, latestOnTimeDay: "2026-12-07", allowedBecauseUrgent: false },
    ]);
    expect(hasBlockingConflict(conflicts)).toBe(true);

    const urgent = detectConflicts({ ...late, meeting: { ...late.meeting, urgent: true } });
    expect(urgent).toEqual([
      { kind: "LATE_INVITATION", blocking: false, latestOnTimeDay: "2026-12-07", allowedBecauseUrgent: true },
    ]);
    expect(hasBlockingConflict(urgent)).toBe(false);
  });

  it("LATE_INVITATION counts working days around holidays, and is skipped while no sending is planned", () => {
    const meeting = { id: "m1", startsAt: at("2026-09-04T08:00"), endsAt: at("2026-09-04T10:00"), urgent: false };
    const calendar = workCalendarOf([
      { day: "2026-09-01", kind: "HOLIDAY" },
      { day: "2026-09-02", kind: "HOLIDAY" },
    ]);
    expect(detectConflicts(plan({ meeting, calendar, invitationSendAt: at("2026-08-28T17:00") }))).toEqual([]);
    expect(detectConflicts(plan({ meeting, calendar, invitationSendAt: at("2026-08-31T08:00") }))).toMatchObject([
      { kind: "LATE_INVITATION", latestOnTimeDay: "2026-08-28" },
    ]);
    expect(detectConflicts(plan({ meeting, calendar, invitationSendAt: null }))).toEqual([]);
  });

  it("LATE_INVITATION counts a make-up Saturday as a working day", () => {
    // Monday 8/5/2023 after the 30/4–1/5 break, Saturday 6/5 worked: sending on Thursday 4/5 is on time.
    const meeting = { id: "m1", startsAt: at("2023-05-08T08:00"), endsAt: at("2023-05-08T10:00"), urgent: false };
    const calendar = workCalendarOf([
      { day: "2023-05-01", kind: "HOLIDAY" },
      { day: "2023-05-02", kind: "DAY_OFF" },
      { day: "2023-05-03", kind: "DAY_OFF" },
      { day: "2023-05-06", kind: "WORKING_DAY" },
    ]);
    expect(detectConflicts(plan({ meeting, calendar, invitationSendAt: at("2023-05-04T16:00") }))).toEqual([]);
    expect(detectConflicts(plan({ meeting, calendar, invitationSendAt: at("2023-05-05T08:00") }))).toMatchObject([
      { kind: "LATE_INVITATION", latestOnTimeDay: "2023-05-04" },
    ]);
  });

  it("lists conflicts in a stable order", () => {
    const conflicts = detectConflicts(
      plan({
        others: [other({ connectionPointIds: ["cua-lo"] })],
        invitedUnits: [
          { unitId: "front", connectionPointId: "cua-lo" },
          { unitId: "front", connectionPointId: "nghi-hai" },
        ],
        invitationSendAt: at("2026-12-09T08:00"),
      }),
    );
    expect(conflicts.map((c) => c.kind)).toEqual(["POINT_DOUBLE_BOOKED", "UNIT_AT_TWO_POINTS", "LATE_INVITATION"]);
  });
});

describe("a meeting on a day that is not a working day", () => {
  // 2027: 1/1 is a Friday, 30/4 a Friday; nghỉ bù on Monday 3/5 for 1/5 (a Saturday); Saturday 9/1 worked.
  const calendar = workCalendarOf([
    { day: "2027-01-01", kind: "HOLIDAY", name: "Tết Dương lịch" },
    { day: "2027-01-09", kind: "WORKING_DAY", name: "Làm bù cho ngày nghỉ Tết Dương lịch" },
    { day: "2027-05-01", kind: "HOLIDAY", name: "Ngày Quốc tế Lao động" },
    { day: "2027-05-03", kind: "DAY_OFF", name: "Nghỉ bù ngày Quốc tế Lao động" },
  ]);
  const on = (startsAt: string, endsAt: string) =>
    plan({
      meeting: { id: "m1", startsAt: at(startsAt), endsAt: at(endsAt), urgent: false },
      invitationSendAt: null,
      calendar,
    });

  it("warns of a holiday by its name, and never blocks", () => {
    const conflicts = detectConflicts(on("2027-01-01T08:00", "2027-01-01T10:00"));
    expect(conflicts).toEqual([
      { kind: "NON_WORKING_DAY", blocking: false, day: "2027-01-01", holiday: "Tết Dương lịch" },
    ]);
    expect(hasBlockingConflict(conflicts)).toBe(false);
  });

  it("names a nghỉ bù weekday, and says a plain weekend is not a working day", () => {
    expect(detectConflicts(on("2027-05-03T08:00", "2027-05-03T10:00"))).toMatchObject([
      { kind: "NON_WORKING_DAY", day: "2027-05-03", holiday: "Nghỉ bù ngày Quốc tế Lao động" },
    ]);
    expect(detectConflicts(on("2027-01-16T08:00", "2027-01-16T10:00"))).toEqual([
      { kind: "NON_WORKING_DAY", blocking: false, day: "2027-01-16", holiday: null },
    ]);
    // A holiday falling on a weekend is still named.
    expect(detectConflicts(on("2027-05-01T08:00", "2027-05-01T10:00"))).toMatchObject([
      { holiday: "Ngày Quốc tế Lao động" },
    ]);
  });

  it("says nothing on a working day, a make-up Saturday included", () => {
    expect(detectConflicts(on("2027-01-08T08:00", "2027-01-08T10:00"))).toEqual([]);
    expect(detectConflicts(on("2027-01-09T08:00", "2027-01-09T10:00"))).toEqual([]);
  });

  it("goes by the day in Vietnam: 23:30 UTC on Thursday 31/12/2026 is New Year's Day there", () => {
    expect(nonWorkingDay(new Date("2026-12-31T23:30:00Z"), calendar)).toMatchObject({ day: "2027-01-01" });
    expect(nonWorkingDay(new Date("2026-12-31T16:59:00Z"), calendar)).toBeNull();
    expect(nonWorkingDay(new Date(Number.NaN), calendar)).toBeNull();
  });

  it("comes last, after what blocks", () => {
    const conflicts = detectConflicts(on("2027-01-01T10:00", "2027-01-01T08:00"));
    expect(conflicts.map((c) => c.kind)).toEqual(["END_BEFORE_START", "NON_WORKING_DAY"]);
  });

  it("reads as the weekday and date, with the holiday's name when it has one", () => {
    expect(nonWorkingDayView(nonWorkingDay(at("2027-01-01T08:00"), calendar)!)).toEqual({
      kind: "NON_WORKING_DAY_NAMED",
      params: { day: "Thứ Sáu, 01/01/2027", holiday: "Tết Dương lịch" },
    });
    expect(nonWorkingDayView(nonWorkingDay(at("2027-01-17T08:00"), calendar)!)).toEqual({
      kind: "NON_WORKING_DAY",
      params: { day: "Chủ Nhật, 17/01/2027" },
    });
  });
});
