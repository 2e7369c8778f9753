import { beforeAll, describe, expect, it } from "vitest";
import type { User } from "next-auth";
import { db } from "@/lib/db/client";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { DEMO_PASSWORD as PASSWORD } from "@/lib/demo/accounts";
import { authOptions } from "./options";
import { userOfSession } from "./session";
import { signInWithSso, type SsoOutcome } from "./sso-account";
import { ssoProviders, ssoRefusalRedirect } from "./sso-provider";

const ISSUER = "https://sso.nghean.gov.vn/realms/nghean";

beforeAll(async () => {
  await seedDemoOnce();
});

function signedIn(outcome: SsoOutcome): User {
  if (!("user" in outcome)) throw new Error(`refused: ${outcome.refusal}`);
  return outcome.user;
}

async function lastAudit() {
  const entry = await db.auditLog.findFirstOrThrow({ orderBy: [{ at: "desc" }, { id: "desc" }] });
  return { ...entry, after: entry.after && JSON.parse(entry.after) };
}

/** The session the JWT and session callbacks make of what the provider's profile step returned. */
async function sessionOf(user: User) {
  const token = await authOptions.callbacks!.jwt!({
    token: { sub: user.id, email: user.email, name: user.name },
    user,
    account: null,
    trigger: "signIn",
  } as never);
  return (await authOptions.callbacks!.session!({ session: { expires: "" }, token, user } as never)) as unknown as {
    user: { id: string };
    sessionVersion: number;
  };
}

describe("single sign-on matches the provider's person to an account", () => {
  it("signs in the account whose e-mail the provider verified, whatever its case, with a session like a password's", async () => {
    const rep = await representativeOf("Phường Nghi Tân");
    await db.user.update({ where: { id: rep.id }, data: { sessionVersion: 4 } });
    const usersBefore = await db.user.count();
    const user = signedIn(
      await signInWithSso({ sub: "kc-1", email: ` ${rep.email.toUpperCase()} `, email_verified: true }, ISSUER),
    );
    expect(user).toMatchObject({
      id: rep.id,
      email: rep.email,
      role: "UNIT_REP",
      unitId: rep.unitId,
      sessionVersion: 4,
    });
    expect(ssoRefusalRedirect(user)).toBe(true);
    expect(await db.user.count()).toBe(usersBefore);
    expect((await db.user.findUniqueOrThrow({ where: { id: rep.id } })).lastLoginAt).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "auth.ssoSignIn",
      actorId: rep.id,
      entityId: rep.id,
      after: { issuer: ISSUER, subject: "kc-1" },
    });

    const session = await sessionOf(user);
    expect(session.sessionVersion).toBe(4);
    expect(await userOfSession(session.user.id, session.sessionVersion)).toMatchObject({ id: rep.id });
  });

  it("never creates an account for an e-mail nobody registered, and says so on the login page", async () => {
    const usersBefore = await db.user.count();
    const outcome = await signInWithSso({ sub: "kc-2", email: "nguoila@nghean.gov.vn", email_verified: true }, ISSUER);
    expect(outcome).toEqual({ refusal: "SsoUnknownAccount" });
    expect(await db.user.count()).toBe(usersBefore);
    expect(await lastAudit()).toMatchObject({
      action: "auth.ssoRefused",
      actorId: null,
      actorEmail: "nguoila@nghean.gov.vn",
      entityId: null,
      after: { reason: "SsoUnknownAccount", issuer: ISSUER, subject: "kc-2" },
    });
  });

  it("refuses a deactivated account without touching it", async () => {
    const rep = await representativeOf("Phường Nghi Thủy");
    await db.user.update({ where: { id: rep.id }, data: { active: false } });
    const outcome = await signInWithSso({ sub: "kc-3", email: rep.email, email_verified: true }, ISSUER);
    expect(outcome).toEqual({ refusal: "SsoInactiveAccount" });
    expect((await db.user.findUniqueOrThrow({ where: { id: rep.id } })).lastLoginAt).toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "auth.ssoRefused",
      entityId: rep.id,
      after: { reason: "SsoInactiveAccount" },
    });
  });

  it("matches nothing on an e-mail the provider has not verified, or none at all", async () => {
    const { nghiHai } = await seedDemoOnce();
    for (const claims of [
      { sub: "kc-4", email: nghiHai.email, email_verified: false },
      { sub: "kc-4", email: nghiHai.email },
      { sub: "kc-4", email: nghiHai.email, email_verified: "true" },
      { sub: "kc-4", email_verified: true },
    ]) {
      expect(await signInWithSso(claims, ISSUER)).toEqual({ refusal: "SsoUnverifiedEmail" });
    }
    expect(await lastAudit()).toMatchObject({ action: "auth.ssoRefused", after: { reason: "SsoUnverifiedEmail" } });
  });

  it("turns a refusal into the login page saying why, before any session exists", () => {
    const refused = { id: "kc-2", ssoRefusal: "SsoUnknownAccount" as const };
    expect(ssoRefusalRedirect(refused)).toBe("/login?error=SsoUnknownAccount");
    expect(authOptions.callbacks!.signIn!({ user: refused as never, account: null })).toBe(
      "/login?error=SsoUnknownAccount",
    );
  });
});

describe("the provider", () => {
  it("is absent unless configured, and checks PKCE, state and nonce on an ID token when it is", () => {
    expect(ssoProviders(null)).toEqual([]);
    const [provider] = ssoProviders({ issuer: ISSUER, clientId: "hoinghi", clientSecret: "s", name: "Keycloak" });
    expect(provider).toMatchObject({
      id: "sso",
      name: "Keycloak",
      type: "oauth",
      wellKnown: `${ISSUER}/.well-known/openid-configuration`,
      clientId: "hoinghi",
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      authorization: { params: { scope: "openid email profile" } },
    });
  });
});

describe("password sign-in", () => {
  type Authorize = (credentials: Record<string, string>, req: object) => Promise<User | null>;
  const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

  it("is refused to an account that signs in only by SSO, even with the right password", async () => {
    const { chair } = await seedDemoOnce();
    expect(await authorize({ email: chair.email, password: PASSWORD }, {})).toMatchObject({ id: chair.id });
    await db.user.update({ where: { id: chair.id }, data: { passwordSignIn: false } });
    expect(await authorize({ email: chair.email, password: PASSWORD }, {})).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "auth.signInFailed", entityId: chair.id });
    // The same person still comes in through the provider.
    const user = signedIn(await signInWithSso({ sub: "kc-5", email: chair.email, email_verified: true }, ISSUER));
    expect(user.id).toBe(chair.id);
  });
});
