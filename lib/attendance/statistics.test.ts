import { describe, expect, it } from "vitest";
import {
  meetingAttendance,
  rate,
  totalAttendance,
  totalCompliance,
  unitCompliance,
  type AttendanceRows,
  type AttendeeRow,
  type InvitationRow,
} from "./statistics";

const at = (iso: string) => new Date(iso);
const NOW = at("2023-01-10T09:00:00+07:00");

// The 27/12/2022 conference (ended) and a briefing still to come, with three wards invited to both.
function rows(): AttendanceRows {
  const inv = (
    id: string,
    meetingId: string,
    pointId: string,
    unit: string,
    extra: Partial<InvitationRow>,
  ): InvitationRow => ({
    id,
    meetingId,
    pointId,
    unitId: unit,
    unitName: `Phường ${unit}`,
    status: "CONFIRMED",
    answerDeadline: at(meetingId === "review" ? "2022-12-23T17:00:00+07:00" : "2023-01-13T16:00:00+07:00"),
    firstAnsweredAt: null,
    currentResponseId: null,
    ...extra,
  });
  const person = (
    id: string,
    pointId: string,
    invitationId: string | null,
    responseId: string | null,
    checkIn: AttendeeRow["checkIn"],
    extra: Partial<AttendeeRow> = {},
  ): AttendeeRow => ({
    id,
    pointId,
    invitationId,
    responseId,
    walkIn: false,
    checkIn,
    absenceReason: null,
    ...extra,
  });
  return {
    meetings: [
      {
        id: "briefing",
        title: "Giao ban tuần",
        startsAt: at("2023-01-16T07:30:00+07:00"),
        endsAt: at("2023-01-16T09:30:00+07:00"),
        status: "SCHEDULED",
      },
      {
        id: "review",
        title: "Hội nghị tổng kết năm 2022",
        startsAt: at("2022-12-27T07:30:00+07:00"),
        endsAt: at("2022-12-27T11:30:00+07:00"),
        status: "HELD",
      },
    ],
    points: [
      { id: "cuaLo", meetingId: "review", name: "Điểm cầu Cửa Lò", isMain: false },
      { id: "main", meetingId: "review", name: "Điểm cầu chính", isMain: true },
      { id: "room", meetingId: "briefing", name: "Phòng họp số 1", isMain: true },
    ],
    invitations: [
      // Nghi Hải: on time, both came (one online).
      inv("r-hai", "review", "cuaLo", "Nghi Hải", {
        firstAnsweredAt: at("2022-12-22T10:00:00+07:00"),
        currentResponseId: "a-hai",
      }),
      // Nghi Hương: a substitute, answered late; the substitute came, the policy officer was absent with a reason.
      inv("r-huong", "review", "cuaLo", "Nghi Hương", {
        status: "SUBSTITUTE",
        firstAnsweredAt: at("2022-12-24T08:00:00+07:00"),
        currentResponseId: "a-huong-2",
      }),
      // Thu Thủy: declined on time.
      inv("r-thuy", "review", "cuaLo", "Thu Thủy", {
        status: "DECLINED",
        firstAnsweredAt: at("2022-12-20T08:00:00+07:00"),
        currentResponseId: "a-thuy",
      }),
      // The briefing: Nghi Hải has not answered yet; Nghi Hương confirmed, recorded without a time.
      inv("b-hai", "briefing", "room", "Nghi Hải", { status: "PENDING" }),
      inv("b-huong", "briefing", "room", "Nghi Hương", {}),
    ],
    attendees: [
      person("hai-1", "cuaLo", "r-hai", "a-hai", "PRESENT_ON_SITE"),
      person("hai-2", "cuaLo", "r-hai", "a-hai", "PRESENT_ONLINE"),
      person("huong-old", "cuaLo", "r-huong", "a-huong-1", "EXPECTED"), // named in the replaced answer: not counted
      person("huong-sub", "cuaLo", "r-huong", "a-huong-2", "PRESENT_ON_SITE"),
      person("huong-officer", "cuaLo", "r-huong", "a-huong-2", "ABSENT", { absenceReason: "Ốm" }),
      person("huong-never", "cuaLo", "r-huong", "a-huong-2", "EXPECTED"), // never checked in: absent without reason
      person("walk-in", "cuaLo", null, null, "PRESENT_ON_SITE", { walkIn: true }),
      person("walk-in-hai", "cuaLo", "r-hai", null, "PRESENT_ONLINE", { walkIn: true }),
      person("director", "main", null, null, "ABSENT", { walkIn: true, absenceReason: null }),
      person("briefing-huong", "room", "b-huong", null, "EXPECTED"), // meeting not held yet
    ],
  };
}

describe("rate", () => {
  it("is a percentage with one decimal, or null without a denominator", () => {
    expect(rate(45_000, 42_900)).toBe(104.9);
    expect(rate(65_498, 66_300)).toBe(98.8);
    expect(rate(0, 0)).toBeNull();
  });
});

describe("meetingAttendance", () => {
  const meetings = meetingAttendance(rows(), NOW);

  it("lists meetings in start order, main point first", () => {
    expect(meetings.map((m) => m.meetingId)).toEqual(["review", "briefing"]);
    expect(meetings[0]!.points.map((p) => p.pointId)).toEqual(["main", "cuaLo"]);
  });

  it("counts each point's list, with walk-ins and the never-checked-in of an ended meeting", () => {
    const cuaLo = meetings[0]!.points.find((p) => p.pointId === "cuaLo")!;
    expect(cuaLo).toMatchObject({
      invitedUnits: 3,
      expected: 7,
      onSite: 3,
      online: 2,
      absentWithReason: 1,
      absentWithoutReason: 1,
      notYet: 0,
      walkIns: 2,
      present: 5,
    });
    expect(cuaLo.attendanceRate).toBe(71.4);
    expect(meetings[0]).toMatchObject({ invitedUnits: 3, expected: 8, present: 5, absentWithoutReason: 2, walkIns: 3 });
    expect(meetings[0]!.attendanceRate).toBe(62.5);
  });

  it("keeps people of a meeting still to come as not yet checked in", () => {
    expect(meetings[1]).toMatchObject({
      invitedUnits: 2,
      expected: 1,
      notYet: 1,
      absentWithoutReason: 0,
      present: 0,
      attendanceRate: null,
    });
  });

  it("adds up to totals", () => {
    expect(totalAttendance(meetings)).toMatchObject({
      expected: 9,
      present: 5,
      notYet: 1,
      absentWithReason: 1,
      absentWithoutReason: 2,
      attendanceRate: 62.5,
    });
  });
});

describe("unitCompliance", () => {
  const units = unitCompliance(rows(), NOW);

  it("has one row per unit in Vietnamese order", () => {
    expect(units.map((u) => u.unitName)).toEqual(["Phường Nghi Hải", "Phường Nghi Hương", "Phường Thu Thủy"]);
  });

  it("splits answers into on time, late and missing, and counts declines and substitutes", () => {
    const [hai, huong, thuy] = units;
    expect(hai).toMatchObject({
      invited: 2,
      answeredOnTime: 1,
      answeredLate: 0,
      notAnswered: 1,
      declined: 0,
      substitutes: 0,
      onTimeRate: 50,
    });
    expect(huong).toMatchObject({
      invited: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      notAnswered: 0,
      substitutes: 1,
      onTimeRate: 50,
    });
    expect(thuy).toMatchObject({ invited: 1, answeredOnTime: 1, declined: 1, onTimeRate: 100, attendanceRate: null });
  });

  it("counts the unit's people, walk-ins who came for it included", () => {
    const [hai, huong] = units;
    expect(hai).toMatchObject({ present: 3, absentWithReason: 0, absentWithoutReason: 0, attendanceRate: 100 });
    expect(huong).toMatchObject({ present: 1, absentWithReason: 1, absentWithoutReason: 1, attendanceRate: 33.3 });
  });

  it("adds up to totals", () => {
    expect(totalCompliance(units)).toMatchObject({
      invited: 5,
      answeredOnTime: 3,
      answeredLate: 1,
      notAnswered: 1,
      declined: 1,
      substitutes: 1,
      present: 4,
      onTimeRate: 60,
      attendanceRate: 66.7,
    });
  });

  it("is empty without invitations", () => {
    expect(unitCompliance({ meetings: [], points: [], invitations: [], attendees: [] }, NOW)).toEqual([]);
  });
});
