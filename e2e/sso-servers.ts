// The single sign-on spec's own servers: a real OpenID Connect provider (oidc-provider, on loopback) standing in
// for a province's Keycloak, and an app instance configured to use it, on a demo database of its own. They are
// started by the spec's worker, not by the config's webServer list, because Playwright starts every webServer
// (one after another) before any test: other specs, and a run of one of them, would wait for servers they never use.
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { rmSync } from "node:fs";
import type { Server } from "node:http";
import Database from "better-sqlite3";
import type { Configuration, KoaContextWithOIDC } from "oidc-provider";

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
// Clear of the config's own servers (E2E_PORT for SQLite, +1 for PostgreSQL).
const APP_PORT = E2E_PORT + 5;
const PROVIDER_PORT = E2E_PORT + 6;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const ISSUER = `http://localhost:${PROVIDER_PORT}`;
export const PROVIDER_NAME = "Tài khoản Nghệ An";
const CLIENT = { client_id: "hoinghi", client_secret: "e2e-client-secret" };
const DATABASE = `data/e2e-sso-${E2E_PORT}.db`;

/**
 * The people the provider knows, by the login they type there. Its development login screen takes any password:
 * what is under test is how the app treats the person the provider vouches for.
 */
export const PEOPLE: Record<string, { email: string; email_verified: boolean; name: string }> = {
  nghihai: { email: "nghihai@hoinghi.local", email_verified: true, name: "Đại diện phường Nghi Hải" },
  // An SSO-only account (password sign-in turned off below).
  chutri: { email: "chutri@hoinghi.local", email_verified: true, name: "Hoàng Văn Phúc" },
  // Known to the province, never given an account in the app.
  khach: { email: "khach@nghean.gov.vn", email_verified: true, name: "Nguyễn Thị Khách" },
};
export const SSO_ONLY_EMAIL = PEOPLE.chutri!.email;

async function startProvider(): Promise<Server> {
  const { default: Provider } = await import("oidc-provider");
  const configuration: Configuration = {
    clients: [{ ...CLIENT, redirect_uris: [`${APP_URL}/api/auth/callback/sso`], response_types: ["code"] }],
    jwks: { keys: [generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" })] },
    cookies: { keys: ["e2e-cookie-key"] },
    // The app must send PKCE: a request without it is refused, as a strict Keycloak client would.
    pkce: { required: () => true },
    // Like Keycloak, put the person's claims in the ID token, which is where the app reads them.
    conformIdTokenClaims: false,
    claims: { email: ["email", "email_verified"], profile: ["name"] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    findAccount(_ctx, id) {
      const person = PEOPLE[id];
      return person && { accountId: id, claims: () => ({ sub: id, ...person }) };
    },
    // The app is the province's own client: no consent screen, as for a first-party Keycloak client.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { client, session, provider } = ctx.oidc;
      const existing = session?.grantIdFor(client!.clientId);
      if (existing) return provider.Grant.find(existing);
      const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  };
  const provider = new Provider(ISSUER, configuration);
  return new Promise((resolve) => {
    const server = provider.listen(PROVIDER_PORT, () => resolve(server));
  });
}

/** The production build served as `npm start` serves it, with single sign-on configured. */
async function startApp(): Promise<ChildProcess> {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DATABASE + suffix, { force: true });
  // Under the config's build lock, like its own servers: the build is normally there already.
  const app = spawn("sh", ["-c", "flock data/e2e-build.lock tsx scripts/build.ts && exec tsx scripts/start.ts"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PATH: `${process.cwd()}/node_modules/.bin:${process.env.PATH}`,
      NEXT_TELEMETRY_DISABLED: "1",
      HOINGHI_DEMO: "on",
      DATABASE_URL: `file:./${DATABASE}`,
      PORT: String(APP_PORT),
      NEXTAUTH_URL: APP_URL,
      SSO_ISSUER: ISSUER,
      SSO_CLIENT_ID: CLIENT.client_id,
      SSO_CLIENT_SECRET: CLIENT.client_secret,
      SSO_NAME: PROVIDER_NAME,
    },
  });
  let output = "";
  app.stdout!.on("data", (chunk) => (output += chunk));
  app.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<never>((_, reject) =>
    app.once("exit", (code) => reject(new Error(`The SSO app server exited (${code}):\n${output}`))),
  );
  const ready = (async () => {
    for (;;) {
      const answer = await fetch(`${APP_URL}/login`).catch(() => null);
      if (answer?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  })();
  await Promise.race([ready, exited]);
  // From here on its exit is stopApp's doing.
  exited.catch(() => undefined);
  return app;
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once("exit", resolve));
  // The whole group: sh's exec leaves tsx, which runs start.ts, which runs next start.
  process.kill(-app.pid!, "SIGTERM");
  await exited;
}

/** Starts both servers and makes the SSO-only account; returns how to stop them. */
export async function startSsoServers(): Promise<() => Promise<void>> {
  const provider = await startProvider();
  const app = await startApp();
  // An administrator's choice for this account, made in the database the instance just seeded.
  const database = new Database(DATABASE);
  database.prepare('UPDATE "User" SET "passwordSignIn" = 0 WHERE "email" = ?').run(SSO_ONLY_EMAIL);
  database.close();
  return async () => {
    await stopApp(app);
    await new Promise((resolve) => provider.close(resolve));
  };
}
