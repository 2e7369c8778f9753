import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { searchKey } from "@/lib/text/normalize";
import { statisticsPage, type StatisticsPage } from "./data";
import { resolvePeriod, type Period } from "./schema";

// The rules of the statistics, counted by the database on both engines: a conference that ended
// (27/12/2022) and a briefing still to come, three wards invited to both, with every kind of answer
// and check-in; and what must not count — a draft, a cancelled meeting, an unsent invitation, another
// organiser's meeting (for a secretariat).

const at = (iso: string) => new Date(iso);
const NOW = at("2023-01-10T09:00:00+07:00");

let secretariat: SessionUser;
let admin: SessionUser;
let period: Period;
let stats: StatisticsPage;

async function unit(name: string, kind: "WARD" | "DISTRICT" = "WARD") {
  return db.unit.create({
    data: { name, nameAscii: searchKey(name), kind, block: "GOVERNMENT" },
    select: { id: true },
  });
}

beforeAll(async () => {
  const town = await unit("Thị xã Kiểm Thử", "DISTRICT");
  const other = await unit("Thị xã Bên Cạnh", "DISTRICT");
  const user = (role: "SECRETARIAT" | "ADMIN", unitId: string) =>
    db.user.create({
      data: { email: `${role}-${unitId}@test.local`, name: role, role, unitId, passwordHash: "x" },
      select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
    });
  secretariat = await user("SECRETARIAT", town.id);
  admin = await user("ADMIN", town.id);
  const [hai, huong, thuy] = [
    await unit("Phường Nghi Hải"),
    await unit("Phường Nghi Hương"),
    await unit("Phường Thu Thủy"),
  ];

  let places = 0;
  async function meeting(
    title: string,
    status: "HELD" | "SCHEDULED" | "DRAFT" | "CANCELLED",
    start: string,
    hours = 2,
  ) {
    return db.meeting.create({
      data: {
        title,
        titleAscii: searchKey(title),
        kind: "BRIEFING",
        mode: "HYBRID",
        status,
        organiserUnitId: title.includes("bên cạnh") ? other.id : town.id,
        startsAt: at(start),
        endsAt: new Date(at(start).getTime() + hours * 3_600_000),
      },
      select: { id: true },
    });
  }
  async function point(meetingId: string, name: string, isMain: boolean) {
    const place = await db.connectionPoint.create({
      data: { name, nameAscii: searchKey(name) + places++, hostUnitId: town.id },
      select: { id: true },
    });
    return db.meetingPoint.create({
      data: { meetingId, connectionPointId: place.id, isMain },
      select: { id: true, meetingId: true },
    });
  }
  async function invite(
    p: { id: string; meetingId: string },
    unitId: string,
    status: "PENDING" | "CONFIRMED" | "DECLINED" | "SUBSTITUTE",
    deadline: string,
    answers: string[] = [],
    sent = true,
  ) {
    const invitation = await db.invitation.create({
      data: {
        meetingId: p.meetingId,
        meetingPointId: p.id,
        unitId,
        status,
        answerDeadline: at(deadline),
        sentAt: sent ? at("2022-12-15T08:00:00+07:00") : null,
      },
      select: { id: true },
    });
    const responses = [];
    for (const createdAt of answers)
      responses.push(
        await db.invitationResponse.create({
          data: {
            invitationId: invitation.id,
            kind: status === "DECLINED" ? "DECLINE" : status === "SUBSTITUTE" ? "SUBSTITUTE" : "CONFIRM",
            forStartsAt: at("2022-12-27T07:30:00+07:00"),
            respondedById: secretariat.id,
            createdAt: at(createdAt),
          },
          select: { id: true },
        }),
      );
    return { id: invitation.id, responses: responses.map((r) => r.id) };
  }
  async function person(
    pointId: string,
    fullName: string,
    checkIn: "EXPECTED" | "PRESENT_ON_SITE" | "PRESENT_ONLINE" | "ABSENT",
    extra: { invitationId?: string; responseId?: string; walkIn?: boolean; absenceReason?: string } = {},
  ) {
    await db.attendee.create({ data: { meetingPointId: pointId, fullName, checkIn, ...extra } });
  }

  const review = await meeting("Hội nghị tổng kết năm 2022", "HELD", "2022-12-27T07:30:00+07:00", 4);
  const cuaLo = await point(review.id, "Điểm cầu Cửa Lò", false);
  const main = await point(review.id, "Điểm cầu chính", true);
  const briefing = await meeting("Giao ban tuần", "SCHEDULED", "2023-01-16T07:30:00+07:00");
  const room = await point(briefing.id, "Phòng họp số 1", true);
  const reviewDeadline = "2022-12-23T17:00:00+07:00";

  // Nghi Hải: answered on time, both came (one online), and a walk-in came for it.
  const rHai = await invite(cuaLo, hai.id, "CONFIRMED", reviewDeadline, ["2022-12-22T10:00:00+07:00"]);
  await person(cuaLo.id, "Hải 1", "PRESENT_ON_SITE", { invitationId: rHai.id, responseId: rHai.responses[0] });
  await person(cuaLo.id, "Hải 2", "PRESENT_ONLINE", { invitationId: rHai.id, responseId: rHai.responses[0] });
  await person(cuaLo.id, "Khách của Nghi Hải", "PRESENT_ONLINE", { invitationId: rHai.id, walkIn: true });
  // Nghi Hương: first answered after the deadline, then sent a substitute; the person named in the
  // replaced answer is not counted; the substitute came, the officer was absent with a reason, one
  // was never checked in (absent without reason, as the meeting has ended).
  const rHuong = await invite(cuaLo, huong.id, "SUBSTITUTE", reviewDeadline, [
    "2022-12-24T08:00:00+07:00",
    "2022-12-25T08:00:00+07:00",
  ]);
  const [oldAnswer, newAnswer] = rHuong.responses;
  await person(cuaLo.id, "Hương cũ", "EXPECTED", { invitationId: rHuong.id, responseId: oldAnswer });
  await person(cuaLo.id, "Người dự thay", "PRESENT_ON_SITE", { invitationId: rHuong.id, responseId: newAnswer });
  await person(cuaLo.id, "Cán bộ chính sách", "ABSENT", {
    invitationId: rHuong.id,
    responseId: newAnswer,
    absenceReason: "Ốm",
  });
  await person(cuaLo.id, "Chưa điểm danh", "EXPECTED", { invitationId: rHuong.id, responseId: newAnswer });
  // Thu Thủy: declined on time.
  await invite(cuaLo, thuy.id, "DECLINED", reviewDeadline, ["2022-12-20T08:00:00+07:00"]);
  // Walk-ins: a reporter at Cửa Lò, and the director, marked absent without a reason, at the main point.
  await person(cuaLo.id, "Phóng viên", "PRESENT_ON_SITE", { walkIn: true });
  await person(main.id, "Giám đốc", "ABSENT", { walkIn: true, absenceReason: "  " });

  // The briefing: Nghi Hải has not answered; Nghi Hương confirmed, recorded without a time; not held yet.
  await invite(room, hai.id, "PENDING", "2023-01-13T16:00:00+07:00");
  const bHuong = await invite(room, huong.id, "CONFIRMED", "2023-01-13T16:00:00+07:00");
  await person(room.id, "Hương giao ban", "EXPECTED", { invitationId: bHuong.id });
  // Unsent: asked nobody anything.
  const unsent = await invite(room, thuy.id, "CONFIRMED", "2023-01-13T16:00:00+07:00", [], false);
  await person(room.id, "Thủy chưa mời", "EXPECTED", { invitationId: unsent.id });

  // Neither a draft nor a cancelled meeting counts; another organiser's counts for an administrator only.
  for (const [title, status] of [
    ["Dự thảo", "DRAFT"],
    ["Đã hủy", "CANCELLED"],
    ["Họp của thị xã bên cạnh", "HELD"],
  ] as const) {
    const m = await meeting(title, status, "2023-01-05T07:30:00+07:00");
    const p = await point(m.id, `Điểm cầu ${title}`, true);
    const i = await invite(p, thuy.id, "CONFIRMED", "2023-01-04T17:00:00+07:00", ["2023-01-03T08:00:00+07:00"]);
    await person(p.id, `Người dự ${title}`, "PRESENT_ON_SITE", { invitationId: i.id, responseId: i.responses[0] });
  }

  const resolved = resolvePeriod({ from: "2022-12-01", to: "2023-01-31" }, NOW);
  if (!resolved.ok) throw new Error(resolved.message);
  period = resolved.period;
  stats = await statisticsPage(secretariat, period, { unitPage: 1, pointPage: 1 }, NOW);
});

describe("the statistics of a secretariat's meetings", () => {
  it("list the meetings in start order, each with its points, main point first", () => {
    expect(stats.meetings.groups.map((g) => g.meeting.title)).toEqual(["Hội nghị tổng kết năm 2022", "Giao ban tuần"]);
    expect(stats.meetings.groups[0]!.points.map((p) => p.name)).toEqual(["Điểm cầu chính", "Điểm cầu Cửa Lò"]);
    expect(stats.totals).toMatchObject({ meetings: 2, points: 3, pointLines: 3, units: 3 });
  });

  it("count each point's list, with walk-ins and the never-checked-in of an ended meeting", () => {
    const [review] = stats.meetings.groups;
    expect(review!.points.find((p) => p.name === "Điểm cầu Cửa Lò")).toMatchObject({
      invitedUnits: 3,
      expected: 7,
      onSite: 3,
      online: 2,
      absentWithReason: 1,
      absentWithoutReason: 1,
      notYet: 0,
      walkIns: 2,
      present: 5,
      attendanceRate: 71.4,
    });
    // The director was marked absent with only spaces for a reason: without reason.
    expect(review!.meeting).toMatchObject({
      pointCount: 2,
      invitedUnits: 3,
      expected: 8,
      present: 5,
      absentWithoutReason: 2,
      walkIns: 3,
      attendanceRate: 62.5,
    });
  });

  it("keep the people of a meeting still to come as not yet checked in, and leave unsent invitations out", () => {
    expect(stats.meetings.groups[1]!.meeting).toMatchObject({
      invitedUnits: 2,
      expected: 1,
      notYet: 1,
      absentWithoutReason: 0,
      present: 0,
      attendanceRate: null,
    });
    expect(stats.totals.attendance).toMatchObject({
      invitedUnits: 5,
      expected: 9,
      present: 5,
      notYet: 1,
      absentWithReason: 1,
      absentWithoutReason: 2,
      attendanceRate: 62.5,
    });
  });

  it("have one row per invited unit in Vietnamese order", () => {
    expect(stats.units.rows.map((u) => u.unitName)).toEqual([
      "Phường Nghi Hải",
      "Phường Nghi Hương",
      "Phường Thu Thủy",
    ]);
  });

  it("split answers into on time, late and missing, and count declines and substitutes", () => {
    const [hai, huong, thuy] = stats.units.rows;
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

  it("count a unit's people, walk-ins who came for it included, and add up to totals", () => {
    const [hai, huong] = stats.units.rows;
    expect(hai).toMatchObject({ present: 3, absentWithReason: 0, absentWithoutReason: 0, attendanceRate: 100 });
    expect(huong).toMatchObject({ present: 1, absentWithReason: 1, absentWithoutReason: 1, attendanceRate: 33.3 });
    expect(stats.totals.compliance).toMatchObject({
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
});

describe("the statistics of an administrator", () => {
  it("count every organiser's meetings, still without drafts and cancelled ones", async () => {
    const all = await statisticsPage(admin, period, { unitPage: 1, pointPage: 1 }, NOW);
    expect(all.meetings.groups.map((g) => g.meeting.title)).toEqual([
      "Hội nghị tổng kết năm 2022",
      "Họp của thị xã bên cạnh",
      "Giao ban tuần",
    ]);
    const thuy = all.units.rows.find((u) => u.unitName === "Phường Thu Thủy")!;
    expect(thuy).toMatchObject({ invited: 2, answeredOnTime: 2, present: 1 });
  });
});

describe("a period without meetings", () => {
  it("has empty tables and zero totals, on the first page whatever page is asked", async () => {
    const empty = resolvePeriod({ from: "2021-01-01", to: "2021-12-31" }, NOW);
    if (!empty.ok) throw new Error(empty.message);
    const page = await statisticsPage(secretariat, empty.period, { unitPage: 7, pointPage: 3 }, NOW);
    expect(page.units).toEqual({ rows: [], page: 1, pageCount: 1 });
    expect(page.meetings).toEqual({ groups: [], page: 1, pageCount: 1 });
    expect(page.totals).toMatchObject({ meetings: 0, units: 0, compliance: { invited: 0 } });
  });
});
