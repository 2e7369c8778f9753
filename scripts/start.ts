// `npm start`: prepare the database, build when the sources are newer than the last build, serve.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabaseUrl } from "../lib/db/url";
import { smtpUrlProblem } from "../lib/mail/smtp-security";
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
  const smtpProblem = smtpUrlProblem(process.env.SMTP_URL);
  if (smtpProblem) throw new Error(smtpProblem);
  claimDatabase(resolveDatabaseUrl(process.env));
  if (!(await portIsFree(Number(port)))) {
    throw new Error(
      `Port ${port} is already taken (another instance or program listens on it). Set PORT to a free port.`,
    );
  }
  await prepare();
  buildIfNeeded();
  const env = {
    ...process.env,
    NEXTAUTH_SECRET: authSecret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  };
  console.log(`Serving on http://localhost:${port}`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", port], { stdio: "inherit", env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  // An instance already running is an expected situation: one plain sentence, no stack trace.
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
