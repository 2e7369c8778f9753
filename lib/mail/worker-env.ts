type Env = Record<string, string | undefined>;

/** Why the mail worker must not run here, or null: never in tests or `next build`, and it can be switched off. */
export function workerDisabledReason(env: Env = process.env): string | null {
  if (env.VITEST || env.NODE_ENV === "test") return "tests";
  if (env.NEXT_PHASE === "phase-production-build") return "build";
  if (env.NEXT_RUNTIME && env.NEXT_RUNTIME !== "nodejs") return "not the Node.js runtime";
  if (env.HOINGHI_MAIL_WORKER?.trim().toLowerCase() === "off") return "HOINGHI_MAIL_WORKER=off";
  return null;
}
