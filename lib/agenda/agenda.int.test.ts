import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { z } from "zod";
import { runAction, type ActionConfig } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import * as m from "./mutations";
import { updateTemplateMutation } from "@/lib/templates/mutations";
import { getAgenda } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let provinceSecretariat: SessionUser;
let ids: { draft: string; provincial: string; yearEnd: string; briefing: string; phuc: string };

const counts = async () => ({
  items: await db.agendaItem.count(),
  audit: await db.auditLog.count(),
  templated: await db.meeting.count({ where: { templateId: { not: null } } }),
});
const itemsOf = async (meetingId: string) =>
  (await db.agendaItem.findMany({ where: { meetingId }, orderBy: { position: "asc" } })).map((i) => i.title);

beforeAll(async () => {
  users = await seedDemoOnce();
  const province = await db.unit.findFirstOrThrow({ where: { name: "Tỉnh Nghệ An" } });
  provinceSecretariat = await db.user.create({
    data: {
      email: "vanphong.tinh@test.local",
      name: "Văn phòng UBND tỉnh",
      role: "SECRETARIAT",
      unitId: province.id,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  ids = {
    draft: (
      await db.meeting.findFirstOrThrow({ where: { title: "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027" } })
    ).id,
    provincial: (
      await db.meeting.findFirstOrThrow({
        where: { title: { startsWith: "Hội nghị trực tuyến triển khai công tác giảm nghèo" } },
      })
    ).id,
    yearEnd: (await db.agendaTemplate.findFirstOrThrow({ where: { kind: "YEAR_END_REVIEW", status: "ACTIVE" } })).id,
    briefing: (await db.agendaTemplate.findFirstOrThrow({ where: { kind: "BRIEFING", status: "ACTIVE" } })).id,
    phuc: (await db.official.findFirstOrThrow({ where: { fullName: "Hoàng Văn Phúc" } })).id,
  };
});

describe("applying a template", () => {
  it("refuses the signed-out, the wrong roles and another unit's secretariat, writing nothing", async () => {
    const before = await counts();
    const input = { meetingId: ids.draft, templateId: ids.yearEnd };
    expect(await runAction(m.applyTemplateMutation, null, input)).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await runAction(m.applyTemplateMutation, users.chair, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(m.applyTemplateMutation, users.nghiHai, input)).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    // The province's secretariat cannot see the town's draft; the town's cannot run the province's meeting it hosts a point of.
    expect(await runAction(m.applyTemplateMutation, provinceSecretariat, input)).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, {
        meetingId: ids.provincial,
        templateId: ids.yearEnd,
      }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await counts()).toEqual(before);
  });

  it("refuses bad input and an unknown or retired template, writing nothing", async () => {
    const before = await counts();
    expect(await runAction(m.applyTemplateMutation, users.secretariat, { meetingId: ids.draft })).toMatchObject({
      ok: false,
      fieldErrors: { templateId: "validation.required" },
    });
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, { meetingId: ids.draft, templateId: "nope" }),
    ).toMatchObject({ ok: false, fieldErrors: { templateId: "agenda.validation.unknownTemplate" } });
    const retired = await db.agendaTemplate.create({
      data: {
        familyId: "retired-test",
        name: "Cũ",
        status: "RETIRED",
        items: { create: [{ position: 0, title: "X" }] },
      },
    });
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, { meetingId: ids.draft, templateId: retired.id }),
    ).toMatchObject({ ok: false, fieldErrors: { templateId: "agenda.validation.unknownTemplate" } });
    expect(await counts()).toEqual(before);
  });

  it("creates the agenda with skeletons and computed times, and replaces it only when confirmed", async () => {
    const applied = await runAction(m.applyTemplateMutation, users.secretariat, {
      meetingId: ids.draft,
      templateId: ids.yearEnd,
    });
    expect(applied).toEqual({ ok: true, data: { items: 10, replaced: 0 } });
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id: ids.draft } });
    expect(meeting.templateId).toBe(ids.yearEnd);
    const agenda = await getAgenda(users.secretariat, ids.draft);
    expect(agenda.items[0]!.startsAt).toEqual(meeting.startsAt);
    expect(agenda.items[1]!.startsAt.getTime() - meeting.startsAt.getTime()).toBe(10 * 60_000);
    expect(agenda.items[3]!.minutesSkeleton).toBe("Kết quả thực hiện các chỉ tiêu:\n{{indicators.table}}");
    expect(agenda).toMatchObject({ totalMinutes: 190, overrunMinutes: 40, manageable: true });

    const before = await counts();
    const unconfirmed = await runAction(m.applyTemplateMutation, users.secretariat, {
      meetingId: ids.draft,
      templateId: ids.briefing,
    });
    expect(unconfirmed).toMatchObject({
      ok: false,
      message: "agenda.errors.confirmReplace",
      details: { existing: 10 },
    });
    expect(await counts()).toEqual(before);

    const shown = (await getAgenda(users.secretariat, ids.draft)).items.map((i) => i.id);
    // Replacing from a page that showed another agenda (here: one item fewer) is refused.
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, {
        meetingId: ids.draft,
        templateId: ids.briefing,
        replace: true,
        loadedIds: shown.slice(1),
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, {
        meetingId: ids.draft,
        templateId: ids.briefing,
        replace: true,
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(await counts()).toEqual(before);
    expect(
      await runAction(m.applyTemplateMutation, users.secretariat, {
        meetingId: ids.draft,
        templateId: ids.briefing,
        replace: true,
        loadedIds: shown,
      }),
    ).toEqual({ ok: true, data: { items: 4, replaced: 10 } });
    expect(await itemsOf(ids.draft)).toHaveLength(4);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: ids.draft } })).templateId).toBe(ids.briefing);
    expect(await db.auditLog.count({ where: { action: "agenda.applyTemplate", entityId: ids.draft } })).toBe(2);
  });
});

describe("a template edited in place while a meeting applies it", () => {
  it("never leaves the meeting with an agenda its recorded template version does not have", async () => {
    const titles = async (templateId: string) =>
      (await db.agendaTemplateItem.findMany({ where: { templateId }, orderBy: { position: "asc" } })).map(
        (i) => i.title,
      );
    const like = await db.meeting.findUniqueOrThrow({
      where: { id: ids.draft },
      select: { kind: true, mode: true, status: true, organiserUnitId: true, startsAt: true, endsAt: true },
    });
    const { id: meetingId } = await db.meeting.create({
      data: { ...like, title: "Họp thử mẫu chạy đua", titleAscii: "hop thu mau chay dua" },
    });
    for (let round = 0; round < 5; round++) {
      const template = await db.agendaTemplate.create({
        data: {
          familyId: `race-${round}`,
          name: "Mẫu chạy đua",
          items: { create: [{ position: 0, title: "Mục cũ" }] },
        },
        include: { items: true },
      });
      const loadedIds = (await db.agendaItem.findMany({ where: { meetingId }, select: { id: true } })).map((i) => i.id);
      const [applied, edited] = await Promise.all([
        runAction(m.applyTemplateMutation, users.secretariat, {
          meetingId,
          templateId: template.id,
          replace: true,
          loadedIds,
        }),
        runAction(updateTemplateMutation, users.admin, {
          id: template.id,
          itemIds: template.items.map((i) => i.id),
          name: "Mẫu chạy đua",
          items: [{ title: "Mục mới", presenterRole: "", durationMinutes: "10", optional: false, minutesSkeleton: "" }],
        }),
      ]);
      expect(edited.ok).toBe(true);
      if (!applied.ok) continue; // the edit went first and retired nothing: applying then took the edited items
      const meeting = await db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      expect(await itemsOf(meetingId)).toEqual(await titles(meeting.templateId!));
    }
  });
});

describe("editing the agenda", () => {
  it("adds an item with a presenter, edits, reorders and removes it", async () => {
    const added = await runAction(m.addAgendaItemMutation, users.secretariat, {
      meetingId: ids.draft,
      title: "Phát biểu chỉ đạo",
      presenterRole: "Lãnh đạo UBND thị xã",
      presenterOfficialId: ids.phuc,
      durationMinutes: "20",
    });
    expect(added).toMatchObject({ ok: true, data: { position: 4, presenterOfficialId: ids.phuc } });
    if (!added.ok) return;
    const order = (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
      (i) => i.id,
    );
    const reordered = [added.data.id, ...order.filter((id) => id !== added.data.id)];
    expect(
      await runAction(m.reorderAgendaMutation, users.secretariat, {
        meetingId: ids.draft,
        loadedOrder: order,
        itemIds: reordered,
      }),
    ).toMatchObject({ ok: true });
    expect((await itemsOf(ids.draft))[0]).toBe("Phát biểu chỉ đạo");
    // Every item moved one down or to the top, so each has a new version.
    expect((await db.agendaItem.findMany({ where: { meetingId: ids.draft } })).map((i) => i.version)).toEqual(
      order.map(() => 2),
    );

    const updated = await runAction(m.updateAgendaItemMutation, users.secretariat, {
      itemId: added.data.id,
      version: 2,
      title: "Phát biểu chỉ đạo của lãnh đạo",
      presenterRole: "",
      presenterOfficialId: "",
      durationMinutes: 25,
    });
    expect(updated).toMatchObject({
      ok: true,
      data: { presenterRole: null, presenterOfficialId: null, durationMinutes: 25, version: 3 },
    });

    expect(
      await runAction(m.removeAgendaItemMutation, users.secretariat, { itemId: added.data.id, version: 2 }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(
      await runAction(m.removeAgendaItemMutation, users.secretariat, { itemId: added.data.id, version: 3 }),
    ).toMatchObject({ ok: true });
    const after = await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } });
    expect(after.map((i) => i.position)).toEqual([0, 1, 2, 3]);
  });

  it("refuses a stale order, bad input, an unknown presenter and the wrong caller, writing nothing", async () => {
    const order = (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
      (i) => i.id,
    );
    const before = await counts();
    expect(
      await runAction(m.reorderAgendaMutation, users.secretariat, {
        meetingId: ids.draft,
        loadedOrder: order,
        itemIds: order.slice(1),
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(
      await runAction(m.addAgendaItemMutation, users.secretariat, {
        meetingId: ids.draft,
        title: "",
        durationMinutes: "abc",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { title: "validation.required", durationMinutes: "validation.number" } });
    expect(
      await runAction(m.addAgendaItemMutation, users.secretariat, {
        meetingId: ids.draft,
        title: "X",
        durationMinutes: 5,
        presenterOfficialId: "nobody",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { presenterOfficialId: "agenda.validation.unknownOfficial" } });
    expect(
      await runAction(m.removeAgendaItemMutation, provinceSecretariat, { itemId: order[0], version: 1 }),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(
      await runAction(m.updateAgendaItemMutation, users.chair, {
        itemId: order[0],
        version: 1,
        title: "X",
        durationMinutes: 5,
      }),
    ).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await runAction(m.removeAgendaItemMutation, null, { itemId: order[0], version: 1 })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await counts()).toEqual(before);
    expect(
      (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
        (i) => i.id,
      ),
    ).toEqual(order);
  });

  it("refuses adding and reordering by the signed-out, a unit's representative and another unit's secretariat, writing nothing", async () => {
    const order = (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
      (i) => i.id,
    );
    const before = await counts();
    const add = { meetingId: ids.draft, title: "Nội dung lạ", durationMinutes: 5 };
    const reorder = { meetingId: ids.draft, loadedOrder: order, itemIds: [...order].reverse() };
    const refused = async <S extends z.ZodType, T>(mutation: ActionConfig<S, T>, input: unknown) => {
      expect(await runAction(mutation, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
      expect(await runAction(mutation, users.nghiHai, input)).toEqual({ ok: false, message: "errors.forbidden" });
      expect(await runAction(mutation, provinceSecretariat, input)).toMatchObject({
        ok: false,
        message: "errors.notFound",
      });
    };
    await refused(m.addAgendaItemMutation, add);
    await refused(m.reorderAgendaMutation, reorder);
    // The town's secretariat sees the province's conference (it hosts a point) but does not run its agenda.
    expect(
      await runAction(m.addAgendaItemMutation, users.secretariat, { ...add, meetingId: ids.provincial }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(
      await runAction(m.reorderAgendaMutation, users.secretariat, { ...reorder, meetingId: ids.provincial }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await counts()).toEqual(before);
    expect(await itemsOf(ids.draft)).toHaveLength(order.length);
    expect(
      (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
        (i) => i.id,
      ),
    ).toEqual(order);
  });

  it("lets only one of two edits from the same version win", async () => {
    const item = await db.agendaItem.findFirstOrThrow({
      where: { meetingId: ids.draft },
      orderBy: { position: "asc" },
    });
    const edit = (title: string, user: SessionUser) =>
      runAction(m.updateAgendaItemMutation, user, {
        itemId: item.id,
        version: item.version,
        title,
        durationMinutes: 15,
      });
    const results = await Promise.all([
      edit("Bản của văn phòng", users.secretariat),
      edit("Bản của quản trị", users.admin),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: "errors.staleVersion" });
    const saved = await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(saved.version).toBe(item.version + 1);
    expect(results[0]!.ok ? "Bản của văn phòng" : "Bản của quản trị").toBe(saved.title);
    // A third save from the same page is refused too, writing nothing.
    const audit = await db.auditLog.count();
    expect(await edit("Bản cũ", users.secretariat)).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(await db.agendaItem.findUniqueOrThrow({ where: { id: item.id } })).toEqual(saved);
    expect(await db.auditLog.count()).toBe(audit);
  });

  it("refuses an order made from a stale order, and lets only one of two reorders from the same page win", async () => {
    const order = (await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } })).map(
      (i) => i.id,
    );
    expect(order.length).toBeGreaterThanOrEqual(3);
    const before = await counts();
    // The same items, but the page showed them in another order than the agenda has now.
    const staleLoaded = [order[1]!, order[0]!, ...order.slice(2)];
    expect(
      await runAction(m.reorderAgendaMutation, users.secretariat, {
        meetingId: ids.draft,
        loadedOrder: staleLoaded,
        itemIds: order,
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(await counts()).toEqual(before);

    const first = [order[1]!, order[0]!, ...order.slice(2)];
    const last = [...order.slice(0, -2), order.at(-1)!, order.at(-2)!];
    const results = await Promise.all([
      runAction(m.reorderAgendaMutation, users.secretariat, {
        meetingId: ids.draft,
        loadedOrder: order,
        itemIds: first,
      }),
      runAction(m.reorderAgendaMutation, users.admin, { meetingId: ids.draft, loadedOrder: order, itemIds: last }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, message: "errors.staleVersion" });
    const now = await db.agendaItem.findMany({ where: { meetingId: ids.draft }, orderBy: { position: "asc" } });
    expect(now.map((i) => i.id)).toEqual(results[0]!.ok ? first : last);
    expect(now.map((i) => i.position)).toEqual(order.map((_, i) => i));
    expect(await db.auditLog.count()).toBe(before.audit + 1);
  });

  it("lets others who see the meeting read the agenda but not change it", async () => {
    const agenda = await getAgenda(users.admin, ids.draft);
    expect(agenda.manageable).toBe(true);
    await expect(getAgenda(provinceSecretariat, ids.draft)).rejects.toThrow("errors.notFound");
    const provincial = await getAgenda(users.secretariat, ids.provincial);
    expect(provincial.manageable).toBe(false);
  });
});
