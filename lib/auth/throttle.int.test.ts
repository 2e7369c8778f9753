import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { beginAttempt, SignInThrottled } from "./throttle";
import { addressKey } from "./throttle-policy";

// Every password check is counted: a throttled try must be refused before bcrypt runs.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  return {
    ...real,
    verifyPassword: (password: string, hash: string) => (checks.count++, real.verifyPassword(password, hash)),
    verifyAgainstDecoy: (password: string) => (checks.count++, real.verifyAgainstDecoy(password)),
  };
});
const { authOptions } = await import("./options");

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;
const signIn = (email: string, password: string, from = "203.113.1.5") =>
  authorize({ email, password }, { headers: { "x-forwarded-for": from } }).then(
    (user) => (user ? "signed in" : "wrong"),
    (error: Error) => error.message,
  );

const failuresAudited = (email: string) =>
  db.auditLog.count({ where: { action: "auth.signInFailed", actorEmail: email } });

beforeAll(async () => {
  await seedDemoOnce();
});
beforeEach(() => {
  checks.count = 0;
});

describe("signing in with a wrong password again and again", () => {
  it("is let through five times, then made to wait, even with the right password, without checking it", async () => {
    const email = "vanphong@hoinghi.local";
    for (let i = 0; i < 5; i++) expect(await signIn(email, `doan-sai-${i}`)).toBe("wrong");
    // The sixth failure starts the wait and says so at once; during it the right password is not even checked.
    expect(await signIn(email, "doan-sai-6")).toBe("throttled:1");
    expect(checks.count).toBe(6);
    expect(await signIn(email, DEMO_PASSWORD)).toBe("throttled:1");
    expect(await signIn(email.toUpperCase(), DEMO_PASSWORD, "198.51.100.7")).toBe("throttled:1");
    expect(checks.count).toBe(6);
    // One audit row for the run, naming the account and the address.
    expect(await failuresAudited(email)).toBe(1);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "auth.signInFailed", actorEmail: email } });
    expect(JSON.parse(row.after!)).toMatchObject({ address: "203.113.1.5", accountFailures: 1 });
    const account = await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } });
    expect(account.failures).toBe(6);
    expect(account.blockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("doubles the wait after each failure past it, and forgets the count when the right password comes", async () => {
    const email = "chutri@hoinghi.local";
    const t0 = new Date("2030-01-07T01:00:00Z");
    const after = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    const fail = async (now: Date) => (await beginAttempt({ email, address: null }, now)).failed(null);
    for (let i = 0; i < 5; i++) await fail(t0);
    await expect(fail(t0)).rejects.toEqual(new SignInThrottled(1)); // waits 30 s
    await expect(beginAttempt({ email, address: null }, after(29))).rejects.toBeInstanceOf(SignInThrottled);
    await expect(fail(after(30))).rejects.toEqual(new SignInThrottled(1)); // 60 s from 30
    await expect(beginAttempt({ email, address: null }, after(89))).rejects.toBeInstanceOf(SignInThrottled);
    await expect(fail(after(90))).rejects.toEqual(new SignInThrottled(2)); // 120 s from 90
    await (await beginAttempt({ email, address: null }, after(210))).succeeded();
    expect(await db.signInThrottle.findUnique({ where: { key: `account:${email}` } })).toBeNull();
    // The wait is forgotten too: five failures are free again.
    for (let i = 0; i < 5; i++) await fail(after(211));
  });

  it("forgets a count a day after its last failure", async () => {
    const email = "nghihai@hoinghi.local";
    const t0 = new Date("2030-02-04T01:00:00Z");
    for (let i = 0; i < 5; i++) await (await beginAttempt({ email, address: null }, t0)).failed(null);
    const nextDay = new Date(t0.getTime() + 24 * 3_600_000);
    await (await beginAttempt({ email, address: null }, nextDay)).failed(null);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } })).failures).toBe(1);
  });
});

describe("guessing from one address", () => {
  it("stops one address trying many accounts, not the others, and does not log the e-mails it made up", async () => {
    const from = "192.0.2.66";
    const before = await db.auditLog.count({ where: { action: "auth.signInFailed" } });
    for (let i = 0; i < 30; i++) expect(await signIn(`khong-co-${i}@hoinghi.local`, "mat-khau", from)).toBe("wrong");
    expect(await signIn("khong-co-30@hoinghi.local", "mat-khau", from)).toBe("throttled:1");
    expect(await signIn("admin@hoinghi.local", DEMO_PASSWORD, from)).toBe("throttled:1");
    expect(await signIn("admin@hoinghi.local", DEMO_PASSWORD, "192.0.2.67")).toBe("signed in");
    // One coalesced row for the address, with no made-up e-mail in it.
    const rows = await db.auditLog.findMany({ where: { action: "auth.signInFailed" }, skip: before });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorEmail: null, entityId: null });
    expect(JSON.parse(rows[0]!.after!)).toMatchObject({ address: from });
    expect(JSON.stringify(rows)).not.toContain("khong-co");
  });

  it("takes back a right password's try, so an office signing in all day is never made to wait", async () => {
    const from = addressKey("2001:db8:7:1::42")!;
    const start = new Date("2030-03-04T01:00:00Z");
    for (let i = 0; i < 40; i++)
      await (await beginAttempt({ email: "admin@hoinghi.local", address: from }, start)).succeeded();
    expect(await db.signInThrottle.findUniqueOrThrow({ where: { key: from } })).toMatchObject({
      failures: 0,
      blockedUntil: null,
    });
  });
});

describe("a burst of simultaneous guesses", () => {
  it("checks at most one password past the free tries, however many arrive at once", async () => {
    const email = "admin@hoinghi.local";
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn(email, `song-song-${i}`, `198.51.100.${i + 10}`)),
    );
    expect(checks.count).toBeLessThanOrEqual(6);
    expect(results.filter((r) => r === "wrong").length).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r === "throttled:1").length).toBeGreaterThanOrEqual(14);
    expect((await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${email}` } })).failures).toBe(6);
  });
});
