import "server-only";
import type { NextAuthOptions } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { signInSchema } from "./credentials";
import { verifyAgainstDecoy, verifyPassword } from "./password";
import { ssoProviders, ssoRefusalRedirect } from "./sso-provider";
import { beginAttempt } from "./throttle";
import { addressKey } from "./throttle-policy";
import type { Role } from "./roles";
import { isSecureTransport } from "@/lib/security/serving";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  // Secure (and __Secure- prefixed) session cookies wherever browsers use https, a TLS proxy included.
  useSecureCookies: isSecureTransport(process.env),
  // Errors too land on the login page (a refused or failed single sign-on), which says what happened.
  pages: { signIn: "/login", error: "/login" },
  providers: [
    Credentials({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        // Throws while this account or address must wait (lib/auth/throttle.ts): no password is checked.
        const attempt = await beginAttempt({ email, address: addressKey(req?.headers?.["x-forwarded-for"]) });
        const user = await db.user.findUnique({ where: { email } });
        // An account without a password yet, or one that signs in only by SSO, fails like a wrong password.
        const usable = user && user.active && user.passwordSignIn && user.passwordHash ? user.passwordHash : null;
        const ok = usable ? await verifyPassword(password, usable) : await verifyAgainstDecoy(password);
        if (!user || !ok) {
          await attempt.failed(user);
          return null;
        }
        await attempt.succeeded();
        await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
        await recordAudit(db, {
          actor: { id: user.id, email: user.email },
          action: "auth.signIn",
          entityType: "User",
          entityId: user.id,
        });
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          unitId: user.unitId,
          officialId: user.officialId,
          sessionVersion: user.sessionVersion,
        };
      },
    }),
    ...ssoProviders(),
  ],
  callbacks: {
    signIn: ({ user }) => ssoRefusalRedirect(user),
    jwt({ token, user }) {
      if (user) {
        token.role = user.role;
        token.unitId = user.unitId;
        token.officialId = user.officialId;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = {
        id: token.sub!,
        email: token.email ?? "",
        name: token.name ?? "",
        role: token.role as Role,
        unitId: token.unitId as string,
        officialId: (token.officialId as string | null) ?? null,
      };
      session.sessionVersion = token.sessionVersion ?? 0;
      return session;
    },
  },
};
