import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { saveIndicatorsMutation } from "./mutations";
import { getIndicators } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let otherSecretariat: SessionUser;
let draft: string;

const counts = async () => ({ indicators: await db.indicator.count(), audit: await db.auditLog.count() });

beforeAll(async () => {
  users = await seedDemoOnce();
  const ward = await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Hải" } });
  otherSecretariat = await db.user.create({
    data: {
      email: "vanphong.nghihai@test.local",
      name: "Văn phòng phường Nghi Hải",
      role: "SECRETARIAT",
      unitId: ward.id,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  draft = (
    await db.meeting.findFirstOrThrow({ where: { title: "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027" } })
  ).id;
});

const rows = [
  {
    name: "Số lao động được tạo việc làm",
    unitOfMeasure: "người",
    plan: "42.900",
    actual: "45.000",
    target: "43.000",
    note: "",
  },
  { name: "Tỷ lệ lao động qua đào tạo", unitOfMeasure: "%", plan: "", actual: "67,7", target: "69", note: "Ước đạt" },
];

describe("the meeting's indicators", () => {
  it("refuses the signed-out, the wrong roles and another unit's secretariat, writing nothing", async () => {
    const before = await counts();
    const input = { meetingId: draft, loadedIds: [], rows };
    expect(await runAction(saveIndicatorsMutation, null, input)).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await runAction(saveIndicatorsMutation, users.nghiHai, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(saveIndicatorsMutation, users.chair, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(saveIndicatorsMutation, otherSecretariat, input)).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers bad figures field by field and writes nothing", async () => {
    const before = await counts();
    const result = await runAction(saveIndicatorsMutation, users.secretariat, {
      meetingId: draft,
      rows: [{ name: "", unitOfMeasure: "người", plan: "nhiều", actual: "1e99" }],
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "rows.0.name": "validation.required",
        "rows.0.plan": "indicators.validation.number",
        "rows.0.actual": "indicators.validation.number",
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("saves the table in order with figures read the Vietnamese way, and computes % of plan", async () => {
    expect(
      await runAction(saveIndicatorsMutation, users.secretariat, { meetingId: draft, loadedIds: [], rows }),
    ).toMatchObject({ ok: true, data: { count: 2 } });
    const table = await getIndicators(users.secretariat, draft);
    expect(table.rows.map((r) => [r.name, r.plan, r.actual, r.target, r.note, r.percentOfPlan])).toEqual([
      ["Số lao động được tạo việc làm", 42_900, 45_000, 43_000, null, 104.9],
      ["Tỷ lệ lao động qua đào tạo", null, 67.7, 69, "Ước đạt", null],
    ]);
    expect(await db.auditLog.count({ where: { action: "indicators.save", entityId: draft } })).toBe(1);
  });

  it("refuses a save from a page loaded before someone else's, writing nothing", async () => {
    const before = await counts();
    const stale = await runAction(saveIndicatorsMutation, users.secretariat, {
      meetingId: draft,
      loadedIds: [],
      rows: rows.slice(0, 1),
    });
    expect(stale).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(await counts()).toEqual(before);
    const loadedIds = (await getIndicators(users.secretariat, draft)).rows.map((r) => r.id);
    expect(
      await runAction(saveIndicatorsMutation, users.admin, { meetingId: draft, loadedIds, rows: [rows[1]!, rows[0]!] }),
    ).toMatchObject({ ok: true });
    expect((await getIndicators(users.secretariat, draft)).rows.map((r) => r.unitOfMeasure)).toEqual(["%", "người"]);
  });
});

describe("two saves from the same page", () => {
  const tableOf = async (meetingId: string) =>
    (await db.indicator.findMany({ where: { meetingId }, orderBy: { position: "asc" } })).map((r) => [r.id, r.name]);

  it("lets exactly one win and leaves only the winner's rows", async () => {
    const loadedIds = (await getIndicators(users.secretariat, draft)).rows.map((r) => r.id);
    expect(loadedIds.length).toBeGreaterThan(0);
    const results = await Promise.all([
      runAction(saveIndicatorsMutation, users.secretariat, { meetingId: draft, loadedIds, rows: rows.slice(0, 1) }),
      runAction(saveIndicatorsMutation, users.admin, { meetingId: draft, loadedIds, rows }),
    ]);
    const won = results.filter((r) => r.ok);
    expect(won).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: "errors.staleVersion" });
    const winner = won[0]!;
    if (!winner.ok) return;
    const table = await tableOf(draft);
    expect(table.map(([id]) => id)).toEqual(winner.data.ids);
    expect(table.map(([, name]) => name)).toEqual(rows.slice(0, winner.data.count).map((r) => r.name));
  });

  it("lets exactly one of two first saves of an empty table win", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { organiserUnitId: users.secretariat.unitId, status: { not: "CANCELLED" }, indicators: { none: {} } },
    });
    const results = await Promise.all([
      runAction(saveIndicatorsMutation, users.secretariat, { meetingId: meeting.id, loadedIds: [], rows }),
      runAction(saveIndicatorsMutation, users.admin, { meetingId: meeting.id, loadedIds: [], rows: rows.slice(1) }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: "errors.staleVersion" });
    const winner = results.find((r) => r.ok)!;
    if (!winner.ok) return;
    expect((await tableOf(meeting.id)).map(([id]) => id)).toEqual(winner.data.ids);
  });
});
