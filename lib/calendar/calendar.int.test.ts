import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { dayKey } from "@/lib/datetime/vietnam";
import { NotFound } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { calendarMeeting, feedFor, hasCalendarFeed, meetingsInRange, scheduleUnits, weeklySchedule } from "./data";
import { newFeedToken } from "@/lib/testing/calendar-feed";
import { createCalendarFeedMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let briefing: { id: string; startsAt: Date };
let draft: { id: string; startsAt: Date };
let townId: string;

const BRIEFING = "Giao ban công tác tuần của Thường trực UBND thị xã";
const PHUC = "Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã";
// Wide enough for every demo meeting: the 2022 conference and those a few weeks ahead.
const EVERYTHING = { from: new Date("2022-01-01T00:00:00Z"), to: new Date(Date.now() + 400 * 86_400_000) };

beforeAll(async () => {
  users = await seedDemoOnce();
  briefing = await db.meeting.findFirstOrThrow({ where: { title: BRIEFING }, select: { id: true, startsAt: true } });
  draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" }, select: { id: true, startsAt: true } });
  townId = (await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } })).id;
});

async function createMeeting(
  title: string,
  organiserUnitId: string,
  startsAt: Date,
  status: "SCHEDULED" | "DRAFT" = "SCHEDULED",
) {
  return db.meeting.create({
    data: {
      title,
      titleAscii: searchKey(title),
      kind: "THEMATIC",
      mode: "ON_SITE",
      status,
      organiserUnitId,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
    },
  });
}

describe("meetingsInRange", () => {
  it("never gives a unit representative the draft meeting, which the secretariat sees", async () => {
    const ward = await meetingsInRange(users.nghiHai, EVERYTHING.from, EVERYTHING.to);
    expect(ward.meetings.map((m) => m.id)).not.toContain(draft.id);
    expect(ward.meetings.map((m) => m.id)).toContain(briefing.id);
    expect(ward.meetings.every((m) => m.status !== "DRAFT")).toBe(true);
    const office = await meetingsInRange(users.secretariat, EVERYTHING.from, EVERYTHING.to);
    expect(office.meetings.map((m) => m.id)).toContain(draft.id);
  });

  it("returns exactly the meetings of the caller's scope, nothing from another ward", async () => {
    const nghiThu = (await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thu" } })).id;
    const theirs = await createMeeting(
      "Họp riêng của phường Nghi Thu về lịch",
      nghiThu,
      new Date(briefing.startsAt.getTime() + 86_400_000),
    );
    const ward = await meetingsInRange(users.nghiHai, EVERYTHING.from, EVERYTHING.to);
    expect(ward.meetings.map((m) => m.id)).not.toContain(theirs.id);
    const expected = await db.meeting.count({
      where: { status: { not: "DRAFT" }, invitations: { some: { unitId: users.nghiHai.unitId } } },
    });
    expect(ward.meetings).toHaveLength(expected);
    expect((await meetingsInRange(users.admin, EVERYTHING.from, EVERYTHING.to)).meetings.map((m) => m.id)).toContain(
      theirs.id,
    );
  });

  it("selects only what a calendar shows, including a meeting that began before the range", async () => {
    const { meetings, truncated } = await meetingsInRange(
      users.chair,
      new Date(briefing.startsAt.getTime() + 60_000),
      new Date(briefing.startsAt.getTime() + 120_000),
    );
    expect(truncated).toBe(false);
    expect(meetings).toHaveLength(1);
    expect(Object.keys(meetings[0]!).sort()).toEqual([
      "endsAt",
      "id",
      "mainChair",
      "mainPoint",
      "mode",
      "startsAt",
      "status",
      "title",
    ]);
    expect(meetings[0]).toMatchObject({
      id: briefing.id,
      mainChair: "Hoàng Văn Phúc",
      mainPoint: "Phòng họp số 1 - UBND thị xã Cửa Lò",
      mode: "ON_SITE",
    });
  });

  it("refuses an empty or inverted range", async () => {
    await expect(meetingsInRange(users.admin, EVERYTHING.to, EVERYTHING.from)).rejects.toBeInstanceOf(RangeError);
  });
});

describe("weeklySchedule", () => {
  it("puts the briefing chaired by Hoàng Văn Phúc on Monday morning of Cửa Lò's schedule", async () => {
    const schedule = await weeklySchedule(users.secretariat, townId, dayKey(briefing.startsAt));
    expect(schedule.unit.name).toBe("Thị xã Cửa Lò");
    expect(schedule.weekStart).toBe(dayKey(briefing.startsAt)); // the demo briefing is on a Monday
    const monday = schedule.days[0]!;
    const entry = monday.morning.find((e) => e.id === briefing.id);
    expect(entry).toMatchObject({
      title: BRIEFING,
      chairs: [PHUC],
      place: "Phòng họp số 1 - UBND thị xã Cửa Lò",
      organiser: "Thị xã Cửa Lò",
      organisedByUnit: true,
    });
    expect(
      schedule.days.flatMap((d) => [...d.morning, ...d.afternoon]).filter((e) => e.id === briefing.id),
    ).toHaveLength(1);
  });

  it("lists the 2022 provincial conference at the Cửa Lò point, chaired there by its own leader", async () => {
    const schedule = await weeklySchedule(users.chair, townId, "2022-12-29");
    expect(schedule.week).toEqual({ year: 2022, week: 52 });
    expect([schedule.weekStart, schedule.weekEnd]).toEqual(["2022-12-26", "2023-01-01"]);
    const [entry] = schedule.days[1]!.morning; // Tuesday 27/12
    expect(entry).toMatchObject({
      chairs: [PHUC],
      place: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã",
      organiser: "Tỉnh Nghệ An",
      organisedByUnit: false,
    });
  });

  it("leaves out drafts and whatever the caller may not see", async () => {
    const hidden = await createMeeting(
      "Họp nội bộ Thường trực UBND thị xã",
      townId,
      new Date(briefing.startsAt.getTime() + 6 * 3_600_000),
    );
    const ids = async (user: typeof users.admin, day: string) =>
      (await weeklySchedule(user, townId, day)).days.flatMap((d) => [...d.morning, ...d.afternoon]).map((e) => e.id);
    expect(await ids(users.secretariat, dayKey(draft.startsAt))).not.toContain(draft.id);
    expect(await ids(users.secretariat, dayKey(briefing.startsAt))).toContain(hidden.id);
    // The ward is invited to the briefing but not to the town's internal meeting.
    const ward = await ids(users.nghiHai, dayKey(briefing.startsAt));
    expect(ward).toContain(briefing.id);
    expect(ward).not.toContain(hidden.id);
  });

  it("offers a unit its own schedule and its parent's, and refuses any other", async () => {
    expect((await scheduleUnits(users.nghiHai)).map((u) => u.name)).toEqual(["Phường Nghi Hải", "Thị xã Cửa Lò"]);
    expect((await scheduleUnits(users.secretariat)).map((u) => u.name)).toEqual(["Thị xã Cửa Lò", "Tỉnh Nghệ An"]);
    const nghiThu = (await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thu" } })).id;
    await expect(weeklySchedule(users.nghiHai, nghiThu, dayKey(briefing.startsAt))).rejects.toBeInstanceOf(NotFound);
    await expect(weeklySchedule(users.admin, nghiThu, dayKey(briefing.startsAt))).resolves.toBeTruthy();
    // An administrator picks any unit that still exists, not a merged one.
    const merged = (await db.unit.findFirstOrThrow({ where: { name: "Sở Lao động - Thương binh và Xã hội" } })).id;
    expect((await scheduleUnits(users.admin)).map((u) => u.id)).not.toContain(merged);
    await expect(weeklySchedule(users.admin, merged, "2022-12-27")).rejects.toBeInstanceOf(NotFound);
  });
});

describe("calendarMeeting (the single-meeting download)", () => {
  it("is not found outside the caller's scope", async () => {
    await expect(calendarMeeting(users.nghiHai, draft.id)).rejects.toBeInstanceOf(NotFound);
    await expect(calendarMeeting(users.nghiHai, "no-such-meeting")).rejects.toBeInstanceOf(NotFound);
    expect((await calendarMeeting(users.secretariat, draft.id)).id).toBe(draft.id);
  });

  it("carries the version for SEQUENCE and only the caller's own invitation line", async () => {
    const meeting = await calendarMeeting(users.nghiHai, briefing.id);
    const stored = await db.meeting.findUniqueOrThrow({ where: { id: briefing.id } });
    expect(meeting.version).toBe(stored.version);
    expect(meeting.points.flatMap((p) => p.invitations)).toHaveLength(1);
  });
});

describe("private calendar feed", () => {
  it("makes a token on request and keeps only its hash", async () => {
    expect(await hasCalendarFeed(users.chair)).toBe(false);
    const first = await newFeedToken(users.chair);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await hasCalendarFeed(users.chair)).toBe(true);
    const stored = await db.user.findUniqueOrThrow({ where: { id: users.chair.id } });
    expect(stored.calendarFeedTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(first);
    expect(await newFeedToken(users.nghiHai)).not.toBe(first);
  });

  it("serves the owner's scope only, from 60 days back to a year ahead", async () => {
    const token = await newFeedToken(users.nghiHai);
    const feed = await feedFor(token);
    expect(feed?.user.email).toBe("nghihai@hoinghi.local");
    const ids = feed!.meetings.map((m) => m.id);
    expect(ids).toContain(briefing.id);
    expect(ids).not.toContain(draft.id);
    // The 2022 conference invited Nghi Hải but is long past.
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    expect(ids).not.toContain(review.id);
    expect((await feedFor(token, new Date("2023-01-15T00:00:00Z")))!.meetings.map((m) => m.id)).toContain(review.id);
  });

  it("is gone once regenerated, and the new one works; the audit log records it without the secret", async () => {
    const old = await newFeedToken(users.secretariat);
    expect(await feedFor(old)).not.toBeNull();
    const fresh = await newFeedToken(users.secretariat);
    expect(await feedFor(old)).toBeNull();
    expect(fresh).not.toBe(old);
    expect((await feedFor(fresh))?.user.id).toBe(users.secretariat.id);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "calendar.regenerateFeed", actorId: users.secretariat.id },
    });
    expect(audit).toMatchObject({ entityType: "User", entityId: users.secretariat.id });
    expect(JSON.stringify(audit)).not.toContain(old);
    expect(JSON.stringify(audit)).not.toContain(fresh);
  });

  it("does not let a signed-out caller regenerate anything", async () => {
    expect(await runAction(createCalendarFeedMutation, null, {})).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
  });

  it("stops serving a deactivated account, and ignores malformed tokens", async () => {
    const rep = await representativeOf("Phường Nghi Tân");
    const token = await newFeedToken(rep);
    expect(await feedFor(token)).not.toBeNull();
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    expect(await feedFor(token)).toBeNull();
    expect(await feedFor("")).toBeNull();
    expect(await feedFor("x".repeat(500))).toBeNull();
  });
});
