import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { nextDocumentNumber } from "./register";

let townId: string;

beforeAll(async () => {
  await seedDemoOnce();
  townId = (await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } })).id;
});

const issue = (typeCode: string, at: Date) =>
  db.$transaction((tx) => nextDocumentNumber(tx, townId, typeCode, at), { timeout: 20_000, maxWait: 20_000 });

describe("the yearly document register", () => {
  it("never gives two parallel issuers one number, from the register's first number on", async () => {
    const at = new Date("2031-03-02T03:00:00Z");
    const numbers = await Promise.all(Array.from({ length: 8 }, () => issue("BB", at)));
    expect([...numbers].sort()).toEqual(["01", "02", "03", "04", "05", "06", "07", "08"].map((n) => `${n}/BB-UBND`));
  });

  it("does not skip a number taken by a transaction that rolled back", async () => {
    const at = new Date("2032-05-04T03:00:00Z");
    expect(await issue("TB", at)).toBe("01/TB-UBND");
    await expect(
      db.$transaction(async (tx) => {
        await nextDocumentNumber(tx, townId, "TB", at);
        throw new Error("the rest of the issuing failed");
      }),
    ).rejects.toThrow("the rest of the issuing failed");
    expect(await issue("TB", at)).toBe("02/TB-UBND");
  });
});
