import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { authOptions } from "./options";
import type { Role, SessionUser } from "./roles";

/**
 * The signed-in user as the database knows them now, not as the token remembers: a deactivated
 * account, or a session issued before the account's session version was raised (a new password, a
 * changed role, "sign out everywhere"), is no session at all from the next request on. Cached for the request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await currentSessionClaims();
  return claims && userOfSession(claims.userId, claims.sessionVersion);
});

/** What the request's session token says, to check it again later (a long-lived board stream). */
export const currentSessionClaims = cache(async (): Promise<{ userId: string; sessionVersion: number } | null> => {
  const session = await getServerSession(authOptions);
  return session?.user?.id ? { userId: session.user.id, sessionVersion: session.sessionVersion } : null;
});

/** The account behind a session's claims, or null when it may no longer act. */
export async function userOfSession(userId: string, sessionVersion: number): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      unitId: true,
      officialId: true,
      active: true,
      sessionVersion: true,
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    officialId: user.officialId,
  };
}

/** For pages: sign-in when there is no session, HTTP 403 with a clear page when the role may not open it. */
export async function requirePageUser(roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect("/login");
  if (roles && !roles.includes(user.role)) forbidden();
  return user;
}
