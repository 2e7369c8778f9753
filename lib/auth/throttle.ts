import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { throttledError } from "./credentials";
import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  accountKey,
  AUDIT_EVERY_MS,
  FORGET_AFTER_MS,
  minutesToWait,
  waitAfter,
  type ThrottleLimit,
} from "./throttle-policy";

// Failed sign-ins (and password confirmations), counted in the database (SignInThrottle) so that every
// app instance sees the same counts. A try is counted *before* the password is checked and taken back
// when it was right: a burst of simultaneous guesses cannot all pass the check while none is counted yet.
// Each check of a password costs ~0.15 s of the server's one thread, so a wait refuses before checking.

/** Refused before the password was checked; `minutes` is how long to wait, for the message. */
export class SignInThrottled extends Error {
  constructor(readonly minutes: number) {
    // next-auth hands a thrown error's message to the sign-in form as its `error`.
    super(throttledError(minutes));
    this.name = "SignInThrottled";
  }
}

interface Counted {
  key: string;
  limit: ThrottleLimit;
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Counts one try against the key, unless the key is waiting: then the wait's end. Conditional updates,
 * so two instances counting at once each add one (PostgreSQL re-reads a row another transaction
 * changed before updating it) and a try arriving during a wait is not counted.
 */
async function count(tx: Tx, { key, limit }: Counted, now: Date): Promise<Date | null> {
  const notWaiting = { OR: [{ blockedUntil: null }, { blockedUntil: { lte: now } }] };
  const forgotten = new Date(now.getTime() - FORGET_AFTER_MS);
  for (;;) {
    const restarted = await tx.signInThrottle.updateMany({
      where: { key, lastFailureAt: { lte: forgotten }, ...notWaiting },
      data: { failures: 1, windowStartedAt: now, lastFailureAt: now, blockedUntil: null },
    });
    const counted =
      restarted.count ||
      (
        await tx.signInThrottle.updateMany({
          where: { key, ...notWaiting },
          data: { failures: { increment: 1 }, lastFailureAt: now },
        })
      ).count;
    const row = await tx.signInThrottle.findUnique({ where: { key } });
    if (counted && row) {
      const wait = waitAfter(row.failures, limit);
      if (wait)
        await tx.signInThrottle.update({ where: { key }, data: { blockedUntil: new Date(now.getTime() + wait) } });
      return null;
    }
    if (!row) {
      await tx.signInThrottle.create({ data: { key, failures: 1, windowStartedAt: now, lastFailureAt: now } });
      return null;
    }
    if (row.blockedUntil && row.blockedUntil > now) return row.blockedUntil;
    // Another instance created the row, or ended its wait, between the update and the read: count again.
  }
}

/** A unique-key race: two instances created the same key's first row at once. Counting again finds it. */
function isDuplicateKey(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export interface Attempt {
  /** The password was right: the try is taken back and the account's count forgotten. */
  succeeded(): Promise<void>;
  /**
   * The password was wrong (or the account unusable): the try stays counted, an audit row is written
   * at most every 15 minutes per account and address, and SignInThrottled is thrown when this failure
   * starts a wait, so the user is told at once.
   */
  failed(user: { id: string; email: string } | null): Promise<void>;
}

/**
 * Counts a sign-in (or password confirmation) before its password is checked. Throws SignInThrottled,
 * having counted nothing, while the account or the address must wait. `address` is the client's
 * addressKey(), null when unknown (a password confirmed from a session counts against the account only).
 */
export async function beginAttempt(
  { email, address }: { email: string; address: string | null },
  now = new Date(),
): Promise<Attempt> {
  const keys: Counted[] = [{ key: accountKey(email), limit: ACCOUNT_LIMIT }];
  if (address) keys.push({ key: address, limit: ADDRESS_LIMIT });
  for (let attempt = 1; ; attempt++) {
    try {
      await db.$transaction(async (tx) => {
        for (const key of keys) {
          const waitsUntil = await count(tx, key, now);
          // Thrown inside the transaction: the other key's count is rolled back with it.
          if (waitsUntil) throw new SignInThrottled(minutesToWait(waitsUntil, now));
        }
      });
      break;
    } catch (error) {
      if (attempt >= 3 || !isDuplicateKey(error)) throw error;
    }
  }
  const [account, addressKey] = keys.map((k) => k.key);
  return {
    async succeeded() {
      await db.$transaction(async (tx) => {
        await tx.signInThrottle.deleteMany({ where: { key: account } });
        if (!addressKey) return;
        await tx.signInThrottle.updateMany({
          where: { key: addressKey, failures: { gt: 0 } },
          data: { failures: { decrement: 1 } },
        });
        const row = await tx.signInThrottle.findUnique({ where: { key: addressKey } });
        const wait = row ? waitAfter(row.failures, ADDRESS_LIMIT) : 0;
        if (row && !wait) await tx.signInThrottle.update({ where: { key: addressKey }, data: { blockedUntil: null } });
      });
    },
    async failed(user) {
      const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
      const of = (key: string | undefined) => rows.find((r) => r.key === key);
      await auditCoalesced(user, of(account), of(addressKey), now);
      const waits = rows.flatMap((r) => (r.blockedUntil && r.blockedUntil > now ? [r.blockedUntil] : []));
      if (waits.length) throw new SignInThrottled(minutesToWait(new Date(Math.max(...waits.map(Number))), now));
    },
  };
}

type ThrottleRow = { key: string; failures: number; blockedUntil: Date | null };

/**
 * One audit row for a run of failures, not one per failure: whichever of the account (if it exists) and
 * the address has not been audited in the last 15 minutes claims the row. An e-mail that is no account
 * is not written to the log: an attacker would choose it. Also clears the counts long forgotten.
 */
async function auditCoalesced(
  user: { id: string; email: string } | null,
  account: ThrottleRow | undefined,
  address: ThrottleRow | undefined,
  now: Date,
) {
  const due = new Date(now.getTime() - AUDIT_EVERY_MS);
  const claim = async (row: ThrottleRow | undefined) =>
    row !== undefined &&
    (
      await db.signInThrottle.updateMany({
        where: { key: row.key, OR: [{ auditedAt: null }, { auditedAt: { lte: due } }] },
        data: { auditedAt: now },
      })
    ).count > 0;
  const claimed = [await claim(user ? account : undefined), await claim(address)];
  if (!claimed.some(Boolean)) return;
  await recordAudit(db, {
    actor: null,
    actorEmail: user?.email,
    action: "auth.signInFailed",
    entityType: "User",
    entityId: user?.id ?? null,
    after: {
      address: address?.key.slice("address:".length) ?? null,
      accountFailures: user ? (account?.failures ?? null) : null,
      addressFailures: address?.failures ?? null,
      waitUntil: [account?.blockedUntil, address?.blockedUntil].find((d) => d && d > now) ?? null,
    },
  });
  // Long past any wait (the longest is 15 minutes): nothing left to count.
  await db.signInThrottle.deleteMany({ where: { lastFailureAt: { lte: new Date(now.getTime() - FORGET_AFTER_MS) } } });
}
