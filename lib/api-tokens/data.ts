import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound } from "@/lib/errors";
import type { z } from "zod";
import { MAX_ACTIVE_API_TOKENS, type createApiTokenSchema, type revokeApiTokenSchema } from "./schema";
import { displayPrefix, generateApiToken, hashApiToken, looksLikeApiToken } from "./token";
import { expiryFor, expiryOf, hasExpired, unexpiredWhere } from "./expiry";
import { verifyPassword } from "@/lib/auth/password";
import { beginAttempt, SignInThrottled } from "@/lib/auth/throttle";

// Every query below names the caller's own id: another user's token is simply "not found".

const REVOKED_SHOWN = 20;

const publicFields = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/**
 * The caller's tokens: every one not revoked (expired ones too, marked so), then the most recently
 * revoked. Each with when it stops working (`expiresAt`, computed for tokens from before expiry
 * existed) and whether it has. Never the hash.
 */
export async function listApiTokens(user: SessionUser, now = new Date()) {
  const [active, revoked] = await Promise.all([
    db.apiToken.findMany({
      where: { userId: user.id, revokedAt: null },
      orderBy: { createdAt: "desc" },
      select: publicFields,
    }),
    db.apiToken.findMany({
      where: { userId: user.id, revokedAt: { not: null } },
      orderBy: { revokedAt: "desc" },
      take: REVOKED_SHOWN,
      select: publicFields,
    }),
  ]);
  return [...active, ...revoked].map((token) => ({
    ...token,
    expiresAt: expiryOf(token),
    expired: hasExpired(token, now),
  }));
}

export type ApiTokenListItem = Awaited<ReturnType<typeof listApiTokens>>[number];

const CREATE_ATTEMPTS = 5;

// PostgreSQL refuses one of two serializable transactions that raced; Prisma reports it as P2034, or,
// when it surfaces at COMMIT, as the driver adapter's TransactionWriteConflict. Either way: try again.
function isSerializationFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, cause } = error as { code?: unknown; cause?: { kind?: unknown } };
  return code === "P2034" || cause?.kind === "TransactionWriteConflict";
}

/**
 * The caller's password, checked again before a lasting credential is made from their session. Wrong
 * tries count towards the sign-in throttle of the account (lib/auth/throttle.ts), so a stolen session
 * cannot guess the password here either. An account that signs in only by SSO has no password to give.
 */
async function confirmPassword(user: SessionUser, password: string) {
  const account = await db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { email: true, passwordHash: true, passwordSignIn: true },
  });
  if (!account.passwordSignIn || !account.passwordHash) throw new DomainError("apiTokens.noPassword");
  let attempt;
  try {
    attempt = await beginAttempt({ email: account.email, address: null });
    if (await verifyPassword(password, account.passwordHash)) return await attempt.succeeded();
    await attempt.failed({ id: user.id, email: account.email });
  } catch (error) {
    if (error instanceof SignInThrottled) throw new DomainError("apiTokens.passwordThrottled");
    throw error;
  }
  throw new DomainError("errors.invalidInput", { password: "apiTokens.wrongPassword" });
}

/**
 * Creates a token for the caller, once they have given their password again, and returns it in plain
 * text: the only time it exists outside the caller's hands. It stops working after the chosen number
 * of days. Serializable, so two requests at once cannot both take the tenth place.
 */
export async function createApiToken(
  user: SessionUser,
  input: z.output<typeof createApiTokenSchema>,
  now = new Date(),
) {
  await confirmPassword(user, input.password);
  const token = generateApiToken();
  const prefix = displayPrefix(token);
  const expiresAt = expiryFor(now, input.lifetimeDays);
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(
        async (tx) => {
          const active = await tx.apiToken.count({
            where: { userId: user.id, revokedAt: null, ...unexpiredWhere(now) },
          });
          if (active >= MAX_ACTIVE_API_TOKENS) throw new DomainError("apiTokens.limitReached");
          const row = await tx.apiToken.create({
            data: {
              userId: user.id,
              name: input.name,
              prefix,
              tokenHash: hashApiToken(token),
              createdAt: now,
              expiresAt,
            },
            select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true },
          });
          await recordAudit(tx, {
            actor: user,
            action: "apiToken.create",
            entityType: "ApiToken",
            entityId: row.id,
            after: { name: row.name, prefix: row.prefix, expiresAt: row.expiresAt },
          });
          return row;
        },
        { isolationLevel: "Serializable" },
      );
      return { ...created, token };
    } catch (error) {
      if (attempt >= CREATE_ATTEMPTS || !isSerializationFailure(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}

/** Revokes one of the caller's tokens; revoking it again changes nothing. */
export async function revokeApiToken(
  user: SessionUser,
  input: z.output<typeof revokeApiTokenSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.id, userId: user.id, revokedAt: null },
      data: { revokedAt: now },
    });
    const token = await tx.apiToken.findFirst({
      where: { id: input.id, userId: user.id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new NotFound();
    if (count > 0) {
      await recordAudit(tx, {
        actor: user,
        action: "apiToken.revoke",
        entityType: "ApiToken",
        entityId: token.id,
        after: { name: token.name, prefix: token.prefix },
      });
    }
    return token;
  });
}

/**
 * The owner of a token, as the rest of the data layer sees a signed-in user; null when the token is
 * unknown, revoked, expired, or its owner deactivated. Looked up by hash through the unique index.
 * Every use is recorded as the token's last use, which its owner sees on the tokens page.
 */
export async function authenticateApiToken(plain: string, now = new Date()): Promise<SessionUser | null> {
  if (!looksLikeApiToken(plain)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(plain) },
    select: {
      id: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true, active: true } },
    },
  });
  if (!token || token.revokedAt || hasExpired(token, now) || !token.user.active) return null;
  // Conditional, so a use recorded later by a concurrent request is not set back, and a revocation in
  // between is left alone.
  await db.apiToken.updateMany({
    where: { id: token.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: now } }] },
    data: { lastUsedAt: now },
  });
  const { id, email, name, role, unitId, officialId } = token.user;
  return { id, email, name, role, unitId, officialId };
}
