import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { z } from "zod";
import { runAction, type ActionConfig } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { conflictsOf } from "@/lib/meetings/conflict-check";
import { createMeetingMutation } from "@/lib/meetings/mutations";
import { getMeeting, scheduleWarningsOf } from "@/lib/meetings/data";
import { holidayCandidates } from "./prefill";
import * as m from "./mutations";
import { holidaysOfYear } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

const snapshot = async () => ({
  holidays: await db.publicHoliday.findMany({ orderBy: { day: "asc" } }),
  audit: await db.auditLog.count(),
});

beforeAll(async () => {
  users = await seedDemoOnce();
});

async function add(day: string, name: string, kind = "HOLIDAY") {
  const result = await runAction(m.createHolidayMutation, users.admin, { day, name, kind });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data;
}

describe("the year's days", () => {
  it("are added, edited and removed by an administrator, each step audited", async () => {
    const created = await add("2031-01-01", "Tết Dương lịch");
    expect(created).toMatchObject({ day: "2031-01-01", kind: "HOLIDAY", version: 1 });
    const saturday = await add("2031-01-11", "Làm bù cho ngày 02/01", "WORKING_DAY");
    const edited = await runAction(m.updateHolidayMutation, users.admin, {
      id: created.id,
      version: "1",
      day: "2031-01-02",
      name: "Nghỉ bù Tết Dương lịch",
      kind: "DAY_OFF",
    });
    expect(edited).toEqual({ ok: true, data: { id: created.id, version: 2 } });
    expect((await holidaysOfYear(users.secretariat, 2031)).days).toEqual([
      { id: created.id, day: "2031-01-02", name: "Nghỉ bù Tết Dương lịch", kind: "DAY_OFF", version: 2 },
      { id: saturday.id, day: "2031-01-11", name: "Làm bù cho ngày 02/01", kind: "WORKING_DAY", version: 1 },
    ]);
    expect((await runAction(m.removeHolidayMutation, users.admin, { id: saturday.id, version: 1 })).ok).toBe(true);
    const audit = await db.auditLog.findMany({
      where: { entityType: "PublicHoliday", entityId: { in: [created.id, saturday.id] } },
      orderBy: { at: "asc" },
      select: { action: true, before: true, after: true },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "holiday.create",
      "holiday.create",
      "holiday.update",
      "holiday.remove",
    ]);
    expect(JSON.parse(audit[2]!.before!)).toEqual({ day: "2031-01-01", name: "Tết Dương lịch", kind: "HOLIDAY" });
    expect(JSON.parse(audit[2]!.after!)).toEqual({
      day: "2031-01-02",
      name: "Nghỉ bù Tết Dương lịch",
      kind: "DAY_OFF",
    });
    expect(JSON.parse(audit[3]!.before!)).toMatchObject({ day: "2031-01-11", kind: "WORKING_DAY" });
  });

  it("refuses a stale edit or removal, keeping the newer save", async () => {
    const day = await add("2032-04-30", "Ngày Chiến thắng");
    expect(
      (
        await runAction(m.updateHolidayMutation, users.admin, {
          id: day.id,
          version: 1,
          day: "2032-04-30",
          name: "Ngày Giải phóng miền Nam, thống nhất đất nước",
          kind: "HOLIDAY",
        })
      ).ok,
    ).toBe(true);
    const before = await snapshot();
    const stale = { id: day.id, version: 1, day: "2032-04-30", name: "Chiến thắng", kind: "HOLIDAY" };
    expect(await runAction(m.updateHolidayMutation, users.admin, stale)).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(await runAction(m.removeHolidayMutation, users.admin, { id: day.id, version: 1 })).toEqual({
      ok: false,
      message: "errors.staleVersion",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses other roles, the signed-out and bad input, writing nothing", async () => {
    const day = await add("2033-09-02", "Quốc khánh");
    const before = await snapshot();
    const input = { day: "2033-09-03", name: "Quốc khánh", kind: "HOLIDAY" };
    const refused = async <S extends z.ZodType, T>(config: ActionConfig<S, T>, body: unknown) => {
      expect(await runAction(config, null, body)).toEqual({ ok: false, message: "errors.signInRequired" });
      for (const caller of [users.secretariat, users.chair, users.nghiHai])
        expect(await runAction(config, caller, body)).toEqual({ ok: false, message: "errors.forbidden" });
    };
    await refused(m.createHolidayMutation, input);
    await refused(m.updateHolidayMutation, { ...input, id: day.id, version: 1 });
    await refused(m.removeHolidayMutation, { id: day.id, version: 1 });
    await refused(m.prefillHolidaysMutation, { year: 2033, days: ["2033-01-01"] });
    const bad = (body: Record<string, unknown>) => runAction(m.createHolidayMutation, users.admin, body);
    expect(await bad({ day: "2033-02-30", name: "", kind: "FEAST" })).toMatchObject({
      ok: false,
      fieldErrors: { day: "validation.date", name: "validation.required", kind: "validation.invalid" },
    });
    expect(await bad({ day: "1900-01-01", name: "Tết", kind: "HOLIDAY" })).toMatchObject({
      fieldErrors: { day: "validation.date" },
    });
    // 5/9/2033 is a Monday, 10/9/2033 a Saturday.
    expect(await bad({ day: "2033-09-05", name: "Làm bù", kind: "WORKING_DAY" })).toMatchObject({
      fieldErrors: { kind: "holidays.validation.workingDayOnWeekday" },
    });
    expect(await bad({ day: "2033-09-10", name: "Nghỉ bù", kind: "DAY_OFF" })).toMatchObject({
      fieldErrors: { kind: "holidays.validation.dayOffOnWeekend" },
    });
    expect(await bad({ day: "2033-09-02", name: "Quốc khánh", kind: "HOLIDAY" })).toMatchObject({
      fieldErrors: { day: "holidays.validation.dayTaken" },
    });
    const other = await add("2033-09-01", "Quốc khánh (ngày liền kề)");
    const moved = await runAction(m.updateHolidayMutation, users.admin, {
      id: other.id,
      version: 1,
      day: "2033-09-02",
      name: "Quốc khánh",
      kind: "HOLIDAY",
    });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { day: "holidays.validation.dayTaken" } });
    expect(await runAction(m.removeHolidayMutation, users.admin, { id: "nope", version: 1 })).toEqual({
      ok: false,
      message: "errors.notFound",
    });
    await runAction(m.removeHolidayMutation, users.admin, { id: other.id, version: 1 });
    expect(await snapshot()).toMatchObject({ holidays: before.holidays });
  });

  it("are read by secretariats and closed to chairs and unit representatives", async () => {
    await expect(holidaysOfYear(users.chair, 2031)).rejects.toThrow("errors.forbidden");
    await expect(holidaysOfYear(users.nghiHai, 2031)).rejects.toThrow("errors.forbidden");
  });
});

describe("pre-filling a year", () => {
  it("offers the year's candidates, adds the ones ticked with their names, and offers only the rest after", async () => {
    expect((await holidaysOfYear(users.admin, 2027)).missing).toEqual(holidayCandidates(2027));
    const law = holidayCandidates(2027).filter((c) => c.basis === "law");
    const tet = holidayCandidates(2027).filter((c) => c.name.startsWith("Tết Nguyên Đán"));
    const result = await runAction(m.prefillHolidaysMutation, users.admin, {
      year: "2027",
      days: [...law, ...tet].map((c) => c.day),
    });
    expect(result).toEqual({ ok: true, data: { added: 9, skipped: 0 } });
    const { days, missing } = await holidaysOfYear(users.admin, 2027);
    expect(days.map((d) => [d.day, d.name, d.kind])).toEqual([
      ["2027-01-01", "Tết Dương lịch", "HOLIDAY"],
      ["2027-02-05", "Tết Nguyên Đán (cuối năm)", "HOLIDAY"],
      ["2027-02-06", "Tết Nguyên Đán (mùng 1)", "HOLIDAY"],
      ["2027-02-07", "Tết Nguyên Đán (mùng 2)", "HOLIDAY"],
      ["2027-02-08", "Tết Nguyên Đán (mùng 3)", "HOLIDAY"],
      ["2027-02-09", "Tết Nguyên Đán (mùng 4)", "HOLIDAY"],
      ["2027-04-30", "Ngày Chiến thắng", "HOLIDAY"],
      ["2027-05-01", "Ngày Quốc tế Lao động", "HOLIDAY"],
      ["2027-09-02", "Quốc khánh", "HOLIDAY"],
    ]);
    expect(missing.map((c) => c.day)).toEqual(["2027-04-16", "2027-09-03"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "holiday.prefill" } });
    expect(JSON.parse(audit.after!)).toMatchObject({ year: 2027 });
    expect(JSON.parse(audit.after!).added).toHaveLength(9);

    // Ticking again what is already there adds nothing, and says so.
    const before = await snapshot();
    expect(await runAction(m.prefillHolidaysMutation, users.admin, { year: 2027, days: "2027-01-01" })).toEqual({
      ok: true,
      data: { added: 0, skipped: 1 },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("accepts only that year's candidates and at least one, writing nothing otherwise", async () => {
    const before = await snapshot();
    const prefill = (body: Record<string, unknown>) => runAction(m.prefillHolidaysMutation, users.admin, body);
    // 3/9/2028 is not a candidate (2028's day next to 2/9 is Friday 1/9); 1/1/2029 is another year's.
    expect(await prefill({ year: 2028, days: ["2028-01-01", "2028-09-03"] })).toMatchObject({
      ok: false,
      fieldErrors: { days: "holidays.validation.notACandidate" },
    });
    expect(await prefill({ year: 2028, days: ["2029-01-01"] })).toMatchObject({
      fieldErrors: { days: "holidays.validation.notACandidate" },
    });
    expect(await prefill({ year: 2028, days: [] })).toMatchObject({
      fieldErrors: { days: "holidays.validation.nothingChosen" },
    });
    expect(await prefill({ year: 1800, days: ["2028-01-01"] })).toMatchObject({
      fieldErrors: { year: "validation.tooSmall" },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe("the working-day rules read the kinds", () => {
  it("a make-up Saturday lets a Thursday invitation reach a Monday meeting in time; without it, it is late", async () => {
    // 30/4–1/5/2023 as arranged: Tuesday 2/5 nghỉ bù, Wednesday 3/5 swapped off, Saturday 6/5 worked.
    await add("2023-05-01", "Ngày Quốc tế Lao động");
    await add("2023-05-02", "Nghỉ bù Ngày Chiến thắng", "DAY_OFF");
    await add("2023-05-03", "Nghỉ hoán đổi", "DAY_OFF");
    const saturday = await add("2023-05-06", "Làm bù cho thứ Tư 03/05", "WORKING_DAY");
    const plan = {
      startsAt: new Date("2023-05-08T08:00:00+07:00"),
      endsAt: new Date("2023-05-08T10:00:00+07:00"),
      urgent: false,
      points: [],
      invitedUnits: [],
      invitationSendAt: new Date("2023-05-04T16:00:00+07:00"),
    };
    expect(await conflictsOf(db, plan)).toEqual([]);
    await runAction(m.removeHolidayMutation, users.admin, { id: saturday.id, version: 1 });
    expect(await conflictsOf(db, plan)).toMatchObject([{ kind: "LATE_INVITATION", latestOnTimeDay: "2023-04-28" }]);
  });
});

describe("a meeting put on a day off", () => {
  it("is saved, and its page warns whoever runs it, naming the holiday; a make-up Saturday is a working day", async () => {
    // Thursday 2/9/2032, Quốc khánh; Saturday 4/9/2032 worked in exchange for Friday 3/9.
    const holiday = await add("2032-09-02", "Quốc khánh");
    await add("2032-09-03", "Nghỉ liền kề Quốc khánh", "DAY_OFF");
    await add("2032-09-04", "Làm bù cho thứ Sáu 03/09", "WORKING_DAY");
    const schedule = async (day: string) => {
      const result = await runAction(createMeetingMutation, users.secretariat, {
        title: `Họp ngày ${day}`,
        kind: "BRIEFING",
        mode: "ON_SITE",
        organiserUnitId: users.secretariat.unitId,
        startsAt: `${day}T08:00`,
        endsAt: `${day}T10:00`,
      });
      if (!result.ok) throw new Error(JSON.stringify(result));
      return getMeeting(users.secretariat, result.data.id);
    };
    const onHoliday = await schedule("2032-09-02");
    expect(onHoliday.status).toBe("DRAFT");
    expect(await scheduleWarningsOf(users.secretariat, onHoliday)).toEqual([
      { kind: "NON_WORKING_DAY_NAMED", params: { day: "Thứ Năm, 02/09/2032", holiday: "Quốc khánh" } },
    ]);
    expect(await scheduleWarningsOf(users.secretariat, await schedule("2032-09-03"))).toMatchObject([
      { params: { holiday: "Nghỉ liền kề Quốc khánh" } },
    ]);
    expect(await scheduleWarningsOf(users.secretariat, await schedule("2032-09-04"))).toEqual([]);
    expect(await scheduleWarningsOf(users.secretariat, await schedule("2032-09-05"))).toEqual([
      { kind: "NON_WORKING_DAY", params: { day: "Chủ Nhật, 05/09/2032" } },
    ]);
    // Read from the days as they are now: the holiday removed, the warning goes with it.
    await runAction(m.removeHolidayMutation, users.admin, { id: holiday.id, version: 1 });
    expect(await scheduleWarningsOf(users.secretariat, onHoliday)).toEqual([]);
    // Only whoever runs the meeting is told (getMeeting says whether the caller does).
    await db.publicHoliday.create({ data: { day: "2032-09-02", name: "Quốc khánh" } });
    expect(await scheduleWarningsOf(users.secretariat, { ...onHoliday, manageable: false })).toEqual([]);
  });
});
