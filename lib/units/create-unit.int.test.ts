import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { createUnitMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let townId: string;

beforeAll(async () => {
  users = await seedDemoOnce();
  townId = (await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } })).id;
});

const counts = async () => ({ units: await db.unit.count(), audit: await db.auditLog.count() });

describe("createUnit", () => {
  it("refuses every role but administrator, writing nothing", async () => {
    const before = await counts();
    for (const caller of [users.secretariat, users.chair, users.nghiHai]) {
      const result = await runAction(createUnitMutation, caller, {
        name: "Phường Mới",
        kind: "WARD",
        block: "GOVERNMENT",
        parentId: townId,
        validFrom: "",
      });
      expect(result).toEqual({ ok: false, message: "errors.forbidden" });
    }
    expect(await runAction(createUnitMutation, null, { name: "X", kind: "WARD", block: "GOVERNMENT" })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await counts()).toEqual(before);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const empty = await runAction(createUnitMutation, users.admin, {
      name: "   ",
      kind: "PLANET",
      block: "GOVERNMENT",
      validFrom: "31/12/2026",
    });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.message).toBe("errors.invalidInput");
      expect(empty.fieldErrors).toMatchObject({
        name: "validation.required",
        kind: "validation.invalid",
        validFrom: "validation.date",
      });
    }
    const long = await runAction(createUnitMutation, users.admin, {
      name: "x".repeat(201),
      kind: "WARD",
      block: "GOVERNMENT",
    });
    expect(!long.ok && long.fieldErrors?.name).toBe("validation.tooLong");
    const wrongType = await runAction(createUnitMutation, users.admin, { name: 42, kind: "WARD", block: "GOVERNMENT" });
    expect(wrongType.ok).toBe(false);
    const unknownParent = await runAction(createUnitMutation, users.admin, {
      name: "Phường Mới",
      kind: "WARD",
      block: "GOVERNMENT",
      parentId: "no-such-unit",
    });
    expect(!unknownParent.ok && unknownParent.fieldErrors?.parentId).toBe("validation.unknownUnit");
    const endedParent = (await db.unit.findFirstOrThrow({ where: { name: "Sở Lao động - Thương binh và Xã hội" } })).id;
    const underEnded = await runAction(createUnitMutation, users.admin, {
      name: "Phòng Việc làm",
      kind: "OFFICE",
      block: "GOVERNMENT",
      parentId: endedParent,
    });
    expect(!underEnded.ok && underEnded.fieldErrors?.parentId).toBe("validation.parentNotValid");
    expect(await counts()).toEqual(before);
  });

  it("stores the name in NFC with its search key, and audits the change", async () => {
    const typed = "  Phường   Bình Minh ".normalize("NFD");
    const result = await runAction(createUnitMutation, users.admin, {
      name: typed,
      kind: "WARD",
      block: "GOVERNMENT",
      parentId: townId,
      validFrom: "2026-12-01",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const stored = await db.unit.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(stored.name).toBe("Phường Bình Minh".normalize("NFC"));
    expect(stored.nameAscii).toBe("phuong binh minh");
    expect(stored.validFrom?.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: stored.id } });
    expect(audit).toMatchObject({ action: "unit.create", actorId: users.admin.id, entityType: "Unit" });
    expect(JSON.parse(audit.after!).name).toBe("Phường Bình Minh");
  });
});
