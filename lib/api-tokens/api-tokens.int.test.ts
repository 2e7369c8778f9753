import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { authenticateApiToken, listApiTokens } from "./data";
import { createApiTokenMutation, revokeApiTokenMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;

beforeAll(async () => {
  users = await seedDemoOnce();
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const counts = async () => ({ tokens: await db.apiToken.count(), audit: await db.auditLog.count() });

async function create(user: SessionUser, name: string) {
  const result = await runAction(createApiTokenMutation, user, { name });
  if (!result.ok) throw new Error(`create failed: ${result.message}`);
  return result.data;
}

describe("creating a token", () => {
  it("returns the token once; it authenticates as its owner and the database keeps only its hash", async () => {
    const typed = "  Lịch   Outlook của phường ".normalize("NFD");
    const result = await runAction(createApiTokenMutation, users.nghiHai, { name: typed });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { token, id, name, prefix } = result.data;
    expect(token).toMatch(/^hn_[A-Za-z0-9_-]{43}$/);
    expect(name).toBe("Lịch Outlook của phường".normalize("NFC"));
    expect(prefix).toBe(token.slice(0, 10));

    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      userId: users.nghiHai.id,
      name,
      prefix,
      tokenHash: sha256(token),
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(token);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "apiToken.create", actorId: users.nghiHai.id, entityType: "ApiToken" });
    expect(JSON.stringify(audit)).not.toContain(token);
    expect(JSON.stringify(audit)).not.toContain(row.tokenHash);

    expect(await authenticateApiToken(token)).toEqual(users.nghiHai);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    // Anything else is not a credential: a near miss, the hash itself, the prefix.
    expect(await authenticateApiToken(token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(await authenticateApiToken(row.tokenHash)).toBeNull();
    expect(await authenticateApiToken(prefix)).toBeNull();
    expect(await authenticateApiToken("")).toBeNull();
  });

  it("records the last use at most once a minute", async () => {
    const { id, token } = await create(users.secretariat, "Báo cáo tuần");
    const t0 = new Date("2030-01-01T00:00:00Z");
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    await authenticateApiToken(token, t0);
    expect(await lastUsed()).toEqual(t0);
    await authenticateApiToken(token, new Date(t0.getTime() + 59_000));
    expect(await lastUsed()).toEqual(t0);
    const later = new Date(t0.getTime() + 61_000);
    await authenticateApiToken(token, later);
    expect(await lastUsed()).toEqual(later);
  });

  it("lists only the caller's own tokens, never the hash", async () => {
    const { id } = await create(users.chair, "Lịch chủ trì");
    const mine = await listApiTokens(users.chair);
    expect(mine.map((t) => t.id)).toContain(id);
    for (const token of mine)
      expect(Object.keys(token).sort()).toEqual(["createdAt", "id", "lastUsedAt", "name", "prefix", "revokedAt"]);
    expect((await listApiTokens(users.nghiHai)).some((t) => t.id === id)).toBe(false);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    for (const [input, key] of [
      [{ name: "" }, "validation.required"],
      [{ name: "  \t " }, "validation.required"],
      [{ name: "x".repeat(81) }, "validation.tooLong"],
      [{ name: 42 }, "validation.invalid"],
      [{ name: null }, "validation.invalid"],
      [{}, "validation.invalid"],
    ] as const) {
      const result = await runAction(createApiTokenMutation, users.nghiHai, input);
      expect(result, JSON.stringify(input)).toMatchObject({
        ok: false,
        message: "errors.invalidInput",
        fieldErrors: { name: key },
      });
    }
    expect(await runAction(createApiTokenMutation, null, { name: "Lịch" })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await counts()).toEqual(before);
  });

  it("counts the 80-character limit after NFC normalisation", async () => {
    const decomposed = "Hệ".repeat(40).normalize("NFD"); // 80 letters, more code units before NFC
    expect(decomposed.length).toBeGreaterThan(80);
    const result = await runAction(createApiTokenMutation, users.admin, { name: decomposed });
    expect(result.ok).toBe(true);
  });

  it("refuses the 11th active token with a clear message, and allows one again after a revocation", async () => {
    const user = await representativeOf("Phường Nghi Thu");
    const made = [];
    for (let i = 1; i <= 10; i++) made.push(await create(user, `Mã ${i}`));
    const before = await counts();
    expect(await runAction(createApiTokenMutation, user, { name: "Mã 11" })).toEqual({
      ok: false,
      message: "apiTokens.limitReached",
    });
    expect(await counts()).toEqual(before);
    expect((await runAction(revokeApiTokenMutation, user, { id: made[0]!.id })).ok).toBe(true);
    expect((await runAction(createApiTokenMutation, user, { name: "Mã 11" })).ok).toBe(true);
  });

  it("does not let requests arriving together take more places than are left", async () => {
    const user = await representativeOf("Phường Nghi Tân");
    for (let i = 1; i <= 7; i++) await create(user, `Mã ${i}`);
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) => runAction(createApiTokenMutation, user, { name: `Cùng lúc ${i}` })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.flatMap((r) => (r.ok ? [] : [r.message]))).toEqual([
      "apiTokens.limitReached",
      "apiTokens.limitReached",
      "apiTokens.limitReached",
    ]);
    expect(await db.apiToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(10);
  });
});

describe("revoking a token", () => {
  it("stops it at once; revoking again is harmless and audited once", async () => {
    const { id, token } = await create(users.nghiHai, "Sắp thu hồi");
    expect(await authenticateApiToken(token)).not.toBeNull();
    const first = await runAction(revokeApiTokenMutation, users.nghiHai, { id });
    expect(first).toMatchObject({ ok: true, data: { id, name: "Sắp thu hồi" } });
    expect(await authenticateApiToken(token)).toBeNull();
    const again = await runAction(revokeApiTokenMutation, users.nghiHai, { id });
    expect(again.ok).toBe(true);
    const audits = await db.auditLog.findMany({ where: { entityId: id, action: "apiToken.revoke" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).not.toContain(token);
    const listed = (await listApiTokens(users.nghiHai)).find((t) => t.id === id);
    expect(listed?.revokedAt).toBeInstanceOf(Date);
  });

  it("is refused for another user's token as if it did not exist, and the token keeps working", async () => {
    const { id, token } = await create(users.nghiHai, "Của phường Nghi Hải");
    const before = await counts();
    for (const other of [users.secretariat, users.admin]) {
      expect(await runAction(revokeApiTokenMutation, other, { id })).toEqual({ ok: false, message: "errors.notFound" });
    }
    expect(await runAction(revokeApiTokenMutation, users.nghiHai, { id: "no-such-token" })).toEqual({
      ok: false,
      message: "errors.notFound",
    });
    expect(await runAction(revokeApiTokenMutation, users.nghiHai, { id: 7 })).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
    });
    expect(await counts()).toEqual(before);
    expect(await authenticateApiToken(token)).toEqual(users.nghiHai);
  });
});

describe("the token's owner", () => {
  it("loses API access when the account is deactivated, and acts with the role it has now", async () => {
    const user = await representativeOf("Phường Nghi Hòa");
    const { token } = await create(user, "Tích hợp");
    await db.user.update({ where: { id: user.id }, data: { role: "SECRETARIAT" } });
    expect((await authenticateApiToken(token))?.role).toBe("SECRETARIAT");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateApiToken(token)).toBeNull();
  });
});
