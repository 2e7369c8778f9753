import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { consumePasswordToken, issuePasswordLink, usablePasswordToken } from "./password-link";

beforeAll(async () => {
  await seedDemoOnce();
});

/** The token as the user receives it: in the link of the queued e-mail. */
async function linkTokenSentTo(email: string): Promise<string> {
  const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email }, orderBy: { createdAt: "desc" } });
  return /\/set-password\/([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}

describe("one-time password links", () => {
  it("queue an e-mail with the link and keep only the token's hash", async () => {
    const rep = await representativeOf("Phường Nghi Hòa");
    const { expiresAt } = await issuePasswordLink(db, { user: rep, purpose: "INVITE", createdById: null });
    const token = await linkTokenSentTo(rep.email);
    const row = await db.passwordToken.findFirstOrThrow({ where: { userId: rep.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.expiresAt).toEqual(expiresAt);
    expect((await usablePasswordToken(db, token))?.user.id).toBe(rep.id);
  });

  it("work once: a second use of the same link is refused", async () => {
    const rep = await representativeOf("Phường Nghi Hương");
    await issuePasswordLink(db, { user: rep, purpose: "RESET", createdById: null });
    const row = (await usablePasswordToken(db, await linkTokenSentTo(rep.email)))!;
    const [first, second] = await Promise.all([consumePasswordToken(db, row.id), consumePasswordToken(db, row.id)]);
    expect([first, second].sort()).toEqual([false, true]);
    expect(await usablePasswordToken(db, await linkTokenSentTo(rep.email))).toBeNull();
  });

  it("expire, and are replaced by a newer link", async () => {
    const rep = await representativeOf("Phường Nghi Thu");
    const then = new Date("2026-01-01T00:00:00Z");
    await issuePasswordLink(db, { user: rep, purpose: "RESET", createdById: null, now: then });
    const old = await linkTokenSentTo(rep.email);
    expect(await usablePasswordToken(db, old, new Date("2026-01-01T23:59:00Z"))).not.toBeNull();
    expect(await usablePasswordToken(db, old, new Date("2026-01-02T00:00:00Z"))).toBeNull();
    await issuePasswordLink(db, { user: rep, purpose: "RESET", createdById: null, now: then });
    expect(await usablePasswordToken(db, old, then)).toBeNull();
    expect(await usablePasswordToken(db, await linkTokenSentTo(rep.email), then)).not.toBeNull();
  });

  it("do not work for a deactivated account or a malformed token", async () => {
    const rep = await representativeOf("Phường Thu Thủy");
    await issuePasswordLink(db, { user: rep, purpose: "INVITE", createdById: null });
    const token = await linkTokenSentTo(rep.email);
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    expect(await usablePasswordToken(db, token)).toBeNull();
    expect(await usablePasswordToken(db, "x")).toBeNull();
  });
});
