import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import * as m from "./mutations";
import { getTemplate, listTemplates, templateChoices } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

const counts = async () => ({
  templates: await db.agendaTemplate.count(),
  items: await db.agendaTemplateItem.count(),
  audit: await db.auditLog.count(),
});
const item = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  presenterRole: "Chủ trì",
  durationMinutes: "15",
  optional: false,
  minutesSkeleton: "",
  ...extra,
});

beforeAll(async () => {
  users = await seedDemoOnce();
});

describe("the template library", () => {
  it("lists the three seeded templates, newest version of each", async () => {
    const list = await listTemplates(users.secretariat, "active");
    expect(list.map((t) => t.kind).sort()).toEqual(["BRIEFING", "MID_TERM_REVIEW", "YEAR_END_REVIEW"]);
    const yearEnd = list.find((t) => t.kind === "YEAR_END_REVIEW")!;
    expect(yearEnd).toMatchObject({ version: 1, versions: 1, itemCount: 10, minutes: 190 });
    expect(yearEnd.meetings).toBeGreaterThan(0);
  });

  it("is closed to chairs and unit representatives", async () => {
    await expect(listTemplates(users.chair, "active")).rejects.toThrow("errors.forbidden");
    await expect(templateChoices(users.nghiHai)).rejects.toThrow("errors.forbidden");
  });
});

describe("creating a template", () => {
  it("refuses the signed-out and the wrong roles, writing nothing", async () => {
    const before = await counts();
    const input = { name: "Mẫu thử", items: [item("Khai mạc")] };
    expect(await runAction(m.createTemplateMutation, null, input)).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    for (const caller of [users.chair, users.nghiHai])
      expect(await runAction(m.createTemplateMutation, caller, input)).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await counts()).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const empty = await runAction(m.createTemplateMutation, users.secretariat, { name: "", kind: "PARTY", items: [] });
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: { name: "validation.required", kind: "validation.invalid", items: "templates.validation.noItems" },
    });
    const badItem = await runAction(m.createTemplateMutation, users.secretariat, {
      name: "Mẫu",
      items: [
        item(""),
        item("Kết luận", { durationMinutes: "0", minutesSkeleton: "Đồng chí {{chair.nmae}} kết luận" }),
      ],
    });
    expect(badItem).toMatchObject({
      ok: false,
      fieldErrors: {
        "items.0.title": "validation.required",
        "items.1.durationMinutes": "validation.tooSmall",
        "items.1.minutesSkeleton": "templates.validation.unknownPlaceholder",
      },
    });
    expect(await counts()).toEqual(before);
  });

  it("creates a template in NFC with its items in order, audited", async () => {
    const result = await runAction(m.createTemplateMutation, users.admin, {
      name: "Hội nghị chuyên đề".normalize("NFD"),
      kind: "THEMATIC",
      description: "",
      items: [
        item("Khai mạc", { minutesSkeleton: "Đồng chí {{chair.name}} khai mạc." }),
        item("Thảo luận", { optional: true, durationMinutes: 45 }),
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const created = await getTemplate(users.secretariat, result.data.id);
    expect(created).toMatchObject({
      name: "Hội nghị chuyên đề",
      kind: "THEMATIC",
      description: null,
      version: 1,
      status: "ACTIVE",
      isLatest: true,
    });
    expect(created.items.map((i) => [i.position, i.title, i.durationMinutes, i.optional])).toEqual([
      [0, "Khai mạc", 15, false],
      [1, "Thảo luận", 45, true],
    ]);
    expect(
      await db.auditLog.count({
        where: { action: "template.create", entityId: result.data.id, actorId: users.admin.id },
      }),
    ).toBe(1);
  });
});

describe("versioning", () => {
  const itemIds = async (templateId: string) =>
    (await db.agendaTemplateItem.findMany({ where: { templateId }, select: { id: true } })).map((i) => i.id);

  async function fresh(name: string) {
    const result = await runAction(m.createTemplateMutation, users.secretariat, {
      name,
      items: [item("Khai mạc"), item("Kết luận")],
    });
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data;
  }

  it("edits a template no meeting uses in place", async () => {
    const { id, familyId } = await fresh("Giao ban tháng");
    const result = await runAction(m.updateTemplateMutation, users.secretariat, {
      id,
      itemIds: await itemIds(id),
      name: "Giao ban tháng (sửa)",
      items: [item("Khai mạc"), item("Báo cáo"), item("Kết luận")],
    });
    expect(result).toMatchObject({ ok: true, data: { id, version: 1, newVersion: false } });
    expect(await db.agendaTemplate.count({ where: { familyId } })).toBe(1);
    expect((await getTemplate(users.secretariat, id)).items.map((i) => i.title)).toEqual([
      "Khai mạc",
      "Báo cáo",
      "Kết luận",
    ]);
  });

  it("refuses an in-place save from a form loaded before someone else's save", async () => {
    const { id } = await fresh("Giao ban quý");
    const loaded = await itemIds(id);
    const [a, b] = await Promise.all([
      runAction(m.updateTemplateMutation, users.secretariat, {
        id,
        itemIds: loaded,
        name: "Bản A",
        items: [item("Khai mạc")],
      }),
      runAction(m.updateTemplateMutation, users.admin, {
        id,
        itemIds: loaded,
        name: "Bản B",
        items: [item("Kết luận")],
      }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ message: "errors.staleVersion" });
    const saved = await getTemplate(users.secretariat, id);
    expect(saved.items).toHaveLength(1);
    expect(
      await runAction(m.updateTemplateMutation, users.secretariat, {
        id,
        itemIds: loaded,
        name: "Bản C",
        items: [item("Khai mạc")],
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
  });

  it("makes a new version of a template a meeting used, the meeting keeping the old one", async () => {
    const old = await db.agendaTemplate.findFirstOrThrow({
      where: { kind: "YEAR_END_REVIEW" },
      include: { items: { orderBy: { position: "asc" } } },
    });
    const meeting = await db.meeting.findFirstOrThrow({ where: { templateId: old.id } });
    const items = old.items.map((i) => ({
      title: i.title,
      presenterRole: i.presenterRole ?? "",
      durationMinutes: i.durationMinutes,
      optional: i.optional,
      minutesSkeleton: i.minutesSkeleton ?? "",
    }));
    items[2] = { ...items[2]!, durationMinutes: 15 };
    const result = await runAction(m.updateTemplateMutation, users.secretariat, {
      id: old.id,
      itemIds: await itemIds(old.id),
      name: old.name,
      kind: old.kind,
      description: old.description,
      items,
    });
    expect(result).toMatchObject({ ok: true, data: { version: 2, newVersion: true } });
    if (!result.ok) return;
    expect(result.data.id).not.toBe(old.id);
    expect(await db.agendaTemplate.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      status: "RETIRED",
      version: 1,
    });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).templateId).toBe(old.id);
    expect(
      (await db.agendaTemplateItem.findFirstOrThrow({ where: { templateId: old.id, position: 2 } })).durationMinutes,
    ).toBe(10);

    const list = await listTemplates(users.secretariat, "active");
    expect(list.find((t) => t.kind === "YEAR_END_REVIEW")).toMatchObject({
      id: result.data.id,
      version: 2,
      versions: 2,
    });
    const detail = await getTemplate(users.secretariat, old.id);
    expect(detail).toMatchObject({ isLatest: false, latestId: result.data.id, latestVersion: 2 });
    expect(detail.history.map((h) => h.version)).toEqual([2, 1]);
    expect((await templateChoices(users.secretariat)).map((c) => c.id)).not.toContain(old.id);
    expect(await db.auditLog.count({ where: { action: "template.newVersion", entityId: result.data.id } })).toBe(1);
  });

  it("refuses to save over a version that was superseded meanwhile, writing nothing", async () => {
    const old = await db.agendaTemplate.findFirstOrThrow({ where: { kind: "YEAR_END_REVIEW", version: 1 } });
    const before = await counts();
    const result = await runAction(m.updateTemplateMutation, users.admin, {
      id: old.id,
      itemIds: await itemIds(old.id),
      name: "Sửa từ trang cũ",
      items: [item("Khai mạc")],
    });
    expect(result).toMatchObject({ ok: false, message: "templates.errors.superseded", details: { version: 2 } });
    expect(await counts()).toEqual(before);
  });

  it("copies into a new family and retires and restores a family", async () => {
    const source = (await listTemplates(users.secretariat, "active")).find((t) => t.kind === "BRIEFING")!;
    const copy = await runAction(m.copyTemplateMutation, users.secretariat, { id: source.id, name: "Giao ban phường" });
    expect(copy.ok).toBe(true);
    if (!copy.ok) return;
    const original = await db.agendaTemplate.findUniqueOrThrow({ where: { id: source.id } });
    expect(copy.data.familyId).not.toBe(original.familyId);
    expect(await db.agendaTemplateItem.count({ where: { templateId: copy.data.id } })).toBe(source.itemCount);

    expect(await runAction(m.retireTemplateMutation, users.secretariat, { id: copy.data.id })).toMatchObject({
      ok: true,
    });
    expect((await listTemplates(users.secretariat, "retired")).map((t) => t.id)).toContain(copy.data.id);
    expect((await listTemplates(users.secretariat, "active")).map((t) => t.id)).not.toContain(copy.data.id);
    expect((await templateChoices(users.secretariat)).map((t) => t.id)).not.toContain(copy.data.id);
    const edit = await runAction(m.updateTemplateMutation, users.secretariat, {
      id: copy.data.id,
      itemIds: await itemIds(copy.data.id),
      name: "X",
      items: [item("Khai mạc")],
    });
    expect(edit).toMatchObject({ ok: false, message: "templates.errors.retired" });
    expect(await runAction(m.restoreTemplateMutation, users.secretariat, { id: copy.data.id })).toMatchObject({
      ok: true,
    });
    expect((await templateChoices(users.secretariat)).map((t) => t.id)).toContain(copy.data.id);
  });

  it("refuses retiring an old version or an unknown id", async () => {
    const old = await db.agendaTemplate.findFirstOrThrow({ where: { kind: "YEAR_END_REVIEW", version: 1 } });
    expect(await runAction(m.retireTemplateMutation, users.secretariat, { id: old.id })).toMatchObject({
      ok: false,
      message: "templates.errors.superseded",
    });
    expect(await runAction(m.retireTemplateMutation, users.secretariat, { id: "nope" })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await runAction(m.retireTemplateMutation, users.nghiHai, { id: old.id })).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
  });
});

describe("changing templates from the wrong account", () => {
  it("refuses editing, copying and restoring to the signed-out, unit representatives and chairs, writing nothing", async () => {
    const active = (await listTemplates(users.secretariat, "active")).find((t) => t.kind === "BRIEFING")!;
    const activeItems = (
      await db.agendaTemplateItem.findMany({ where: { templateId: active.id }, select: { id: true } })
    ).map((i) => i.id);
    const retired = await db.agendaTemplate.create({
      data: {
        familyId: "retired-callers",
        name: "Mẫu đã ngừng",
        status: "RETIRED",
        items: { create: [{ position: 0, title: "Khai mạc" }] },
      },
    });
    const snapshot = async () => ({
      ...(await counts()),
      active: await db.agendaTemplate.findUniqueOrThrow({
        where: { id: active.id },
        include: { items: { orderBy: { position: "asc" } } },
      }),
      retired: (await db.agendaTemplate.findUniqueOrThrow({ where: { id: retired.id } })).status,
    });
    const before = await snapshot();
    const calls = [
      [
        m.updateTemplateMutation,
        { id: active.id, itemIds: activeItems, name: "Sửa trái phép", items: [item("Khai mạc")] },
      ],
      [m.copyTemplateMutation, { id: active.id, name: "Bản sao trái phép" }],
      [m.restoreTemplateMutation, { id: retired.id }],
    ] as const;
    for (const [mutation, input] of calls) {
      expect(await runAction(mutation, null, input)).toEqual({ ok: false, message: "errors.signInRequired" });
      for (const caller of [users.nghiHai, users.chair])
        expect(await runAction(mutation, caller, input)).toEqual({ ok: false, message: "errors.forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });
});
