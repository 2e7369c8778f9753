import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { countTasks, listTasks } from "./tasks";
import { markDoneMutation, reopenMutation } from "./mutations";
import { previousConclusionsOf } from "./previous";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; province: string; nghiHai: string; labour: string; room: string; provinceHall: string };
let nghiHoa: SessionUser;
let labourRep: SessionUser;
let provinceSecretariat: SessionUser;

const DAY = 86_400_000;
const today = () => startOfDay(dayKey(new Date()));

beforeAll(async () => {
  users = await seedDemoOnce();
  const unit = (name: string) => db.unit.findFirstOrThrow({ where: { name } }).then((u) => u.id);
  const point = (name: string) => db.connectionPoint.findFirstOrThrow({ where: { name } }).then((p) => p.id);
  ids = {
    town: await unit("Thị xã Cửa Lò"),
    province: await unit("Tỉnh Nghệ An"),
    nghiHai: await unit("Phường Nghi Hải"),
    labour: await unit("Phòng Lao động - Thương binh và Xã hội thị xã"),
    room: await point("Phòng họp số 1 - UBND thị xã Cửa Lò"),
    provinceHall: await point("Điểm cầu chính - Hội trường UBND tỉnh Nghệ An"),
  };
  nghiHoa = await representativeOf("Phường Nghi Hòa");
  labourRep = await representativeOf("Phòng Lao động - Thương binh và Xã hội thị xã");
  provinceSecretariat = await db.user.create({
    data: {
      email: "vanphong.tinh@test.local",
      name: "Văn phòng tỉnh",
      role: "SECRETARIAT",
      unitId: ids.province,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
});

/** A held meeting of the town with minutes in the given state and one conclusion. */
async function conclusionOf(options: {
  minutes?: "DRAFT" | "SUBMITTED" | "APPROVED";
  leadUnitId?: string;
  deadline?: Date | null;
  cooperators?: string[];
  seriesId?: string;
  startsAt?: Date;
}) {
  const startsAt = options.startsAt ?? new Date(Date.now() - 10 * DAY);
  const meeting = await db.meeting.create({
    data: {
      title: "Họp kiểm thử kết luận",
      titleAscii: "hop kiem thu ket luan",
      kind: "BRIEFING",
      mode: "ON_SITE",
      status: "HELD",
      organiserUnitId: ids.town,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      seriesId: options.seriesId ?? null,
    },
  });
  const point = await db.meetingPoint.create({
    data: { meetingId: meeting.id, connectionPointId: ids.room, isMain: true },
  });
  const minutes = await db.minutes.create({
    data: { meetingId: meeting.id, meetingPointId: point.id, status: options.minutes ?? "APPROVED" },
  });
  const conclusion = await db.conclusion.create({
    data: {
      meetingId: meeting.id,
      minutesId: minutes.id,
      position: 0,
      content: "Nội dung kết luận kiểm thử",
      leadUnitId: options.leadUnitId ?? ids.nghiHai,
      deadline: options.deadline === undefined ? new Date(Date.now() + 5 * DAY) : options.deadline,
      cooperators: { create: (options.cooperators ?? []).map((unitId) => ({ unitId })) },
    },
  });
  return { meetingId: meeting.id, id: conclusion.id };
}

const writes = async (id: string) => ({
  audit: await db.auditLog.count(),
  notifications: await db.notification.count(),
  row: await db.conclusion.findUniqueOrThrow({
    where: { id },
    select: { status: true, version: true, doneAt: true, doneNote: true, doneById: true, content: true },
  }),
});

describe("a ward representative's tasks", () => {
  it("lists only the conclusions its unit leads, of approved minutes", async () => {
    const drafted = await conclusionOf({ minutes: "DRAFT" });
    const submitted = await conclusionOf({ minutes: "SUBMITTED" });
    const approved = await conclusionOf({});
    const { items, total } = await listTasks(users.nghiHai, { filter: "all" });
    const shown = items.map((i) => i.id);
    expect(shown).toContain(approved.id);
    expect(shown).not.toContain(drafted.id);
    expect(shown).not.toContain(submitted.id);
    expect(total).toBe(items.length);
    const rows = await db.conclusion.findMany({
      where: { id: { in: shown } },
      select: { leadUnitId: true, minutes: { select: { status: true } } },
    });
    expect(rows.every((r) => r.leadUnitId === ids.nghiHai && r.minutes.status === "APPROVED")).toBe(true);
    // The demo's overdue task of Nghi Hải is there, and it may be marked done by this representative.
    const demo = items.find((i) => i.content.startsWith("UBND phường Nghi Hải hoàn thành rà soát"));
    expect(demo).toMatchObject({
      status: "OPEN",
      leadUnit: "Phường Nghi Hải",
      canMarkDone: true,
      cooperators: ["Phòng Lao động - Thương binh và Xã hội thị xã"],
    });
  });

  it("lists the tasks it cooperates on separately, and may not mark them done", async () => {
    const { items } = await listTasks(users.nghiHai, { role: "cooperating", filter: "all" });
    expect(items.map((i) => i.leadUnit)).toContain("Phòng Tài chính - Kế hoạch thị xã");
    expect(items.every((i) => i.leadUnit !== "Phường Nghi Hải" && !i.canMarkDone)).toBe(true);
  });

  it("shows another ward none of Nghi Hải's tasks", async () => {
    expect((await listTasks(nghiHoa, { filter: "all" })).items).toEqual([]);
    expect(await countTasks(nghiHoa)).toEqual({ overdue: 0, open: 0, done: 0, all: 0 });
  });
});

describe("the secretariat's follow-up", () => {
  it("sees the overdue tasks of its meetings, a deadline on today's date being due, not overdue", async () => {
    const dueToday = await conclusionOf({ deadline: new Date(today().getTime() + 60_000) });
    const lateYesterday = await conclusionOf({ deadline: new Date(today().getTime() - 60_000) });
    const overdue = (await listTasks(users.secretariat, { filter: "overdue" })).items.map((i) => i.id);
    expect(overdue).toContain(lateYesterday.id);
    expect(overdue).not.toContain(dueToday.id);
    expect((await listTasks(users.secretariat, { filter: "open" })).items.map((i) => i.id)).toContain(dueToday.id);
    const counts = await countTasks(users.secretariat);
    expect(counts.overdue).toBeGreaterThanOrEqual(2); // the demo's and this one
    expect(counts.all).toBe(counts.open + counts.done);
    expect(counts.done).toBeGreaterThanOrEqual(1);
  });

  it("does not see another organiser's tasks", async () => {
    expect((await listTasks(provinceSecretariat, { filter: "all" })).total).toBe(0);
  });

  it("pages through the list without loading it whole", async () => {
    for (let i = 0; i < 21; i++) await conclusionOf({ leadUnitId: ids.labour });
    const first = await listTasks(users.secretariat, { filter: "open", page: 1 });
    const second = await listTasks(users.secretariat, { filter: "open", page: 2 });
    expect(first.items).toHaveLength(20);
    expect(first.pageCount).toBeGreaterThanOrEqual(2);
    expect(second.page).toBe(2);
    expect(second.items.map((i) => i.id).some((id) => first.items.some((f) => f.id === id))).toBe(false);
  });
});

describe("marking a task done", () => {
  it("refuses the signed-out, the wrong role, another unit, a cooperator and another secretariat, writing nothing", async () => {
    const task = await conclusionOf({ cooperators: [ids.labour] });
    const before = await writes(task.id);
    const input = { id: task.id, version: 1, note: "Xong" };
    expect(await runAction(markDoneMutation, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
    expect(await runAction(markDoneMutation, users.chair, input)).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await runAction(markDoneMutation, nghiHoa, input)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await runAction(markDoneMutation, labourRep, input)).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(markDoneMutation, provinceSecretariat, input)).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await writes(task.id)).toEqual(before);
  });

  it("refuses a task whose minutes are not approved yet", async () => {
    const task = await conclusionOf({ minutes: "SUBMITTED" });
    expect(await runAction(markDoneMutation, users.nghiHai, { id: task.id, version: 1 })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
  });

  it("marks it done for the lead unit, audits it and tells the secretariat, leaving the content alone", async () => {
    const task = await conclusionOf({});
    const before = await writes(task.id);
    const unread = () => db.notification.count({ where: { userId: users.secretariat.id, kind: "conclusion.done" } });
    const notified = await unread();
    const result = await runAction(markDoneMutation, users.nghiHai, {
      id: task.id,
      version: "1",
      note: "  Đã gửi báo cáo số 12/BC-UBND.  ",
    });
    expect(result).toEqual({ ok: true, data: { id: task.id } });
    const after = await writes(task.id);
    expect(after.row).toMatchObject({
      status: "DONE",
      version: 2,
      doneNote: "Đã gửi báo cáo số 12/BC-UBND.",
      doneById: users.nghiHai.id,
      content: before.row.content,
    });
    expect(after.row.doneAt).toBeInstanceOf(Date);
    expect(
      await db.auditLog.count({
        where: { entityId: task.id, action: "conclusion.markDone", actorId: users.nghiHai.id },
      }),
    ).toBe(1);
    expect(await unread()).toBe(notified + 1);
  });

  it("refuses a stale version, writing nothing", async () => {
    const task = await conclusionOf({});
    expect((await runAction(markDoneMutation, users.nghiHai, { id: task.id, version: 1 })).ok).toBe(true);
    const before = await writes(task.id);
    expect(await runAction(reopenMutation, users.secretariat, { id: task.id, version: 1 })).toMatchObject({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(await runAction(markDoneMutation, users.secretariat, { id: task.id, version: 2 })).toMatchObject({
      ok: false,
      message: "conclusions.errors.alreadyDone",
    });
    expect(await writes(task.id)).toEqual(before);
  });

  it("refuses reopening to the signed-out, another ward's representative and a chair, writing nothing", async () => {
    const task = await conclusionOf({});
    expect((await runAction(markDoneMutation, users.nghiHai, { id: task.id, version: 1 })).ok).toBe(true);
    const before = await writes(task.id);
    const input = { id: task.id, version: 2 };
    expect(await runAction(reopenMutation, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
    expect(await runAction(reopenMutation, nghiHoa, input)).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(await runAction(reopenMutation, users.chair, input)).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await writes(task.id)).toEqual(before);
    expect(before.row).toMatchObject({ status: "DONE", version: 2 });
  });

  it("lets the secretariat reopen it, telling the lead unit", async () => {
    const task = await conclusionOf({});
    await runAction(markDoneMutation, users.secretariat, { id: task.id, version: 1 });
    const told = () => db.notification.count({ where: { userId: users.nghiHai.id, kind: "conclusion.reopened" } });
    const before = await told();
    expect(await runAction(reopenMutation, users.secretariat, { id: task.id, version: 2 })).toEqual({
      ok: true,
      data: { id: task.id },
    });
    expect(await db.conclusion.findUniqueOrThrow({ where: { id: task.id } })).toMatchObject({
      status: "OPEN",
      version: 3,
      doneAt: null,
      doneNote: null,
      doneById: null,
    });
    expect(await told()).toBe(before + 1);
  });
});

describe("previousConclusionsOf", () => {
  const main = () => ({ isMain: true, connectionPointId: ids.room });

  it("takes the conclusions of the latest earlier meeting of the series", async () => {
    const upcoming = await db.meeting.findFirstOrThrow({
      where: { title: "Giao ban công tác tuần của Thường trực UBND thị xã" },
      select: { id: true, seriesId: true, startsAt: true },
    });
    expect(upcoming.seriesId).not.toBeNull();
    const items = await previousConclusionsOf(db, upcoming.id, main());
    expect(items.map((i) => [i.leadUnit, i.status])).toEqual([
      ["Phòng Lao động - Thương binh và Xã hội thị xã", "DONE"],
      ["Phòng Tài chính - Kế hoạch thị xã", "OPEN"],
      ["Phường Nghi Hải", "OPEN"],
    ]);
    // An older meeting of the same series is passed over for the latest one.
    const older = await conclusionOf({
      seriesId: upcoming.seriesId!,
      startsAt: new Date(upcoming.startsAt.getTime() - 60 * DAY),
    });
    expect((await previousConclusionsOf(db, upcoming.id, main())).map((i) => i.content)).not.toContain(
      "Nội dung kết luận kiểm thử",
    );
    expect(await previousConclusionsOf(db, older.meetingId, main())).toEqual([]);
  });

  it("gives each connection point its own record: the main point the conference's, a hub its own", async () => {
    const series = await db.meetingSeries.create({
      data: {
        title: "Giao ban kiểm thử",
        organiserUnitId: ids.town,
        rule: "FREQ=MONTHLY",
        startsOn: new Date(Date.now() - 30 * DAY),
      },
    });
    const previous = await conclusionOf({ seriesId: series.id, startsAt: new Date(Date.now() - 30 * DAY) });
    // The same meeting also linked the province's hall as a hub, whose secretariat kept its own minutes.
    const hub = await db.meetingPoint.create({
      data: { meetingId: previous.meetingId, connectionPointId: ids.provinceHall, isMain: false, position: 1 },
    });
    const hubMinutes = await db.minutes.create({
      data: { meetingId: previous.meetingId, meetingPointId: hub.id, status: "APPROVED" },
    });
    await db.conclusion.create({
      data: {
        meetingId: previous.meetingId,
        minutesId: hubMinutes.id,
        position: 0,
        content: "Kết luận tại điểm cầu tỉnh",
        leadUnitId: ids.labour,
      },
    });
    const next = await conclusionOf({ seriesId: series.id, startsAt: new Date(Date.now() + 5 * DAY) });

    expect((await previousConclusionsOf(db, next.meetingId, main())).map((i) => i.content)).toEqual([
      "Nội dung kết luận kiểm thử",
    ]);
    expect(
      (await previousConclusionsOf(db, next.meetingId, { isMain: false, connectionPointId: ids.provinceHall })).map(
        (i) => i.content,
      ),
    ).toEqual(["Kết luận tại điểm cầu tỉnh"]);
    // A hub that was not linked last time has nothing to review.
    expect(await previousConclusionsOf(db, next.meetingId, { isMain: false, connectionPointId: ids.room })).toEqual([]);
  });

  it("is empty for a meeting outside any series", async () => {
    const lone = await conclusionOf({});
    expect(await previousConclusionsOf(db, lone.meetingId, main())).toEqual([]);
  });
});

describe("noticesToWatch", () => {
  /** A meeting in the given state with a main point at `main` and, optionally, a hub at `hub`, and the minutes asked for. */
  async function held(options: {
    organiser: string;
    main: string;
    hub?: string;
    status?: "SCHEDULED" | "HELD" | "CANCELLED";
    startsAt: Date;
    minutes?: ("main" | "hub")[];
    issued?: ("main" | "hub")[];
  }) {
    const meeting = await db.meeting.create({
      data: {
        title: `Họp theo dõi thông báo ${options.startsAt.toISOString()} ${Math.random()}`,
        titleAscii: "hop theo doi thong bao",
        kind: "BRIEFING",
        mode: options.hub ? "ONLINE" : "ON_SITE",
        status: options.status ?? "SCHEDULED",
        organiserUnitId: options.organiser,
        startsAt: options.startsAt,
        endsAt: new Date(options.startsAt.getTime() + 3_600_000),
      },
    });
    const points = {
      main: await db.meetingPoint.create({
        data: { meetingId: meeting.id, connectionPointId: options.main, isMain: true },
      }),
      hub: options.hub
        ? await db.meetingPoint.create({ data: { meetingId: meeting.id, connectionPointId: options.hub, position: 1 } })
        : null,
    };
    const minutes: Record<string, string> = {};
    for (const which of options.minutes ?? []) {
      const row = await db.minutes.create({
        data: { meetingId: meeting.id, meetingPointId: points[which]!.id, status: "APPROVED" },
      });
      minutes[which] = row.id;
      if (options.issued?.includes(which))
        await db.conclusionNotice.create({
          data: { meetingId: meeting.id, minutesId: row.id, dueAt: options.startsAt, issuedAt: new Date() },
        });
    }
    return { id: meeting.id, minutes };
  }

  it("warns the secretariat of its held meetings with no notice issued, not of issued ones", async () => {
    const { noticesToWatch } = await import("./notices");
    const late = await conclusionOf({ startsAt: new Date(Date.now() - 12 * DAY) });
    const watched = await noticesToWatch(users.secretariat);
    expect(watched.find((m) => m.meetingId === late.meetingId)).toMatchObject({
      point: null,
      due: { state: "overdue" },
    });
    expect(watched.map((m) => m.title)).not.toContain("Giao ban tuần của Thường trực UBND thị xã"); // its notice is issued
    expect(await noticesToWatch(users.nghiHai)).toEqual([]);
    expect(await noticesToWatch(users.chair)).toEqual([]);
  });

  it("takes a meeting still SCHEDULED but started as held, and leaves out future, cancelled and long-past ones", async () => {
    const { noticesToWatch } = await import("./notices");
    const scheduled = await held({
      organiser: ids.town,
      main: ids.room,
      startsAt: new Date(Date.now() - 9 * DAY),
      minutes: ["main"],
    });
    const unrecorded = await held({ organiser: ids.town, main: ids.room, startsAt: new Date(Date.now() - 10 * DAY) });
    const future = await held({ organiser: ids.town, main: ids.room, startsAt: new Date(Date.now() + 2 * DAY) });
    const cancelled = await held({
      organiser: ids.town,
      main: ids.room,
      status: "CANCELLED",
      startsAt: new Date(Date.now() - 9 * DAY),
    });
    const archived = await held({
      organiser: ids.town,
      main: ids.room,
      status: "HELD",
      startsAt: new Date(Date.now() - 90 * DAY),
    });
    const issued = await held({
      organiser: ids.town,
      main: ids.room,
      startsAt: new Date(Date.now() - 9 * DAY),
      minutes: ["main"],
      issued: ["main"],
    });
    const watched = await noticesToWatch(users.secretariat);
    expect(watched.find((w) => w.meetingId === scheduled.id)).toMatchObject({
      id: scheduled.minutes.main,
      due: { state: "overdue" },
    });
    // No minutes yet: the organiser is warned of the main point's record all the same.
    expect(watched.find((w) => w.meetingId === unrecorded.id)).toMatchObject({
      id: unrecorded.id,
      point: null,
      due: { state: "overdue" },
    });
    const shown = watched.map((w) => w.meetingId);
    for (const left of [future, cancelled, archived, issued]) expect(shown).not.toContain(left.id);
    // Oldest (most overdue) first.
    expect(shown.indexOf(unrecorded.id)).toBeLessThan(shown.indexOf(scheduled.id));
  });

  it("warns the hosting unit of its point's own minutes, and the organiser of the main point's", async () => {
    const { noticesToWatch } = await import("./notices");
    expect((await db.connectionPoint.findUniqueOrThrow({ where: { id: ids.room } })).hostUnitId).toBe(ids.town);
    const startsAt = new Date(Date.now() - 11 * DAY);
    const conference = await held({
      organiser: ids.province,
      main: ids.provinceHall,
      hub: ids.room,
      startsAt,
      minutes: ["hub"],
    });
    const town = await noticesToWatch(users.secretariat);
    const hub = town.filter((w) => w.meetingId === conference.id);
    expect(hub).toHaveLength(1);
    expect(hub[0]).toMatchObject({
      id: conference.minutes.hub,
      point: "Phòng họp số 1 - UBND thị xã Cửa Lò",
      due: { state: "overdue" },
    });
    // The province sees its own record (no minutes yet), not the hub's.
    const province = (await noticesToWatch(provinceSecretariat)).filter((w) => w.meetingId === conference.id);
    expect(province).toEqual([expect.objectContaining({ id: conference.id, point: null })]);
    // Once the hub's notice is issued, the town is no longer warned; the main point's minutes, once kept, are the province's.
    const withMain = await held({
      organiser: ids.province,
      main: ids.provinceHall,
      hub: ids.room,
      startsAt,
      minutes: ["main", "hub"],
      issued: ["hub"],
    });
    expect((await noticesToWatch(users.secretariat)).map((w) => w.meetingId)).not.toContain(withMain.id);
    expect(
      (await noticesToWatch(provinceSecretariat)).filter((w) => w.meetingId === withMain.id).map((w) => w.id),
    ).toEqual([withMain.minutes.main]);
    // An administrator sees every record.
    expect(
      (await noticesToWatch(users.admin))
        .filter((w) => w.meetingId === conference.id)
        .map((w) => w.id)
        .sort(),
    ).toEqual([conference.id, conference.minutes.hub].sort());
  });
});

describe("noticeDueOf", () => {
  it("gives the due day 5 working days after the meeting's day, and says issued once the notice is out", async () => {
    const { noticeDueOf } = await import("./notices");
    const { conclusionNoticeDueDay, PLAIN_WEEKS } = await import("@/lib/calendar/working-days");
    const minutes = await db.minutes.findFirstOrThrow({
      where: { documentNumber: "41/BB-UBND" },
      select: { id: true, meeting: { select: { startsAt: true } } },
    });
    expect(await noticeDueOf(minutes.id)).toEqual({
      dueDay: conclusionNoticeDueDay(minutes.meeting.startsAt, PLAIN_WEEKS),
      state: "issued",
    });
    const late = await conclusionOf({ startsAt: new Date(Date.now() - 12 * DAY) });
    const lateMinutes = await db.minutes.findFirstOrThrow({
      where: { meetingId: late.meetingId },
      select: { id: true },
    });
    expect((await noticeDueOf(lateMinutes.id))?.state).toBe("overdue");
    expect(await noticeDueOf("nope")).toBeNull();
  });

  it("counts from the meeting's start day, as the issued notice records it, not from when the minutes say it ended", async () => {
    const { noticeDueOf } = await import("./notices");
    const { conclusionNoticeDueDay, PLAIN_WEEKS } = await import("@/lib/calendar/working-days");
    const task = await conclusionOf({ startsAt: new Date(Date.now() - 20 * DAY) });
    const minutes = await db.minutes.findFirstOrThrow({ where: { meetingId: task.meetingId } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: task.meetingId } });
    await db.minutes.update({
      where: { id: minutes.id },
      data: { endedAt: new Date(meeting.startsAt.getTime() + 3 * DAY) },
    });
    const due = await noticeDueOf(minutes.id);
    expect(due?.dueDay).toBe(conclusionNoticeDueDay(meeting.startsAt, PLAIN_WEEKS));
    expect(due?.dueDay).not.toBe(conclusionNoticeDueDay(new Date(meeting.startsAt.getTime() + 3 * DAY), PLAIN_WEEKS));
  });
});
