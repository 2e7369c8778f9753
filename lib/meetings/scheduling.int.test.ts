import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { toLocalInput } from "@/lib/datetime/vietnam";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import * as m from "./mutations";
import { getMeeting } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: {
  town: string;
  province: string;
  hall: string;
  room: string;
  mainHall: string;
  phuc: string;
  long: string;
  labourDept: string;
  nghiHai: string;
};

const DAY = 86_400_000;
/** A wall-clock input `days` days from now at the given time, as the form sends it. */
const at = (days: number, hhmm: string) => `${toLocalInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${hhmm}`;
/** What a refused change must leave as it was; a change refused for its conflicts is audited as such. */
const counts = async () => ({
  meetings: await db.meeting.count(),
  points: await db.meetingPoint.count(),
  invitations: await db.invitation.count(),
  audit: await db.auditLog.count({ where: { action: { not: "meeting.conflictsRefused" } } }),
});

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  const point = (name: string) => db.connectionPoint.findFirstOrThrow({ where: { name } }).then((p) => p.id);
  const official = (fullName: string) => db.official.findFirstOrThrow({ where: { fullName } }).then((o) => o.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    province: await unit("Tỉnh Nghệ An"),
    labourDept: await unit("Sở Lao động - Thương binh và Xã hội"),
    nghiHai: await unit("Phường Nghi Hải"),
    hall: await point("Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã"),
    room: await point("Phòng họp số 1 - UBND thị xã Cửa Lò"),
    mainHall: await point("Điểm cầu chính - Hội trường UBND tỉnh Nghệ An"),
    phuc: await official("Hoàng Văn Phúc"),
    long: await official("Bùi Đình Long"),
  };
});

async function newMeeting(days: number, start = "14:00", end = "16:00", extra: Record<string, unknown> = {}) {
  const result = await runAction(m.createMeetingMutation, users.secretariat, {
    title: "Hội nghị trực tuyến triển khai nhiệm vụ năm 2027",
    kind: "THEMATIC",
    mode: "HYBRID",
    organiserUnitId: ids.town,
    startsAt: at(days, start),
    endsAt: at(days, end),
    ...extra,
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("creating a meeting", () => {
  it("refuses callers who do not schedule, writing nothing", async () => {
    const before = await counts();
    for (const caller of [users.nghiHai, users.chair]) {
      const result = await runAction(m.createMeetingMutation, caller, {
        title: "X",
        kind: "BRIEFING",
        mode: "ON_SITE",
        organiserUnitId: caller.unitId,
        startsAt: at(10, "08:00"),
        endsAt: at(10, "09:00"),
      });
      expect(result).toEqual({ ok: false, message: "errors.forbidden" });
    }
    expect(await counts()).toEqual(before);
  });

  it("keeps a secretariat to its own organisation", async () => {
    const result = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "Hội nghị của tỉnh",
      kind: "THEMATIC",
      mode: "ONLINE",
      organiserUnitId: ids.province,
      startsAt: at(10, "08:00"),
      endsAt: at(10, "09:00"),
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { organiserUnitId: "scheduling.validation.notYourUnit" } });
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const result = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "",
      kind: "PARTY",
      mode: "ONLINE",
      organiserUnitId: ids.town,
      startsAt: at(10, "10:00"),
      endsAt: at(10, "09:00"),
    });
    expect(result).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
      fieldErrors: { title: "validation.required", kind: "validation.invalid" },
    });
    const backwards = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "Họp",
      kind: "BRIEFING",
      mode: "ONLINE",
      organiserUnitId: ids.town,
      startsAt: at(10, "10:00"),
      endsAt: at(10, "09:00"),
    });
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endsAt: "validation.endBeforeStart" } });
    const garbage = await runAction(m.createMeetingMutation, users.secretariat, {
      title: ["a"],
      startsAt: "mai",
      endsAt: 5,
    });
    expect(garbage.ok).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("creates a draft and audits it", async () => {
    const id = await newMeeting(20);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect(meeting).toMatchObject({
      status: "DRAFT",
      organiserUnitId: ids.town,
      titleAscii: "hoi nghi truc tuyen trien khai nhiem vu nam 2027",
    });
    expect(
      await db.auditLog.count({ where: { entityId: id, action: "meeting.create", actorId: users.secretariat.id } }),
    ).toBe(1);
  });
});

describe("recurring meetings", () => {
  it("creates a weekly series of drafts from the first occurrence", async () => {
    const result = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "Giao ban tuần",
      kind: "BRIEFING",
      mode: "ON_SITE",
      organiserUnitId: ids.town,
      startsAt: "2027-03-01T07:30",
      endsAt: "2027-03-01T09:00",
      repeat: "WEEKLY",
      repeatCount: "3",
    });
    expect(result).toMatchObject({ ok: true, data: { count: 3 } });
    if (!result.ok) return;
    const first = await db.meeting.findUniqueOrThrow({ where: { id: result.data.id } });
    const series = await db.meeting.findMany({ where: { seriesId: first.seriesId! }, orderBy: { startsAt: "asc" } });
    expect(series.map((s) => s.startsAt.toISOString())).toEqual([
      "2027-03-01T00:30:00.000Z",
      "2027-03-08T00:30:00.000Z",
      "2027-03-15T00:30:00.000Z",
    ]);
    expect((await db.meetingSeries.findUniqueOrThrow({ where: { id: first.seriesId! } })).rule).toContain(
      "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3",
    );
  });

  it("refuses an unbounded or silly repeat count", async () => {
    const result = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "Giao ban",
      kind: "BRIEFING",
      mode: "ON_SITE",
      organiserUnitId: ids.town,
      startsAt: "2027-03-01T07:30",
      endsAt: "2027-03-01T09:00",
      repeat: "WEEKLY",
      repeatCount: 5000,
    });
    expect(result).toMatchObject({ ok: false, fieldErrors: { repeatCount: "validation.tooLarge" } });
  });
});

describe("connection points, chairs and conflicts", () => {
  it("refuses a chair who chairs an overlapping meeting, then accepts another chair", async () => {
    // The demo briefing is chaired by Hoàng Văn Phúc; put a new meeting at the same time.
    const briefing = await db.meeting.findFirstOrThrow({ where: { kind: "BRIEFING", status: "SCHEDULED" } });
    const id = await newMeeting(0, "00:00", "00:01", {
      startsAt: toLocalInput(briefing.startsAt),
      endsAt: toLocalInput(new Date(briefing.startsAt.getTime() + 3_600_000)),
    });
    const before = await counts();
    const clash = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
      chairOfficialId: ids.phuc,
    });
    expect(clash).toMatchObject({ ok: false, message: "scheduling.conflicts.refused" });
    const conflicts = (clash as { details: { conflicts: { kind: string; params: Record<string, string> }[] } }).details
      .conflicts;
    expect(conflicts.map((c) => c.kind)).toEqual(["CHAIR_OVERLAP"]);
    expect(conflicts[0]!.params.official).toBe("Hoàng Văn Phúc");
    expect(conflicts[0]!.params.meeting).toBe(briefing.title);
    expect(await counts()).toEqual(before);

    const fixed = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
      chairOfficialId: ids.long,
    });
    expect(fixed.ok).toBe(true);

    const booked = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.room,
      isMain: false,
      chairOfficialId: "",
    });
    expect(booked).toMatchObject({ ok: false, message: "scheduling.conflicts.refused" });
    expect((booked as { details: { conflicts: { kind: string }[] } }).details.conflicts.map((c) => c.kind)).toEqual([
      "POINT_DOUBLE_BOOKED",
    ]);
  });
});

describe("conflicts with meetings the caller may not see", () => {
  type Refusal = { details: { conflicts: { kind: string; params: Record<string, string> }[] } };
  const SECRET = "Họp bàn công tác nhân sự của Thường trực UBND tỉnh";

  it("name them only as another meeting, and record the refused attempt", async () => {
    // The province's own meeting at its main hall, chaired by its vice chairman: not the town's to see.
    const secret = await db.meeting.create({
      data: {
        title: SECRET,
        titleAscii: "hop ban cong tac nhan su",
        kind: "BRIEFING",
        mode: "ON_SITE",
        status: "DRAFT",
        organiserUnitId: ids.province,
        startsAt: new Date(`${at(45, "08:00")}:00+07:00`),
        endsAt: new Date(`${at(45, "11:00")}:00+07:00`),
        points: { create: { connectionPointId: ids.mainHall, isMain: true, chairOfficialId: ids.long } },
      },
    });
    const draft = await newMeeting(45, "09:00", "10:00");
    const probe = { meetingId: draft, connectionPointId: ids.mainHall, isMain: true, chairOfficialId: ids.long };
    const before = await counts();
    const refused = await runAction(m.addPointMutation, users.secretariat, probe);
    expect(refused).toMatchObject({ ok: false, message: "scheduling.conflicts.refused" });
    expect((refused as Refusal).details.conflicts).toEqual([
      { kind: "CHAIR_OVERLAP_OTHER", params: { official: "Bùi Đình Long" } },
      { kind: "POINT_DOUBLE_BOOKED_OTHER", params: { point: "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An" } },
    ]);
    expect(JSON.stringify(refused)).not.toContain(SECRET);
    expect(await counts()).toEqual(before);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "meeting.conflictsRefused", entityId: draft },
      orderBy: { at: "desc" },
    });
    expect(audit.actorId).toBe(users.secretariat.id);
    expect(JSON.parse(audit.after!)).toMatchObject({
      attempted: "meetingPoint.add",
      input: { connectionPointId: ids.mainHall, chairOfficialId: ids.long },
      conflicts: [
        { kind: "CHAIR_OVERLAP", officialId: ids.long, other: secret.id },
        { kind: "POINT_DOUBLE_BOOKED", connectionPointId: ids.mainHall, other: secret.id },
      ],
    });

    // An administrator sees the province's meeting and is told its name, unless it is confidential.
    const named = await runAction(m.addPointMutation, users.admin, probe);
    expect((named as Refusal).details.conflicts.map((c) => [c.kind, c.params.meeting])).toEqual([
      ["CHAIR_OVERLAP", SECRET],
      ["POINT_DOUBLE_BOOKED", SECRET],
    ]);
    await db.meeting.update({ where: { id: secret.id }, data: { confidential: true } });
    const confidential = await runAction(m.addPointMutation, users.admin, probe);
    expect((confidential as Refusal).details.conflicts.map((c) => c.kind)).toEqual([
      "CHAIR_OVERLAP_OTHER",
      "POINT_DOUBLE_BOOKED_OTHER",
    ]);
    expect(await db.auditLog.count({ where: { action: "meeting.conflictsRefused", entityId: draft } })).toBe(3);
    await db.meeting.update({ where: { id: secret.id }, data: { status: "CANCELLED" } });
  });
});

describe("inviting units", () => {
  it("invites the 7 wards of Cửa Lò through the children picker, once per meeting", async () => {
    const id = await newMeeting(12);
    const hall = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
      chairOfficialId: ids.phuc,
    });
    const room = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.room,
      isMain: false,
    });
    if (!hall.ok || !room.ok) throw new Error("points");
    const invited = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: hall.data.id,
      how: "children",
      parentUnitId: ids.town,
      seats: "2",
      answerDeadline: at(10, "16:00"),
    });
    expect(invited).toEqual({ ok: true, data: { invited: 7, alreadyInvited: 0, skippedNoLongerExisting: 0 } });
    const names = (await db.invitation.findMany({ where: { meetingPointId: hall.data.id }, include: { unit: true } }))
      .map((i) => i.unit.name)
      .sort();
    expect(names).toEqual(
      [
        "Phường Nghi Hải",
        "Phường Nghi Hòa",
        "Phường Nghi Hương",
        "Phường Nghi Tân",
        "Phường Nghi Thu",
        "Phường Nghi Thủy",
        "Phường Thu Thủy",
      ].sort(),
    );

    const again = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: hall.data.id,
      how: "children",
      parentUnitId: ids.town,
      seats: 2,
    });
    expect(again).toMatchObject({ ok: true, data: { invited: 0, alreadyInvited: 7 } });

    const before = await counts();
    const twice = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: room.data.id,
      how: "units",
      unitIds: [ids.nghiHai],
      seats: 1,
    });
    expect(twice).toMatchObject({ ok: false, message: "scheduling.conflicts.refused" });
    expect(
      (twice as { details: { conflicts: { kind: string; params: Record<string, string> }[] } }).details.conflicts[0],
    ).toMatchObject({ kind: "UNIT_AT_TWO_POINTS", params: { unit: "Phường Nghi Hải" } });
    expect(await counts()).toEqual(before);

    const mass = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: room.data.id,
      how: "block",
      parentUnitId: ids.town,
      block: "FRONT_AND_MASS",
      seats: 1,
    });
    expect(mass).toMatchObject({ ok: true, data: { invited: 6 } });
  });

  it("does not invite a unit that no longer exists on the meeting date", async () => {
    const id = await newMeeting(13);
    const point = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
    });
    if (!point.ok) throw new Error("point");
    const result = await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: point.data.id,
      how: "units",
      unitIds: [ids.labourDept],
      seats: 1,
    });
    expect(result).toMatchObject({
      ok: false,
      message: "scheduling.errors.unitsNoLongerExist",
      details: { units: ["Sở Lao động - Thương binh và Xã hội"] },
    });
  });
});

describe("sending invitations", () => {
  it("numbers the letter from the register, schedules the meeting and notifies the ward", async () => {
    const id = await newMeeting(14);
    const point = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.hall,
      isMain: true,
      chairOfficialId: ids.phuc,
    });
    if (!point.ok) throw new Error("point");
    await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: point.data.id,
      how: "children",
      parentUnitId: ids.town,
      seats: 2,
    });
    const before = await db.notification.count({ where: { userId: users.nghiHai.id } });
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id } });
    const sent = await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version });
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    expect(sent.data.sent).toBe(7);
    expect(sent.data.documentNumber).toMatch(/^\d{2,}\/GM-UBND$/);
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).status).toBe("SCHEDULED");
    expect(await db.notification.count({ where: { userId: users.nghiHai.id } })).toBe(before + 1);
    const numbers = new Set((await db.invitation.findMany({ where: { meetingId: id } })).map((i) => i.documentNumber));
    expect(numbers).toEqual(new Set([sent.data.documentNumber]));

    // A second mailing takes the next number of the same yearly register.
    const other = await newMeeting(15);
    const p2 = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: other,
      connectionPointId: ids.hall,
      isMain: true,
    });
    if (!p2.ok) throw new Error("point");
    await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: p2.data.id,
      how: "units",
      unitIds: [ids.nghiHai],
      seats: 1,
    });
    const v2 = (await db.meeting.findUniqueOrThrow({ where: { id: other } })).version;
    const second = await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: other, version: v2 });
    const n = (s: string) => Number(s.split("/")[0]);
    expect(second.ok && n(second.data.documentNumber)).toBe(n(sent.data.documentNumber) + 1);
  });

  it("refuses fewer than 3 working days ahead unless the meeting is urgent", async () => {
    const id = await newMeeting(1, "08:00", "09:00");
    const point = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: id,
      connectionPointId: ids.mainHall,
      isMain: true,
    });
    if (!point.ok) throw new Error("point");
    await runAction(m.inviteUnitsMutation, users.secretariat, {
      meetingPointId: point.data.id,
      how: "units",
      unitIds: [ids.nghiHai],
      seats: 1,
    });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    const late = await runAction(m.sendInvitationsMutation, users.secretariat, {
      meetingId: id,
      version: meeting.version,
    });
    expect(late).toMatchObject({ ok: false, message: "scheduling.conflicts.refused" });
    expect((late as { details: { conflicts: { kind: string }[] } }).details.conflicts.map((c) => c.kind)).toEqual([
      "LATE_INVITATION",
    ]);
    expect((await db.invitation.findFirstOrThrow({ where: { meetingId: id } })).sentAt).toBeNull();

    const urgent = await runAction(m.updateMeetingMutation, users.secretariat, {
      id,
      version: meeting.version,
      title: meeting.title,
      kind: meeting.kind,
      mode: meeting.mode,
      organiserUnitId: ids.town,
      startsAt: toLocalInput(meeting.startsAt),
      endsAt: toLocalInput(meeting.endsAt),
      urgent: true,
    });
    expect(urgent.ok).toBe(true);
    const v = (await db.meeting.findUniqueOrThrow({ where: { id } })).version;
    expect((await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version: v })).ok).toBe(
      true,
    );
  });
});

describe("editing, rescheduling, cancelling", () => {
  it("refuses a save made on an out-of-date form", async () => {
    const id = await newMeeting(16);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    const base = {
      id,
      title: meeting.title,
      kind: meeting.kind,
      mode: meeting.mode,
      organiserUnitId: ids.town,
      startsAt: toLocalInput(meeting.startsAt),
      endsAt: toLocalInput(meeting.endsAt),
    };
    expect(
      (
        await runAction(m.updateMeetingMutation, users.secretariat, {
          ...base,
          version: meeting.version,
          title: "Bản của người thứ nhất",
        })
      ).ok,
    ).toBe(true);
    const stale = await runAction(m.updateMeetingMutation, users.secretariat, {
      ...base,
      version: meeting.version,
      title: "Bản của người thứ hai",
    });
    expect(stale).toEqual({ ok: false, message: "errors.staleVersion", fieldErrors: undefined, details: undefined });
    expect((await db.meeting.findUniqueOrThrow({ where: { id } })).title).toBe("Bản của người thứ nhất");
  });

  it("tells invited units about a new time and a cancellation", async () => {
    const briefing = await db.meeting.findFirstOrThrow({ where: { kind: "BRIEFING", status: "SCHEDULED" } });
    const before = await db.notification.count({ where: { userId: users.nghiHai.id } });
    const later = new Date(briefing.startsAt.getTime() + 7 * DAY);
    const moved = await runAction(m.updateMeetingMutation, users.secretariat, {
      id: briefing.id,
      version: briefing.version,
      title: briefing.title,
      kind: briefing.kind,
      mode: briefing.mode,
      organiserUnitId: ids.town,
      startsAt: toLocalInput(later),
      endsAt: toLocalInput(new Date(later.getTime() + 2 * 3_600_000)),
    });
    expect(moved.ok).toBe(true);
    const notes = await db.notification.findMany({
      where: { userId: users.nghiHai.id },
      orderBy: { createdAt: "desc" },
    });
    // Earlier answers are kept, and the meeting page flags them as given for the old time.
    const answered = await db.invitation.findFirstOrThrow({ where: { meetingId: briefing.id, unitId: ids.nghiHai } });
    await db.invitationResponse.create({
      data: {
        invitationId: answered.id,
        kind: "CONFIRM",
        forStartsAt: briefing.startsAt,
        respondedById: users.nghiHai.id,
      },
    });
    const page = await getMeeting(users.secretariat, briefing.id);
    const line = page.points.flatMap((p) => p.invitations).find((i) => i.id === answered.id)!;
    expect(line.answeredForOldTime).toBe(true);
    expect(notes.length).toBe(before + 1);
    expect(notes[0]!.kind).toBe("meeting.rescheduled");

    const noReason = await runAction(m.cancelMeetingMutation, users.secretariat, {
      id: briefing.id,
      version: briefing.version + 1,
      reason: " ",
    });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: "validation.required" } });
    const cancelled = await runAction(m.cancelMeetingMutation, users.secretariat, {
      id: briefing.id,
      version: briefing.version + 1,
      reason: "Lãnh đạo đi công tác đột xuất",
    });
    expect(cancelled.ok).toBe(true);
    expect(await db.notification.count({ where: { userId: users.nghiHai.id, kind: "meeting.cancelled" } })).toBe(1);
    expect(await db.meeting.findUniqueOrThrow({ where: { id: briefing.id } })).toMatchObject({
      status: "CANCELLED",
      cancelReason: "Lãnh đạo đi công tác đột xuất",
    });
  });

  it("duplicates a meeting as a draft at a new time with the same points and units", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const copy = await runAction(m.duplicateMeetingMutation, users.admin, { id: review.id, startsAt: at(40, "07:30") });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const dup = await db.meeting.findUniqueOrThrow({
      where: { id: copy.data.id },
      include: { points: true, invitations: { include: { unit: true } } },
    });
    expect(dup.status).toBe("DRAFT");
    expect(dup.points.length).toBe(2);
    // The merged labour department is not carried over to a date after the merger.
    expect(dup.invitations.map((i) => i.unit.name)).not.toContain("Sở Lao động - Thương binh và Xã hội");
    expect(dup.invitations.some((i) => i.sentAt)).toBe(false);
  });
});

describe("scope of the secretariat", () => {
  it("lets the Cửa Lò office run its own point of a provincial meeting, and nothing else of it", async () => {
    const provincial = await db.meeting.findFirstOrThrow({
      where: { kind: "THEMATIC", status: "SCHEDULED", organiserUnitId: ids.province },
    });
    const points = await db.meetingPoint.findMany({
      where: { meetingId: provincial.id },
      include: { connectionPoint: true },
    });
    const cuaLo = points.find((p) => p.connectionPoint.hostUnitId === ids.town)!;
    const main = points.find((p) => p.isMain)!;
    const base = {
      id: provincial.id,
      version: provincial.version,
      title: "Đổi tên",
      kind: provincial.kind,
      mode: provincial.mode,
      organiserUnitId: ids.province,
      startsAt: toLocalInput(provincial.startsAt),
      endsAt: toLocalInput(provincial.endsAt),
    };
    expect(await runAction(m.updateMeetingMutation, users.secretariat, base)).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(
      await runAction(m.cancelMeetingMutation, users.secretariat, {
        id: provincial.id,
        version: provincial.version,
        reason: "x",
      }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(
      await runAction(m.recordTechTestMutation, users.secretariat, { pointId: main.id, result: "READY" }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(
      (
        await runAction(m.recordTechTestMutation, users.secretariat, {
          pointId: cuaLo.id,
          result: "PROBLEM",
          note: "Mất tiếng ở điểm cầu",
        })
      ).ok,
    ).toBe(true);
  });

  it("lets the host of one point neither take the main point nor name a chair from outside its unit", async () => {
    const provincial = await db.meeting.findFirstOrThrow({
      where: { kind: "THEMATIC", status: "SCHEDULED", organiserUnitId: ids.province },
    });
    const cuaLo = await db.meetingPoint.findFirstOrThrow({
      where: { meetingId: provincial.id, connectionPoint: { hostUnitId: ids.town } },
    });
    const points = () =>
      db.meetingPoint.findMany({
        where: { meetingId: provincial.id },
        orderBy: { id: "asc" },
        select: { id: true, isMain: true, chairOfficialId: true },
      });
    const state = async () => ({ points: await points(), counts: await counts() });
    const techTestAt = cuaLo.techTestAt ? toLocalInput(cuaLo.techTestAt) : "";
    const update = (fields: { isMain?: boolean; chairOfficialId?: string }) =>
      runAction(m.updatePointMutation, users.secretariat, {
        pointId: cuaLo.id,
        isMain: false,
        chairOfficialId: cuaLo.chairOfficialId ?? "",
        techTestAt,
        ...fields,
      });
    expect(cuaLo.chairOfficialId).toBe(ids.phuc);
    const before = await state();
    expect(await update({ isMain: true })).toEqual({ ok: false, message: "scheduling.errors.mainByOrganiser" });
    // The province's vice chairman is not the town's to assign; nor is any other unit's official.
    expect(await update({ chairOfficialId: ids.long })).toEqual({
      ok: false,
      message: "errors.invalidInput",
      fieldErrors: { chairOfficialId: "scheduling.validation.chairNotOfHost" },
    });
    expect(await state()).toEqual(before);

    // Its own vice chairman, and no chair at all, it may choose; the organiser's main point stays.
    expect((await update({ chairOfficialId: "" })).ok).toBe(true);
    expect((await update({ chairOfficialId: ids.phuc })).ok).toBe(true);
    expect(await points()).toEqual(before.points);
    // The organiser chooses any official.
    const provinceOffice = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
    for (const chairOfficialId of [ids.long, ids.phuc])
      expect(
        await runAction(m.updatePointMutation, provinceOffice, {
          pointId: cuaLo.id,
          isMain: false,
          chairOfficialId,
          techTestAt,
        }),
      ).toMatchObject({ ok: true, data: { chairOfficialId } });
  });

  it("treats another organisation's meeting as not found", async () => {
    const other = await db.meeting.create({
      data: {
        title: "Họp nội bộ của tỉnh",
        titleAscii: "hop noi bo cua tinh",
        kind: "BRIEFING",
        mode: "ON_SITE",
        organiserUnitId: ids.province,
        startsAt: new Date(Date.now() + 30 * DAY),
        endsAt: new Date(Date.now() + 30 * DAY + 3_600_000),
      },
    });
    const result = await runAction(m.addPointMutation, users.secretariat, {
      meetingId: other.id,
      connectionPointId: ids.hall,
      isMain: true,
    });
    expect(result).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await db.meetingPoint.count({ where: { meetingId: other.id } })).toBe(0);
  });
});
