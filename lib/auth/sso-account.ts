import "server-only";
import type { User } from "next-auth";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import type { SsoRefusal } from "./sign-in-error";

/** The ID token's claims this matching reads (OpenID Connect Core 1.0, 5.1). */
export interface SsoClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
}

export type SsoOutcome = { user: User } | { refusal: SsoRefusal };

/**
 * The account an administrator created for the person the provider vouches for, matched by e-mail. Signing in
 * never creates an account; an e-mail the provider has not verified matches nothing, since anyone could have
 * typed it into their profile there. Every sign-in and every refusal is audited, with the provider's subject.
 */
export async function signInWithSso(claims: SsoClaims, issuer: string): Promise<SsoOutcome> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const provider = { issuer, subject: claims.sub };
  return db.$transaction(async (tx) => {
    const refuse = async (refusal: SsoRefusal, userId: string | null): Promise<SsoOutcome> => {
      await recordAudit(tx, {
        actor: null,
        actorEmail: email || undefined,
        action: "auth.ssoRefused",
        entityType: "User",
        entityId: userId,
        after: { reason: refusal, ...provider },
      });
      return { refusal };
    };
    if (!email || claims.email_verified !== true) return refuse("SsoUnverifiedEmail", null);
    const found = await tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        unitId: true,
        officialId: true,
        sessionVersion: true,
        active: true,
      },
    });
    if (!found) return refuse("SsoUnknownAccount", null);
    const { active, ...user } = found;
    if (!active) return refuse("SsoInactiveAccount", user.id);
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, {
      actor: { id: user.id, email: user.email },
      action: "auth.ssoSignIn",
      entityType: "User",
      entityId: user.id,
      after: provider,
    });
    return { user };
  });
}
