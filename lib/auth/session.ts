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
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return userOfSession(session.user.id, session.sessionVersion);
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
