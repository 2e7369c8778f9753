import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import { addWalkIn, checkInList, checkInPointIds } from "./checkin";
import { addWalkInMutation, markAttendanceMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let review: { id: string; cuaLo: string; main: string };
const REVIEW =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023";

const person = (fullName: string, pointId = review.cuaLo) =>
  db.attendee.findFirstOrThrow({ where: { fullName, meetingPointId: pointId } });
/** Everything a refused call must leave untouched. */
const snapshot = async () => ({
  attendees: await db.attendee.findMany({
    orderBy: { id: "asc" },
    select: { id: true, checkIn: true, absenceReason: true, checkedInAt: true },
  }),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  users = await seedDemoOnce();
  const meeting = await db.meeting.findFirstOrThrow({
    where: { title: REVIEW },
    include: { points: { include: { connectionPoint: true } } },
  });
  review = {
    id: meeting.id,
    cuaLo: meeting.points.find((p) => p.connectionPoint.name.includes("Cửa Lò"))!.id,
    main: meeting.points.find((p) => p.isMain)!.id,
  };
});

describe("the check-in list of the Cửa Lò point of the 27/12/2022 conference", () => {
  it("groups the expected people by unit, in Vietnamese order, people by given name, with headcounts", async () => {
    const list = await checkInList(users.secretariat, review.cuaLo);
    expect(list.meeting.id).toBe(review.id);
    expect(list.window).toBe("open"); // after the start: corrections stay possible
    expect(list.counts).toEqual({ expected: 24, onSite: 24, online: 0, absent: 0, notYet: 0, present: 24 });
    const names = list.groups.map((g) => g.unitName!);
    expect(names).toHaveLength(17);
    expect(names).toEqual([...names].sort(new Intl.Collator("vi").compare));
    expect(names.indexOf("Phường Nghi Hải")).toBeLessThan(names.indexOf("Phường Nghi Hòa"));
    const huong = list.groups.find((g) => g.unitName === "Phường Nghi Hương")!;
    expect(huong.invitationStatus).toBe("SUBSTITUTE");
    // Cường before Thanh: by given name, not by family name.
    expect(huong.people.map((p) => p.fullName)).toEqual(["Ngô Văn Cường", "Nguyễn Thị Thanh"]);
    expect(huong.people[0]!.replaces).toBe("Hồ Sỹ Hương");
    expect(list.nobodyExpected).toEqual([]);
  });

  it("is there for the secretariat running the point, and for nobody else", async () => {
    await expect(checkInList(users.nghiHai, review.cuaLo)).rejects.toMatchObject({ key: "errors.forbidden" });
    await expect(checkInList(users.chair, review.cuaLo)).rejects.toMatchObject({ key: "errors.forbidden" });
    const otherWard = await userFor("SECRETARIAT", "Phường Nghi Hòa");
    await expect(checkInList(otherWard, review.cuaLo)).rejects.toMatchObject({ key: "errors.notFound" });
    expect(await checkInPointIds(users.secretariat, review.id)).toEqual([review.cuaLo]);
    expect(await checkInPointIds(users.admin, review.id)).toEqual([review.main, review.cuaLo]);
    expect(await checkInPointIds(users.nghiHai, review.id)).toEqual([]);
  });
});

describe("marking attendance", () => {
  it("marks present online, absent with a reason, and back, with the counts following and an audit record each time", async () => {
    const hai = await person("Nguyễn Văn Hải");
    const audit = await db.auditLog.count({ where: { entityId: hai.id } });

    const online = await runAction(markAttendanceMutation, users.secretariat, {
      attendeeId: hai.id,
      status: "PRESENT_ONLINE",
      absenceReason: "ignored",
    });
    expect(online).toMatchObject({ ok: true, data: { checkIn: "PRESENT_ONLINE", absenceReason: null } });
    expect((await checkInList(users.secretariat, review.cuaLo)).counts).toMatchObject({
      onSite: 23,
      online: 1,
      present: 24,
    });

    const absent = await runAction(markAttendanceMutation, users.secretariat, {
      attendeeId: hai.id,
      status: "ABSENT",
      absenceReason: "Đi công tác theo kế hoạch của tỉnh",
    });
    expect(absent).toMatchObject({
      ok: true,
      data: { checkIn: "ABSENT", absenceReason: "Đi công tác theo kế hoạch của tỉnh" },
    });
    expect((await checkInList(users.secretariat, review.cuaLo)).counts).toMatchObject({
      expected: 24,
      onSite: 23,
      online: 0,
      absent: 1,
      present: 23,
    });

    const reset = await runAction(markAttendanceMutation, users.secretariat, {
      attendeeId: hai.id,
      status: "EXPECTED",
    });
    expect(reset).toMatchObject({ ok: true, data: { checkIn: "EXPECTED", absenceReason: null, checkedInAt: null } });
    expect((await checkInList(users.secretariat, review.cuaLo)).counts).toMatchObject({ absent: 0, notYet: 1 });

    await runAction(markAttendanceMutation, users.secretariat, { attendeeId: hai.id, status: "PRESENT_ON_SITE" });
    const entries = await db.auditLog.findMany({ where: { entityId: hai.id, action: "attendee.checkIn" } });
    expect(entries.length - audit).toBe(4);
    expect(entries.every((e) => e.actorId === users.secretariat.id)).toBe(true);
    expect(entries.map((e) => JSON.parse(e.after!))).toContainEqual(
      expect.objectContaining({ checkIn: "ABSENT", absenceReason: "Đi công tác theo kế hoạch của tỉnh" }),
    );
  });

  it("refuses an absence without a reason, writing nothing", async () => {
    const lan = await person("Trần Thị Lan");
    const before = await snapshot();
    for (const absenceReason of [undefined, "", "   "]) {
      const result = await runAction(markAttendanceMutation, users.secretariat, {
        attendeeId: lan.id,
        status: "ABSENT",
        absenceReason,
      });
      expect(result).toEqual({
        ok: false,
        message: "errors.invalidInput",
        fieldErrors: { absenceReason: "attendance.checkIn.validation.reasonRequired" },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a unit representative, a chair and another organisation's secretariat, writing nothing", async () => {
    const lan = await person("Trần Thị Lan");
    const otherTown = await userFor("SECRETARIAT", "Phường Nghi Thu");
    const before = await snapshot();
    for (const [caller, message] of [
      [users.nghiHai, "errors.forbidden"],
      [users.chair, "errors.forbidden"],
      [otherTown, "errors.notFound"],
    ] as const) {
      expect(await runAction(markAttendanceMutation, caller, { attendeeId: lan.id, status: "PRESENT_ONLINE" })).toEqual(
        { ok: false, message },
      );
      expect(
        await runAction(addWalkInMutation, caller, {
          meetingPointId: review.cuaLo,
          fullName: "Nguyễn Văn A",
          title: "Chuyên viên",
        }),
      ).toEqual({ ok: false, message });
    }
    expect(await runAction(markAttendanceMutation, null, { attendeeId: lan.id, status: "PRESENT_ONLINE" })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("lets the point's own secretary check in, whatever their role, at their point only", async () => {
    // Lê Minh Tuấn is the secretary of the main point; give him a chair's account that chairs nothing.
    const tuan = await userFor("CHAIR", "Tỉnh Nghệ An", "Lê Minh Tuấn");
    const director = await person("Nguyễn Văn Quang", review.main);
    const result = await runAction(markAttendanceMutation, tuan, { attendeeId: director.id, status: "PRESENT_ONLINE" });
    expect(result).toMatchObject({ ok: true, data: { checkIn: "PRESENT_ONLINE" } });
    expect((await checkInList(tuan, review.main)).counts.online).toBe(1);
    const lan = await person("Trần Thị Lan");
    expect(await runAction(markAttendanceMutation, tuan, { attendeeId: lan.id, status: "PRESENT_ONLINE" })).toEqual({
      ok: false,
      message: "errors.notFound",
    });
  });

  it("no longer lists, nor marks, a person named in an answer since replaced", async () => {
    const invitation = await db.invitation.findFirstOrThrow({
      where: { meetingPointId: review.cuaLo, unit: { name: "Phường Nghi Tân" } },
    });
    const answer = (at: string) =>
      db.invitationResponse.create({
        data: {
          invitationId: invitation.id,
          kind: "CONFIRM",
          forStartsAt: new Date("2022-12-27T00:30:00Z"),
          respondedById: users.secretariat.id,
          createdAt: new Date(at),
        },
      });
    const second = await answer("2022-12-23T01:00:00Z");
    const named = await db.attendee.create({
      data: {
        meetingPointId: review.cuaLo,
        invitationId: invitation.id,
        responseId: second.id,
        fullName: "Đặng Văn Khoa",
        title: "Công chức",
      },
    });
    expect((await checkInList(users.secretariat, review.cuaLo)).counts.expected).toBe(25);
    await answer("2022-12-23T02:00:00Z");
    const list = await checkInList(users.secretariat, review.cuaLo);
    expect(list.counts.expected).toBe(24);
    expect(list.groups.flatMap((g) => g.people.map((p) => p.id))).not.toContain(named.id);
    expect(
      await runAction(markAttendanceMutation, users.secretariat, { attendeeId: named.id, status: "PRESENT_ON_SITE" }),
    ).toEqual({ ok: false, message: "errors.notFound" });
  });
});

describe("walk-ins", () => {
  it("adds a walk-in, present on site, counted with the invited unit they name (accents optional)", async () => {
    const result = await runAction(addWalkInMutation, users.secretariat, {
      meetingPointId: review.cuaLo,
      fullName: "Trần Quốc Việt".normalize("NFD"),
      title: "Phó Chủ tịch UBND phường Nghi Hải",
      unitName: "phuong nghi hai",
    });
    expect(result).toMatchObject({ ok: true, data: { fullName: "Trần Quốc Việt", checkIn: "PRESENT_ON_SITE" } });
    if (!result.ok) return;
    const stored = await db.attendee.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { invitation: { include: { unit: true } } },
    });
    expect(stored).toMatchObject({ walkIn: true, responseId: null, title: "Phó Chủ tịch UBND phường Nghi Hải" });
    expect(stored.invitation?.unit.name).toBe("Phường Nghi Hải");
    expect(stored.checkedInAt).not.toBeNull();
    const list = await checkInList(users.secretariat, review.cuaLo);
    expect(list.groups.find((g) => g.unitName === "Phường Nghi Hải")!.people.map((p) => p.fullName)).toEqual([
      "Nguyễn Văn Hải",
      "Trần Thị Lan",
      "Trần Quốc Việt",
    ]);
    expect(await db.auditLog.count({ where: { entityId: result.data.id, action: "attendee.walkIn" } })).toBe(1);
  });

  it("keeps a unit not invited here with the title, in a group of its own", async () => {
    const result = await runAction(addWalkInMutation, users.secretariat, {
      meetingPointId: review.cuaLo,
      fullName: "Lê Thị Hồng",
      title: "Phóng viên",
      unitName: "Báo Nghệ An",
    });
    expect(result).toMatchObject({ ok: true, data: { title: "Phóng viên, Báo Nghệ An", invitationId: null } });
    const list = await checkInList(users.secretariat, review.cuaLo);
    expect(list.groups.at(-1)).toMatchObject({ unitName: null, invitationId: null });
    expect(list.groups.at(-1)!.people.map((p) => p.fullName)).toContain("Lê Thị Hồng");
  });

  it("refuses the same person twice and bad input, writing nothing", async () => {
    const before = await snapshot();
    const twice = await runAction(addWalkInMutation, users.secretariat, {
      meetingPointId: review.cuaLo,
      fullName: "Trần Thị Lan",
      title: "Công chức",
      unitName: "Phường Nghi Hải",
    });
    expect(twice).toEqual({
      ok: false,
      message: "errors.invalidInput",
      fieldErrors: { fullName: "attendance.checkIn.validation.alreadyListed" },
    });
    const blank = await runAction(addWalkInMutation, users.secretariat, {
      meetingPointId: review.cuaLo,
      fullName: "  ",
      title: "",
    });
    expect(blank).toMatchObject({
      ok: false,
      fieldErrors: { fullName: "validation.required", title: "validation.required" },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("only on the day", () => {
  it("refuses before the meeting's day and more than 2 hours before the start, and opens on the day", async () => {
    const briefing = await db.meeting.findFirstOrThrow({
      where: { kind: "BRIEFING", status: "SCHEDULED", organiserUnitId: users.secretariat.unitId },
      include: { points: true },
    });
    const pointId = briefing.points[0]!.id;
    const before = await snapshot();
    const early = await runAction(addWalkInMutation, users.secretariat, {
      meetingPointId: pointId,
      fullName: "Nguyễn Văn B",
      title: "Chuyên viên",
    });
    expect(early).toEqual({ ok: false, message: "attendance.checkIn.errors.notOpenYet" });
    expect(await snapshot()).toEqual(before);
    const list = await checkInList(users.secretariat, pointId);
    expect(list.window).toBe("notYet");
    expect(list.nobodyExpected.length).toBeGreaterThan(0);

    // 06:00 on the day (Vietnam), before the 07:30 start: open.
    const dayStart = new Date(briefing.startsAt.getTime() - 90 * 60_000);
    const added = await addWalkIn(
      users.secretariat,
      { meetingPointId: pointId, fullName: "Nguyễn Văn B", title: "Chuyên viên", unitName: null },
      dayStart,
    );
    expect(added.checkIn).toBe("PRESENT_ON_SITE");
  });

  it("refuses a draft meeting", async () => {
    const draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" }, include: { points: true } });
    const result = await addWalkIn(
      users.secretariat,
      { meetingPointId: draft.points[0]!.id, fullName: "Nguyễn Văn C", title: "Chuyên viên", unitName: null },
      draft.startsAt,
    ).catch((e: { key: string }) => e.key);
    expect(result).toBe("attendance.checkIn.errors.draft");
  });
});
