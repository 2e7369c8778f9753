import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { endSessions } from "@/lib/auth/end-sessions";
import { hashPassword, verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { beginAttempt, SignInThrottled } from "@/lib/auth/throttle";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { consumePasswordToken, passwordLinkOf } from "./password-link";
import { passwordProblem } from "./password-policy";
import type { changePasswordSchema, setPasswordSchema, updateProfileSchema } from "./schema";

// What a person does with their own account: set the password from a one-time link (not signed in),
// change it (the current one required), sign out everywhere, and keep their profile. A new password
// ends every session of the account, this one included: the person signs in again with it.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

function refusePolicyBreach(password: string, email: string) {
  const problem = passwordProblem(password, email);
  if (problem) throw new DomainError("errors.invalidInput", { password: `accounts.password.${problem}` });
}

/**
 * Stores the new hash over the account as it was checked (still active for a link, still the password
 * verified for a change: another tab or a reset link meanwhile wins), ends every session and retires
 * every link still open.
 */
async function storePassword(
  tx: Tx,
  account: { id: string } & ({ active: true } | { passwordHash: string }),
  passwordHash: string,
  now: Date,
  refusal: DomainError,
) {
  const { count } = await tx.user.updateMany({ where: account, data: { passwordHash, passwordChangedAt: now } });
  if (count === 0) throw refusal;
  await endSessions(tx, account.id);
  await tx.passwordToken.updateMany({ where: { userId: account.id, usedAt: null }, data: { usedAt: now } });
}

/** The public page of a one-time link. The link works once: of two tabs sending it, one wins. */
export async function setPasswordFromLink(input: z.output<typeof setPasswordSchema>, now = new Date()) {
  const link = await passwordLinkOf(db, input.token, now);
  const row = link.row;
  if (!row) throw new DomainError(`accounts.link.${link.state}`);
  const account = row.user;
  refusePolicyBreach(input.password, account.email);
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    if (!(await consumePasswordToken(tx, row.id, now))) throw new DomainError("accounts.link.used");
    await storePassword(
      tx,
      { id: account.id, active: true },
      passwordHash,
      now,
      new DomainError("accounts.link.unknown"),
    );
    await recordAudit(tx, {
      actor: { id: account.id, email: account.email },
      action: row.purpose === "INVITE" ? "user.passwordSet" : "user.passwordReset",
      entityType: "User",
      entityId: account.id,
    });
  });
  return { email: account.email };
}

/**
 * Whether the current password given is right. Each try counts towards the account's sign-in throttle
 * (lib/auth/throttle.ts), as a sign-in does: a session left open on a shared computer is not a way to
 * guess the password at the server's bcrypt speed.
 */
async function currentPasswordRight(
  user: SessionUser,
  account: { email: string; passwordHash: string | null },
  given: string,
) {
  if (!account.passwordHash) return verifyAgainstDecoy(given);
  try {
    const attempt = await beginAttempt({ email: account.email, address: null });
    if (await verifyPassword(given, account.passwordHash)) {
      await attempt.succeeded();
      return true;
    }
    await attempt.failed({ id: user.id, email: account.email });
    return false;
  } catch (error) {
    if (error instanceof SignInThrottled) throw new DomainError("accounts.password.throttled");
    throw error;
  }
}

export async function changeOwnPassword(user: SessionUser, input: z.output<typeof changePasswordSchema>) {
  const account = await db.user.findUnique({ where: { id: user.id }, select: { email: true, passwordHash: true } });
  if (!account) throw new NotFound();
  const current = account.passwordHash;
  if (!(await currentPasswordRight(user, account, input.current)))
    throw new DomainError("errors.invalidInput", { current: "accounts.password.currentWrong" });
  refusePolicyBreach(input.password, account.email);
  if (await verifyPassword(input.password, current!))
    throw new DomainError("errors.invalidInput", { password: "accounts.password.sameAsCurrent" });
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  await db.$transaction(async (tx) => {
    await storePassword(tx, { id: user.id, passwordHash: current! }, passwordHash, now, new StaleVersion());
    await recordAudit(tx, { actor: user, action: "user.passwordChange", entityType: "User", entityId: user.id });
  });
  return { signedOut: true as const };
}

export async function signOutEverywhere(user: SessionUser) {
  await db.$transaction(async (tx) => {
    await endSessions(tx, user.id);
    await recordAudit(tx, { actor: user, action: "user.signOutEverywhere", entityType: "User", entityId: user.id });
  });
  return { signedOut: true as const };
}

export async function updateProfile(user: SessionUser, input: z.output<typeof updateProfileSchema>) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: user.id },
      select: { name: true, phone: true, notificationEmail: true, version: true },
    });
    if (!before) throw new NotFound();
    const after = { name: input.name, phone: input.phone, notificationEmail: input.notificationEmail };
    const { count } = await tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "user.profileUpdate",
      entityType: "User",
      entityId: user.id,
      before: { name: before.name, phone: before.phone, notificationEmail: before.notificationEmail },
      after,
    });
    return { version: input.version + 1 };
  });
}
