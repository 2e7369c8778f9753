// `npm start`: prepare the database, build when the sources are newer than the last build, serve.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "../lib/db/url";
import { ssoSettings } from "../lib/auth/sso-settings";
import { smtpUrlProblem } from "../lib/mail/smtp-security";
import { demoProblem, listenHost, transportProblem } from "../lib/security/serving";
import { claimDatabase } from "./instance-lock";
import { portIsFree } from "./port-free";
import { prepare } from "./prepare";
import { buildIfNeeded, nextBin } from "./build-if-needed";

const root = process.cwd();

/** A stable secret for signing sessions: NEXTAUTH_SECRET, or one generated once and kept in data/. */
function authSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(root, "data", "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const port = process.env.PORT ?? "3000";
  // A half-configured single sign-on refuses to start rather than failing on the first sign-in.
  ssoSettings(process.env);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  for (const problem of [smtpUrlProblem(env.SMTP_URL), transportProblem(env)]) if (problem) throw new Error(problem);
  claimDatabase(resolveDatabaseUrl(env));
  if (!(await portIsFree(Number(port)))) {
    throw new Error(
      `Port ${port} is already taken (another instance or program listens on it). Set PORT to a free port.`,
    );
  }
  const { demo } = await prepare(env);
  const refusal = demo ? demoProblem(env) : null;
  if (refusal) throw new Error(refusal);
  // A demo, whose passwords are published, is reachable from this machine only unless HOINGHI_DEMO=on.
  const host = listenHost(env, demo);
  buildIfNeeded();
  console.log(
    host
      ? `Serving the demo on http://localhost:${port}, to this machine only (HOINGHI_DEMO=on serves it on the network)`
      : `Serving on port ${port}, public address ${env.NEXTAUTH_URL}`,
  );
  const server = spawn(process.execPath, [nextBin, "start", "-p", port, ...(host ? ["-H", host] : [])], {
    stdio: "inherit",
    // HOINGHI_LISTEN_HOST tells the pages what the server listens on (see mayShowDemoPassword).
    env: { ...env, NEXTAUTH_SECRET: authSecret(), HOINGHI_LISTEN_HOST: host ?? "" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  // An instance already running is an expected situation: one plain sentence, no stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
