import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { createConnectionPointMutation } from "./mutations";
import { listConnectionPoints } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

beforeAll(async () => {
  users = await seedDemoOnce();
});

describe("registering a connection point", () => {
  it("lets the town secretariat register a ward's hall, found afterwards without accents", async () => {
    const ward = await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Thủy" } });
    const result = await runAction(createConnectionPointMutation, users.secretariat, {
      name: "Điểm cầu phường Nghi Thủy",
      hostUnitId: ward.id,
      capacity: "60",
      videoLink: "https://hop.example/nghi-thuy",
    });
    expect(result.ok).toBe(true);
    expect((await listConnectionPoints(users.secretariat, "diem cau nghi thuy")).map((p) => p.name)).toEqual([
      "Điểm cầu phường Nghi Thủy",
    ]);
    expect(
      await db.auditLog.count({ where: { action: "connectionPoint.create", actorId: users.secretariat.id } }),
    ).toBe(1);
  });

  it("refuses other roles, another organisation's unit and bad input, writing nothing", async () => {
    const before = await db.connectionPoint.count();
    const province = await db.unit.findFirstOrThrow({ where: { name: "Tỉnh Nghệ An" } });
    expect(
      await runAction(createConnectionPointMutation, users.nghiHai, { name: "X", hostUnitId: province.id }),
    ).toEqual({ ok: false, message: "errors.forbidden" });
    expect(
      await runAction(createConnectionPointMutation, users.secretariat, {
        name: "Hội trường tỉnh",
        hostUnitId: province.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { hostUnitId: "pointAdmin.validation.hostNotYours" } });
    expect(
      await runAction(createConnectionPointMutation, users.secretariat, {
        name: "",
        hostUnitId: province.id,
        capacity: "-3",
        videoLink: "ftp://x",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { name: "validation.required", capacity: "validation.tooSmall", videoLink: "validation.url" },
    });
    expect(await db.connectionPoint.count()).toBe(before);
  });
});
