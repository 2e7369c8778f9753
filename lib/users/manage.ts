import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { takeLock } from "@/lib/db/locks";
import type { SessionUser } from "@/lib/auth/roles";
import { endSessions } from "@/lib/auth/end-sessions";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { validOnWhere } from "@/lib/units/validity";
import { accountUnit, changesAccess, type AccountShape } from "./account-rules";
import { issuePasswordLink } from "./password-link";
import type { createUserSchema, sendPasswordLinkSchema, setUserActiveSchema, updateUserSchema } from "./schema";

// Administrators create accounts, edit them, deactivate and reactivate them, and send password links.
// Every one of these runs under the accounts lock (PostgreSQL; SQLite writes one at a time anyway), so
// its checks see every change committed before it: an address or an official cannot be taken twice,
// and of two administrators demoting each other at the same moment the second finds itself the last.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

function requireAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
}

const invalid = (fieldErrors: Record<string, string>) => new DomainError("errors.invalidInput", fieldErrors);

/** What the audit log keeps of an account: never its password or its secrets. */
const audited = (u: {
  name: string;
  email: string;
  role: string;
  unitId: string;
  officialId: string | null;
  passwordSignIn: boolean;
}) => ({
  name: u.name,
  email: u.email,
  role: u.role,
  unitId: u.unitId,
  officialId: u.officialId,
  passwordSignIn: u.passwordSignIn,
});

/**
 * The unit and official the account will have, checked against the database: the unit exists today,
 * the official is in post, not another account's, and of the account's unit or one directly under it
 * (a chair takes the official's unit).
 */
async function resolveAccount(
  tx: Tx,
  input: AccountShape & { email: string },
  now: Date,
  userId: string | null,
): Promise<{ unitId: string; officialId: string | null }> {
  const problems: Record<string, string> = {};
  const official = input.officialId
    ? await tx.official.findUnique({
        where: { id: input.officialId },
        select: { unitId: true, validTo: true, unit: { select: { parentId: true } }, user: { select: { id: true } } },
      })
    : null;
  if (input.officialId && (!official || (official.validTo && official.validTo <= now)))
    problems.officialId = "accounts.validation.unknownOfficial";
  else if (official?.user && official.user.id !== userId) problems.officialId = "accounts.validation.officialTaken";
  const placed = problems.officialId
    ? null
    : accountUnit(input, official && { unitId: official.unitId, parentUnitId: official.unit.parentId });
  if (placed && "problem" in placed) Object.assign(problems, placed.problem);
  if (placed && "unitId" in placed) {
    const unit = await tx.unit.findFirst({ where: { AND: [{ id: placed.unitId }, validOnWhere(now)] } });
    if (!unit) problems[input.role === "CHAIR" ? "officialId" : "unitId"] = "validation.unknownUnit";
  }
  const sameAddress = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (sameAddress && sameAddress.id !== userId) problems.email = "accounts.validation.emailTaken";
  if (Object.keys(problems).length > 0 || !placed || !("unitId" in placed)) throw invalid(problems);
  return { unitId: placed.unitId, officialId: input.officialId };
}

/** Refuses a change that would leave no active administrator but the one it takes away. */
async function keepAnotherAdministrator(tx: Tx, userId: string) {
  const others = await tx.user.count({ where: { role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new DomainError("accounts.errors.lastAdmin");
}

export async function createUser(user: SessionUser, input: z.output<typeof createUserSchema>, now = new Date()) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    await takeLock(tx, "accounts");
    const placed = await resolveAccount(tx, input, now, null);
    const created = await tx.user.create({
      data: {
        name: input.name,
        email: input.email,
        role: input.role,
        passwordSignIn: input.passwordSignIn,
        ...placed,
      },
      select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true, passwordSignIn: true },
    });
    // No password yet: the new user sets one from the e-mail's one-time link (an SSO-only user needs none).
    if (created.passwordSignIn)
      await issuePasswordLink(tx, { user: created, purpose: "INVITE", createdById: user.id, now });
    await recordAudit(tx, {
      actor: user,
      action: "user.create",
      entityType: "User",
      entityId: created.id,
      after: audited(created),
    });
    return { id: created.id };
  });
}

export async function updateUser(user: SessionUser, input: z.output<typeof updateUserSchema>, now = new Date()) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    await takeLock(tx, "accounts");
    const before = await tx.user.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFound();
    if (before.version !== input.version) throw new StaleVersion();
    const placed = await resolveAccount(tx, input, now, before.id);
    if (before.role === "ADMIN" && before.active && input.role !== "ADMIN")
      await keepAnotherAdministrator(tx, before.id);
    const after = {
      name: input.name,
      email: input.email,
      role: input.role,
      passwordSignIn: input.passwordSignIn ?? before.passwordSignIn,
      ...placed,
    };
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...after, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    if (changesAccess(before, after)) await endSessions(tx, before.id);
    // Password sign-in turned off: links still open would bring it back through a new password.
    if (before.passwordSignIn && !after.passwordSignIn)
      await tx.passwordToken.updateMany({ where: { userId: before.id, usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, {
      actor: user,
      action: "user.update",
      entityType: "User",
      entityId: before.id,
      before: audited(before),
      after: audited(after),
    });
    return { id: before.id, version: input.version + 1 };
  });
}

/** Deactivating ends the account's sessions and its open password links; reactivating gives neither back. */
export async function setUserActive(user: SessionUser, input: z.output<typeof setUserActiveSchema>, now = new Date()) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    await takeLock(tx, "accounts");
    const before = await tx.user.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFound();
    if (before.version !== input.version) throw new StaleVersion();
    if (before.active === input.active) return { id: before.id, version: before.version };
    if (!input.active && before.role === "ADMIN") await keepAnotherAdministrator(tx, before.id);
    const { count } = await tx.user.updateMany({
      where: { id: input.id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    if (!input.active) {
      await endSessions(tx, before.id);
      await tx.passwordToken.updateMany({ where: { userId: before.id, usedAt: null }, data: { usedAt: now } });
    }
    await recordAudit(tx, {
      actor: user,
      action: input.active ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: before.id,
    });
    return { id: before.id, version: input.version + 1 };
  });
}

/**
 * Sends the account a new one-time link: to set a first password when it has none yet (the invitation
 * again), otherwise to reset it. The current password keeps working until a new one is set.
 */
export async function sendPasswordLink(
  user: SessionUser,
  input: z.output<typeof sendPasswordLinkSchema>,
  now = new Date(),
) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    await takeLock(tx, "accounts");
    const target = await tx.user.findUnique({
      where: { id: input.id },
      select: { id: true, email: true, name: true, active: true, passwordHash: true, passwordSignIn: true },
    });
    if (!target) throw new NotFound();
    if (!target.active) throw new DomainError("accounts.errors.inactive");
    if (!target.passwordSignIn) throw new DomainError("accounts.errors.ssoOnly");
    const purpose = target.passwordHash ? "RESET" : "INVITE";
    const { expiresAt } = await issuePasswordLink(tx, { user: target, purpose, createdById: user.id, now });
    await recordAudit(tx, {
      actor: user,
      action: "user.passwordLink",
      entityType: "User",
      entityId: target.id,
      after: { purpose, to: target.email, expiresAt: expiresAt.toISOString() },
    });
    return { purpose, expiresAt };
  });
}
