import { describe, expect, it } from "vitest";
import { periodTotals, rate, withAttendance, withCompliance, type MeetingFigures } from "./statistics";

describe("rate", () => {
  it("is a percentage with one decimal, or null without a denominator", () => {
    expect(rate(45_000, 42_900)).toBe(104.9);
    expect(rate(65_498, 66_300)).toBe(98.8);
    expect(rate(0, 0)).toBeNull();
  });
});

const nobody = {
  expected: 0,
  onSite: 0,
  online: 0,
  absentWithReason: 0,
  absentWithoutReason: 0,
  notYet: 0,
  walkIns: 0,
};

describe("withAttendance", () => {
  it("counts the present and rates them against everyone whose attendance is settled", () => {
    // Cửa Lò on 27/12/2022: 3 on site, 2 online, 1 absent with a reason, 1 never checked in.
    expect(
      withAttendance({ ...nobody, expected: 7, onSite: 3, online: 2, absentWithReason: 1, absentWithoutReason: 1 }),
    ).toMatchObject({ present: 5, attendanceRate: 71.4 });
  });

  it("has no rate while nobody is settled", () => {
    expect(withAttendance({ ...nobody, expected: 4, notYet: 4 })).toMatchObject({ present: 0, attendanceRate: null });
  });
});

describe("withCompliance", () => {
  it("rates answers on time against invitations, and presence against the settled", () => {
    expect(
      withCompliance({
        invited: 2,
        answeredOnTime: 1,
        answeredLate: 1,
        notAnswered: 0,
        declined: 0,
        substitutes: 1,
        present: 1,
        absentWithReason: 1,
        absentWithoutReason: 1,
      }),
    ).toMatchObject({ onTimeRate: 50, attendanceRate: 33.3 });
  });
});

const meeting = (id: string, pointCount: number, extra: Partial<MeetingFigures> = {}): MeetingFigures => ({
  meetingId: id,
  title: id,
  startsAt: new Date("2022-12-27T07:30:00+07:00"),
  endsAt: new Date("2022-12-27T11:30:00+07:00"),
  status: "HELD",
  pointCount,
  invitedUnits: 3,
  ...withAttendance({ ...nobody, expected: 8, onSite: 3, online: 2, absentWithoutReason: 2, walkIns: 3 }),
  answers: {
    invited: 3,
    answeredOnTime: 2,
    answeredLate: 1,
    notAnswered: 0,
    declined: 1,
    substitutes: 1,
    present: 3,
    absentWithReason: 1,
    absentWithoutReason: 1,
  },
  ...extra,
});

describe("periodTotals", () => {
  it("adds up the meetings, a meeting without points taking a line of its own", () => {
    const totals = periodTotals([meeting("review", 2), meeting("briefing", 0)], 4);
    expect(totals).toMatchObject({ meetings: 2, points: 2, pointLines: 3, units: 4 });
    expect(totals.attendance).toMatchObject({
      invitedUnits: 6,
      expected: 16,
      present: 10,
      absentWithoutReason: 4,
      walkIns: 6,
      attendanceRate: 71.4,
    });
    expect(totals.compliance).toMatchObject({
      invited: 6,
      answeredOnTime: 4,
      answeredLate: 2,
      declined: 2,
      present: 6,
      onTimeRate: 66.7,
      attendanceRate: 60,
    });
  });

  it("is all zeros for an empty period", () => {
    expect(periodTotals([], 0)).toMatchObject({
      meetings: 0,
      pointLines: 0,
      compliance: { invited: 0, onTimeRate: null },
      attendance: { expected: 0, attendanceRate: null },
    });
  });
});
