import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { markAllReadMutation } from "./mutations";
import { unreadCount } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

beforeAll(async () => {
  users = await seedDemoOnce();
  for (const user of [users.nghiHai, users.secretariat]) {
    await db.notification.create({ data: { userId: user.id, kind: "test", title: "Giấy mời mới" } });
  }
});

describe("marking notifications read", () => {
  it("refuses a caller who is not signed in, changing nothing", async () => {
    expect(await runAction(markAllReadMutation, null, {})).toEqual({ ok: false, message: "errors.signInRequired" });
    expect(await unreadCount(users.nghiHai)).toBe(1);
  });

  it("marks only the caller's own notifications, and audits it", async () => {
    expect(await runAction(markAllReadMutation, users.nghiHai, {})).toEqual({ ok: true, data: { count: 1 } });
    expect(await unreadCount(users.nghiHai)).toBe(0);
    expect(await unreadCount(users.secretariat)).toBe(1);
    expect(await db.auditLog.count({ where: { action: "notification.readAll", actorId: users.nghiHai.id } })).toBe(1);
  });
});
