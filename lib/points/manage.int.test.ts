import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { toLocalInput } from "@/lib/datetime/vietnam";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import * as meetings from "@/lib/meetings/mutations";
import { getMeeting } from "@/lib/meetings/data";
import * as m from "./mutations";
import { getConnectionPoint, listConnectionPoints } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; nghiThuy: string; nghiHai: string; province: string; cuaLoHall: string; mainHall: string };

const DAY = 86_400_000;
const at = (days: number, hhmm: string) => `${toLocalInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${hhmm}`;

/** Every row of the registry with the audit count: what a refused call must leave as it was. */
const snapshot = async () => ({
  points: await db.connectionPoint.findMany({ orderBy: { id: "asc" } }),
  meetingPoints: await db.meetingPoint.count(),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  const point = (name: string) => db.connectionPoint.findFirstOrThrow({ where: { name } }).then((p) => p.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    nghiThuy: await unit("Phường Nghi Thủy"),
    nghiHai: await unit("Phường Nghi Hải"),
    province: await unit("Tỉnh Nghệ An"),
    cuaLoHall: await point("Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã"),
    mainHall: await point("Điểm cầu chính - Hội trường UBND tỉnh Nghệ An"),
  };
});

async function newPoint(name: string, hostUnitId = ids.nghiThuy) {
  const result = await runAction(m.createConnectionPointMutation, users.secretariat, { name, hostUnitId });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db.connectionPoint.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function newMeeting(days: number) {
  const result = await runAction(meetings.createMeetingMutation, users.secretariat, {
    title: "Giao ban phường",
    kind: "BRIEFING",
    mode: "ON_SITE",
    organiserUnitId: ids.town,
    startsAt: at(days, "14:00"),
    endsAt: at(days, "15:00"),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

const addPoint = (meetingId: string, connectionPointId: string) =>
  runAction(meetings.addPointMutation, users.secretariat, { meetingId, connectionPointId });

const edit = (point: { id: string; updatedAt: Date; hostUnitId: string }, fields: Record<string, unknown> = {}) => ({
  id: point.id,
  updatedAt: point.updatedAt.toISOString(),
  name: "Điểm cầu phường Nghi Thủy - Hội trường mới",
  hostUnitId: point.hostUnitId,
  address: "Đường Bình Minh, phường Nghi Thủy",
  room: "Tầng 2",
  capacity: "80",
  equipment: "Màn hình LED, 2 micro không dây",
  technicianName: "Nguyễn Văn Tâm",
  technicianPhone: "0912 345 678",
  videoLink: "https://hop.example/nghi-thuy",
  ...fields,
});

describe("editing a connection point", () => {
  it("lets the town secretariat change every field of its ward's point, audited before and after", async () => {
    const point = await newPoint("Điểm cầu phường Nghi Thủy");
    const result = await runAction(m.updateConnectionPointMutation, users.secretariat, edit(point));
    expect(result.ok).toBe(true);
    const after = await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(after).toMatchObject({
      name: "Điểm cầu phường Nghi Thủy - Hội trường mới",
      nameAscii: "diem cau phuong nghi thuy - hoi truong moi",
      address: "Đường Bình Minh, phường Nghi Thủy",
      room: "Tầng 2",
      capacity: 80,
      equipment: "Màn hình LED, 2 micro không dây",
      technicianName: "Nguyễn Văn Tâm",
      technicianPhone: "0912 345 678",
      videoLink: "https://hop.example/nghi-thuy",
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "connectionPoint.update", entityId: point.id },
    });
    expect(JSON.parse(audit.before!)).toMatchObject({ name: "Điểm cầu phường Nghi Thủy", capacity: null });
    expect(JSON.parse(audit.after!)).toMatchObject({
      name: "Điểm cầu phường Nghi Thủy - Hội trường mới",
      capacity: 80,
    });
    expect((await listConnectionPoints(users.admin, "hoi truong moi")).map((p) => p.id)).toEqual([point.id]);

    // Moved to another ward the town keeps, by an administrator: also fine.
    const moved = await runAction(
      m.updateConnectionPointMutation,
      users.admin,
      edit(after, { hostUnitId: ids.nghiHai }),
    );
    expect(moved.ok).toBe(true);
    expect((await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } })).hostUnitId).toBe(ids.nghiHai);
  });

  it("refuses a save over a newer one, keeping the newer", async () => {
    const point = await newPoint("Phòng họp phường Nghi Thủy");
    expect((await runAction(m.updateConnectionPointMutation, users.secretariat, edit(point, { room: "A" }))).ok).toBe(
      true,
    );
    const before = await snapshot();
    // A colleague's form, loaded before that save.
    expect(await runAction(m.updateConnectionPointMutation, users.admin, edit(point, { room: "B" }))).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(await snapshot()).toEqual(before);
    expect((await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } })).room).toBe("A");
  });

  it("refuses other roles, the signed-out, another unit's secretariat and bad input, writing nothing", async () => {
    const point = await newPoint("Nhà văn hóa khối 1, phường Nghi Thủy");
    const provinceOffice = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
    const wardOffice = await userFor("SECRETARIAT", "Phường Nghi Hải");
    const before = await snapshot();
    expect(await runAction(m.updateConnectionPointMutation, null, edit(point))).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    for (const caller of [users.chair, users.nghiHai])
      expect(await runAction(m.updateConnectionPointMutation, caller, edit(point))).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    // The province's office is two levels up, a neighbouring ward's office beside it: neither keeps it.
    for (const caller of [provinceOffice, wardOffice])
      expect(await runAction(m.updateConnectionPointMutation, caller, edit(point))).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
    // The town office may not touch the province's hall, nor hand its own point to the province.
    const mainHall = await db.connectionPoint.findUniqueOrThrow({ where: { id: ids.mainHall } });
    expect(await runAction(m.updateConnectionPointMutation, users.secretariat, edit(mainHall))).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(
      await runAction(m.updateConnectionPointMutation, users.secretariat, edit(point, { hostUnitId: ids.province })),
    ).toMatchObject({ ok: false, fieldErrors: { hostUnitId: "pointAdmin.validation.hostNotYours" } });
    expect(
      await runAction(
        m.updateConnectionPointMutation,
        users.secretariat,
        edit(point, { name: " ", capacity: "-3", videoLink: "ftp://x", updatedAt: "yesterday" }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        name: "validation.required",
        capacity: "validation.tooSmall",
        videoLink: "validation.url",
        updatedAt: "validation.invalid",
      },
    });
    expect(await runAction(m.updateConnectionPointMutation, users.admin, edit({ ...point, id: "nope" }))).toEqual({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("retiring a connection point", () => {
  it("is refused while a meeting ahead is booked there, writing nothing", async () => {
    const before = await snapshot();
    const result = await runAction(m.retireConnectionPointMutation, users.secretariat, { id: ids.cuaLoHall });
    expect(result).toMatchObject({ ok: false, message: "pointAdmin.errors.bookedAhead" });
    expect((result as { details: { count: number } }).details.count).toBeGreaterThan(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuses other roles, the signed-out and another unit's secretariat, writing nothing", async () => {
    const point = await newPoint("Hội trường khối 3, phường Nghi Thủy");
    const wardOffice = await userFor("SECRETARIAT", "Phường Nghi Hải");
    const before = await snapshot();
    expect(await runAction(m.retireConnectionPointMutation, null, { id: point.id })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    for (const caller of [users.chair, users.nghiHai, wardOffice])
      expect(await runAction(m.retireConnectionPointMutation, caller, { id: point.id })).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(m.retireConnectionPointMutation, users.secretariat, { id: "" })).toMatchObject({
      ok: false,
      fieldErrors: { id: "validation.required" },
    });
    expect(await runAction(m.restoreConnectionPointMutation, users.secretariat, { id: point.id })).toEqual({
      ok: false,
      message: "pointAdmin.errors.notRetired",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("takes a point out of booking while its past meetings keep it, and restoring brings it back", async () => {
    const point = await newPoint("Điểm cầu phường Nghi Thủy (cũ)");
    const held = await newMeeting(30);
    expect((await addPoint(held, point.id)).ok).toBe(true);
    // That meeting has since taken place (moved back in time here rather than waiting a month).
    await db.meeting.update({
      where: { id: held },
      data: { startsAt: new Date(Date.now() - 10 * DAY), endsAt: new Date(Date.now() - 10 * DAY + 3_600_000) },
    });

    expect((await runAction(m.retireConnectionPointMutation, users.secretariat, { id: point.id })).ok).toBe(true);
    const retired = await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } });
    expect(retired.retiredAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "connectionPoint.retire", entityId: point.id } })).toBe(1);
    expect(await runAction(m.retireConnectionPointMutation, users.admin, { id: point.id })).toEqual({
      ok: false,
      message: "pointAdmin.errors.alreadyRetired",
    });

    // The meeting held there still shows it; its page lists the meeting.
    expect((await getMeeting(users.secretariat, held)).points.map((p) => p.connectionPoint.name)).toContain(
      "Điểm cầu phường Nghi Thủy (cũ)",
    );
    expect((await getConnectionPoint(users.secretariat, point.id)).meetings.map((x) => x.id)).toEqual([held]);

    // The registry shows it only on request; a new meeting cannot book it, nor a copy of the old one.
    expect((await listConnectionPoints(users.secretariat, "nghi thuy cu")).map((p) => p.id)).toEqual([]);
    expect((await listConnectionPoints(users.secretariat, "nghi thuy cu", { retired: true })).map((p) => p.id)).toEqual(
      [point.id],
    );
    const next = await newMeeting(31);
    const before = await snapshot();
    expect(await addPoint(next, point.id)).toMatchObject({
      ok: false,
      fieldErrors: { connectionPointId: "scheduling.validation.unknownPoint" },
    });
    expect(await snapshot()).toEqual(before);
    const copy = await runAction(meetings.duplicateMeetingMutation, users.secretariat, {
      id: held,
      startsAt: at(32, "14:00"),
    });
    expect(copy.ok).toBe(true);
    expect(await db.meetingPoint.count({ where: { meetingId: (copy as { data: { id: string } }).data.id } })).toBe(0);

    expect((await runAction(m.restoreConnectionPointMutation, users.secretariat, { id: point.id })).ok).toBe(true);
    expect((await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } })).retiredAt).toBeNull();
    expect((await addPoint(next, point.id)).ok).toBe(true);
  });

  it("a copy of a meeting whose main point was retired makes its first remaining point the main one", async () => {
    const main = await newPoint("Hội trường chính tạm, phường Nghi Thủy");
    const other = await newPoint("Phòng họp tạm, phường Nghi Thủy");
    const held = await newMeeting(33);
    expect((await addPoint(held, main.id)).ok).toBe(true);
    expect((await addPoint(held, other.id)).ok).toBe(true);
    await db.meeting.update({
      where: { id: held },
      data: { startsAt: new Date(Date.now() - 5 * DAY), endsAt: new Date(Date.now() - 5 * DAY + 3_600_000) },
    });
    expect((await runAction(m.retireConnectionPointMutation, users.secretariat, { id: main.id })).ok).toBe(true);
    const copy = await runAction(meetings.duplicateMeetingMutation, users.secretariat, {
      id: held,
      startsAt: at(34, "14:00"),
    });
    if (!copy.ok) throw new Error(JSON.stringify(copy));
    expect(
      await db.meetingPoint.findMany({
        where: { meetingId: copy.data.id },
        select: { connectionPointId: true, isMain: true, position: true },
      }),
    ).toEqual([{ connectionPointId: other.id, isMain: true, position: 0 }]);
  });

  it("never ends retired and booked ahead when retiring and booking race", async () => {
    for (let round = 0; round < 3; round++) {
      const point = await newPoint(`Điểm cầu đua ${round}, phường Nghi Thủy`);
      const meeting = await newMeeting(40 + round);
      const [retire, book] = await Promise.all([
        runAction(m.retireConnectionPointMutation, users.admin, { id: point.id }),
        addPoint(meeting, point.id),
      ]);
      expect([retire.ok, book.ok].filter(Boolean)).toHaveLength(1);
      const retired = (await db.connectionPoint.findUniqueOrThrow({ where: { id: point.id } })).retiredAt !== null;
      const booked = (await db.meetingPoint.count({ where: { connectionPointId: point.id } })) > 0;
      expect({ retired, booked }).toEqual(
        retire.ok ? { retired: true, booked: false } : { retired: false, booked: true },
      );
    }
  });
});
