import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { authenticateApiToken, createApiToken, listApiTokens } from "./data";
import { createApiTokenMutation, revokeApiTokenMutation } from "./mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let demoHash: string;

beforeAll(async () => {
  users = await seedDemoOnce();
  demoHash = await hashPassword(DEMO_PASSWORD);
});

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const counts = async () => ({ tokens: await db.apiToken.count(), audit: await db.auditLog.count() });

/** A representative of the unit who signs in with the demo password, as the demo's accounts do. */
async function representativeWithPassword(unitName: string) {
  const user = await representativeOf(unitName);
  await db.user.update({ where: { id: user.id }, data: { passwordHash: demoHash } });
  return user;
}

async function create(user: SessionUser, name: string) {
  const result = await runAction(createApiTokenMutation, user, { name, password: DEMO_PASSWORD });
  if (!result.ok) throw new Error(`create failed: ${result.message}`);
  return result.data;
}

describe("creating a token", () => {
  it("returns the token once; it authenticates as its owner and the database keeps only its hash", async () => {
    const typed = "  Lịch   Outlook của phường ".normalize("NFD");
    const result = await runAction(createApiTokenMutation, users.nghiHai, { name: typed, password: DEMO_PASSWORD });
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

  it("records every use as the last one, never setting it back", async () => {
    const { id, token } = await create(users.secretariat, "Báo cáo tuần");
    const t0 = new Date(Date.now() + 1_000);
    const lastUsed = async () => (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    await authenticateApiToken(token, t0);
    expect(await lastUsed()).toEqual(t0);
    const next = new Date(t0.getTime() + 1_000);
    await authenticateApiToken(token, next);
    expect(await lastUsed()).toEqual(next);
    // A slower request that started earlier does not overwrite the later use.
    await authenticateApiToken(token, t0);
    expect(await lastUsed()).toEqual(next);
  });

  it("lists only the caller's own tokens, never the hash", async () => {
    const { id } = await create(users.chair, "Lịch chủ trì");
    const mine = await listApiTokens(users.chair);
    expect(mine.map((t) => t.id)).toContain(id);
    for (const token of mine)
      expect(Object.keys(token).sort()).toEqual([
        "createdAt",
        "expired",
        "expiresAt",
        "id",
        "lastUsedAt",
        "name",
        "prefix",
        "revokedAt",
      ]);
    expect((await listApiTokens(users.nghiHai)).some((t) => t.id === id)).toBe(false);
  });

  it("answers bad input field by field and writes nothing", async () => {
    const before = await counts();
    const password = DEMO_PASSWORD;
    for (const [input, fieldErrors] of [
      [{ name: "", password }, { name: "validation.required" }],
      [{ name: "  \t ", password }, { name: "validation.required" }],
      [{ name: "x".repeat(81), password }, { name: "validation.tooLong" }],
      [{ name: 42, password }, { name: "validation.invalid" }],
      [{ name: null, password }, { name: "validation.invalid" }],
      [{ password }, { name: "validation.invalid" }],
      [{ name: "Lịch" }, { password: "validation.required" }],
      [{ name: "Lịch", password: "" }, { password: "validation.required" }],
      [{ name: "Lịch", password, lifetimeDays: 1000 }, { lifetimeDays: "validation.invalid" }],
      [{ name: "Lịch", password, lifetimeDays: "mãi mãi" }, { lifetimeDays: "validation.invalid" }],
    ] as const) {
      const result = await runAction(createApiTokenMutation, users.nghiHai, input);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, message: "errors.invalidInput", fieldErrors });
    }
    expect(await runAction(createApiTokenMutation, null, { name: "Lịch", password })).toEqual({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await counts()).toEqual(before);
  });

  it("counts the 80-character limit after NFC normalisation", async () => {
    const decomposed = "Hệ".repeat(40).normalize("NFD"); // 80 letters, more code units before NFC
    expect(decomposed.length).toBeGreaterThan(80);
    const result = await runAction(createApiTokenMutation, users.admin, { name: decomposed, password: DEMO_PASSWORD });
    expect(result.ok).toBe(true);
  });

  it("refuses the 11th active token with a clear message, and allows one again after a revocation", async () => {
    const user = await representativeWithPassword("Phường Nghi Thu");
    const made = [];
    for (let i = 1; i <= 10; i++) made.push(await create(user, `Mã ${i}`));
    const before = await counts();
    expect(await runAction(createApiTokenMutation, user, { name: "Mã 11", password: DEMO_PASSWORD })).toEqual({
      ok: false,
      message: "apiTokens.limitReached",
    });
    expect(await counts()).toEqual(before);
    expect((await runAction(revokeApiTokenMutation, user, { id: made[0]!.id })).ok).toBe(true);
    expect((await runAction(createApiTokenMutation, user, { name: "Mã 11", password: DEMO_PASSWORD })).ok).toBe(true);
  });

  it("does not let requests arriving together take more places than are left", async () => {
    const user = await representativeWithPassword("Phường Nghi Tân");
    for (let i = 1; i <= 7; i++) await create(user, `Mã ${i}`);
    const results = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((i) =>
        runAction(createApiTokenMutation, user, { name: `Cùng lúc ${i}`, password: DEMO_PASSWORD }),
      ),
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

describe("the password asked again", () => {
  it("refuses a wrong one, creating nothing, and counts it towards the account's sign-in throttle", async () => {
    const user = await representativeWithPassword("Phường Nghi Hương");
    const before = await counts();
    const wrong = () => runAction(createApiTokenMutation, user, { name: "Lịch", password: "khong-dung" });
    for (let i = 0; i < 5; i++)
      expect(await wrong()).toEqual({
        ok: false,
        message: "errors.invalidInput",
        fieldErrors: { password: "apiTokens.wrongPassword" },
      });
    // The sixth wrong one starts the account's wait: from then on even the right one is refused for a while.
    expect(await wrong()).toEqual({ ok: false, message: "apiTokens.passwordThrottled" });
    expect(await runAction(createApiTokenMutation, user, { name: "Lịch", password: DEMO_PASSWORD })).toEqual({
      ok: false,
      message: "apiTokens.passwordThrottled",
    });
    expect(await db.apiToken.count({ where: { userId: user.id } })).toBe(0);
    expect((await counts()).tokens).toBe(before.tokens);
    expect(await db.auditLog.count({ where: { action: "apiToken.create", actorId: user.id } })).toBe(0);
  });

  it("is not available to an account that signs in only by SSO", async () => {
    const user = await representativeWithPassword("Phường Thu Thủy");
    await db.user.update({ where: { id: user.id }, data: { passwordSignIn: false, passwordHash: null } });
    expect(await runAction(createApiTokenMutation, user, { name: "Lịch", password: DEMO_PASSWORD })).toEqual({
      ok: false,
      message: "apiTokens.noPassword",
    });
  });
});

describe("a token's expiry", () => {
  it("is 90 days unless chosen, shown in the list; an expired token is refused and frees its place", async () => {
    const user = await representativeWithPassword("Phường Nghi Thủy");
    const t0 = new Date("2030-01-07T01:00:00Z");
    const day = (n: number) => new Date(t0.getTime() + n * 86_400_000);
    const standard = await createApiToken(user, { name: "Mặc định", password: DEMO_PASSWORD, lifetimeDays: 90 }, t0);
    const month = await createApiToken(user, { name: "Một tháng", password: DEMO_PASSWORD, lifetimeDays: 30 }, t0);
    expect(standard.expiresAt).toEqual(day(90));
    expect(month.expiresAt).toEqual(day(30));
    const form = new FormData();
    form.set("name", "Từ biểu mẫu");
    form.set("password", DEMO_PASSWORD);
    const fromForm = await runAction(createApiTokenMutation, user, form);
    expect(fromForm.ok && fromForm.data.expiresAt!.getTime() - fromForm.data.createdAt.getTime()).toBe(90 * 86_400_000);

    expect(await authenticateApiToken(month.token, day(29))).toMatchObject({ id: user.id });
    expect(await authenticateApiToken(month.token, day(30))).toBeNull();
    expect(await authenticateApiToken(standard.token, day(30))).toMatchObject({ id: user.id });
    const listed = await listApiTokens(user, day(30));
    expect(listed.find((t) => t.id === month.id)).toMatchObject({ expiresAt: day(30), expired: true });
    expect(listed.find((t) => t.id === standard.id)).toMatchObject({ expiresAt: day(90), expired: false });

    // A token from before expiry existed counts 90 days from its creation.
    await db.apiToken.update({ where: { id: standard.id }, data: { expiresAt: null, createdAt: t0 } });
    expect(await authenticateApiToken(standard.token, day(89))).not.toBeNull();
    expect(await authenticateApiToken(standard.token, day(90))).toBeNull();

    // Expired tokens leave their places to new ones.
    for (let i = 0; i < 8; i++)
      await createApiToken(user, { name: `Ngắn ${i}`, password: DEMO_PASSWORD, lifetimeDays: 30 }, t0);
    const later = { name: "Sau khi hết hạn", password: DEMO_PASSWORD, lifetimeDays: 90 as const };
    await expect(createApiToken(user, later, day(1))).rejects.toMatchObject({ key: "apiTokens.limitReached" });
    await expect(createApiToken(user, later, day(31))).resolves.toMatchObject({ name: "Sau khi hết hạn" });
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
    const user = await representativeWithPassword("Phường Nghi Hòa");
    const { token } = await create(user, "Tích hợp");
    await db.user.update({ where: { id: user.id }, data: { role: "SECRETARIAT" } });
    expect((await authenticateApiToken(token))?.role).toBe("SECRETARIAT");
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await authenticateApiToken(token)).toBeNull();
  });
});
