type Env = Record<string, string | undefined>;

/** Why the mail worker must not run here, or null: never in tests or `next build`, and it can be switched off. */
export function workerDisabledReason(env: Env = process.env): string | null {
  if (env.VITEST || env.NODE_ENV === "test") return "tests";
  if (env.NEXT_PHASE === "phase-production-build") return "build";
  if (env.NEXT_RUNTIME && env.NEXT_RUNTIME !== "nodejs") return "not the Node.js runtime";
  if (env.HOINGHI_MAIL_WORKER?.trim().toLowerCase() === "off") return "HOINGHI_MAIL_WORKER=off";
  return null;
}

/**
 * The worker's timing: a round every HOINGHI_MAIL_INTERVAL_SECONDS (30), and a claimed message reserved
 * for HOINGHI_MAIL_LEASE_SECONDS (300) — longer than any send can take; an instance that dies while
 * sending leaves its claim to expire, then the message is tried again.
 */
export function mailWorkerTiming(env: Env = process.env): { intervalMs: number; leaseMs: number } {
  const seconds = (name: string, fallback: number, min: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback * 1000;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number of seconds ≥ ${min}`);
    return value * 1000;
  };
  return {
    intervalMs: seconds("HOINGHI_MAIL_INTERVAL_SECONDS", 30, 1),
    leaseMs: seconds("HOINGHI_MAIL_LEASE_SECONDS", 300, 5),
  };
}
