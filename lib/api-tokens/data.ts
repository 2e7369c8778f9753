import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound } from "@/lib/errors";
import type { z } from "zod";
import { MAX_ACTIVE_API_TOKENS, type createApiTokenSchema, type revokeApiTokenSchema } from "./schema";
import { displayPrefix, generateApiToken, hashApiToken, looksLikeApiToken } from "./token";

// Every query below names the caller's own id: another user's token is simply "not found".

const LAST_USED_RESOLUTION_MS = 60_000;
const REVOKED_SHOWN = 20;

const publicFields = {
  id: true,
  name: true,
  prefix: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
} as const;

/** The caller's tokens: every active one, then the most recently revoked. Never the hash. */
export async function listApiTokens(user: SessionUser) {
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
  return [...active, ...revoked];
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
 * Creates a token for the caller and returns it in plain text: the only time it exists outside the
 * caller's hands. Serializable, so two requests at once cannot both take the tenth place.
 */
export async function createApiToken(user: SessionUser, input: z.output<typeof createApiTokenSchema>) {
  const token = generateApiToken();
  const prefix = displayPrefix(token);
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await db.$transaction(
        async (tx) => {
          const active = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
          if (active >= MAX_ACTIVE_API_TOKENS) throw new DomainError("apiTokens.limitReached");
          const row = await tx.apiToken.create({
            data: { userId: user.id, name: input.name, prefix, tokenHash: hashApiToken(token) },
            select: { id: true, name: true, prefix: true, createdAt: true },
          });
          await recordAudit(tx, {
            actor: user,
            action: "apiToken.create",
            entityType: "ApiToken",
            entityId: row.id,
            after: { name: row.name, prefix: row.prefix },
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
 * unknown, revoked, or its owner deactivated. Looked up by hash through the unique index.
 */
export async function authenticateApiToken(plain: string, now = new Date()): Promise<SessionUser | null> {
  if (!looksLikeApiToken(plain)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(plain) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true, active: true } },
    },
  });
  if (!token || token.revokedAt || !token.user.active) return null;
  const stale = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < stale) {
    // Conditional, so concurrent requests write once; a revocation in between is left alone.
    await db.apiToken.updateMany({
      where: { id: token.id, revokedAt: null, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: stale } }] },
      data: { lastUsedAt: now },
    });
  }
  const { id, email, name, role, unitId, officialId } = token.user;
  return { id, email, name, role, unitId, officialId };
}
