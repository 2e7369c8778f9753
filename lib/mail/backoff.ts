// Retry policy of the outbox: 1, 2, 4, 8 … minutes after each failed attempt, never more than an hour
// apart; after the 8th failure the message is FAILED and waits for an administrator.
export const MAX_ATTEMPTS = 8;
const MINUTE = 60_000;
const CAP = 60 * MINUTE;

/** The wait after the given number of failed attempts (1 = the first failure). */
export function retryDelayMs(failedAttempts: number): number {
  const exponent = Math.max(0, Math.min(failedAttempts - 1, 30));
  return Math.min(CAP, 2 ** exponent * MINUTE);
}

export type AfterFailure = { status: "PENDING"; nextAttemptAt: Date } | { status: "FAILED"; nextAttemptAt: Date };

/** What happens to a message whose attempt number `attempts` (counting this one) just failed. */
export function afterFailure(attempts: number, now: Date, permanent = false): AfterFailure {
  if (permanent || attempts >= MAX_ATTEMPTS) return { status: "FAILED", nextAttemptAt: now };
  return { status: "PENDING", nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}
