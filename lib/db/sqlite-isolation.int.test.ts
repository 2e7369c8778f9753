import { beforeAll, describe, expect, it } from "vitest";
import { db, provider } from "./client";
import { seedDemoOnce } from "@/lib/testing/fixtures";

let userId: string;
beforeAll(async () => {
  await seedDemoOnce();
  userId = (await db.user.findUniqueOrThrow({ where: { email: "nghihai@hoinghi.local" } })).id;
});

// SQLite has one connection in the process. A write made by another request while a transaction is
// open must not run inside that transaction: it would be acknowledged, then lost if the transaction
// rolled back (and a read would see the other transaction's uncommitted rows).
describe("one connection shared by requests", () => {
  it("keeps a write made while another request's transaction is open, when that transaction rolls back", async () => {
    let opened!: () => void;
    const isOpen = new Promise<void>((r) => (opened = r));
    let finish!: () => void;
    const mayFinish = new Promise<void>((r) => (finish = r));
    const failing = db
      .$transaction(async (tx) => {
        await tx.notification.create({ data: { userId, kind: "test", title: "trong giao dịch bị hủy" } });
        opened();
        await mayFinish;
        throw new Error("the other request's transaction fails");
      })
      .catch((e: Error) => e.message);
    await isOpen;
    const write = db.notification.create({ data: { userId, kind: "test", title: "ghi nhận độc lập" } });
    // Give the write time to run (or to wait its turn) before the transaction ends.
    await new Promise((r) => setTimeout(r, 100));
    const seenInside = await Promise.race([
      db.notification.count({ where: { title: "trong giao dịch bị hủy" } }),
      new Promise<null>((r) => setTimeout(() => r(null), 100)),
    ]);
    finish();
    expect(await failing).toBe("the other request's transaction fails");
    await write;
    expect(await db.notification.count({ where: { title: "ghi nhận độc lập" } })).toBe(1);
    expect(await db.notification.count({ where: { title: "trong giao dịch bị hủy" } })).toBe(0);
    // Another request never read the open transaction's row.
    expect(seenInside === null || seenInside === 0).toBe(true);
  });

  it.runIf(provider === "sqlite")("still runs writes one after the other under load", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2
          ? db.notification.create({ data: { userId, kind: "test", title: `song song ${i}` } })
          : db.$transaction((tx) =>
              tx.notification.create({ data: { userId, kind: "test", title: `song song ${i}` } }),
            ),
      ),
    );
    expect(await db.notification.count({ where: { title: { startsWith: "song song" } } })).toBe(20);
  });
});
