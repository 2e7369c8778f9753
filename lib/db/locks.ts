import "server-only";
import type { Db } from "./connect";
import { provider } from "./client";

// Locks for checks that no row lock can cover: a double booking is a conflict between two rows that do
// not exist yet, so two transactions each checking "is the hall free?" under READ COMMITTED would both
// see it free. On PostgreSQL such checks take a transaction-scoped advisory lock and run one at a time;
// the next one's queries start after the first committed, so they see its rows. SQLite runs one write
// transaction at a time already.
const LOCK_IDS = {
  /** Every change that could make a chair or a connection point busy twice at once. */
  booking: 20_261_201,
  /**
   * Every change an administrator makes to accounts: an e-mail or an official taken twice, and two
   * administrators demoting each other at once, which would leave no active administrator.
   */
  accounts: 20_261_203,
} as const;

export async function takeLock(tx: Pick<Db, "$queryRaw">, name: keyof typeof LOCK_IDS): Promise<void> {
  if (provider !== "postgresql") return;
  await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(${LOCK_IDS[name]})`;
}

const LOCKABLE_TABLES = { meetingPoint: '"MeetingPoint"', minutes: '"Minutes"' } as const;

/**
 * Holds one row until the transaction ends (SELECT … FOR UPDATE), so that a "does it exist yet?" check
 * followed by a create runs one caller at a time: the second sees the first's row and gets the domain's
 * answer instead of a unique-constraint failure. Unlike a no-op UPDATE it leaves `updatedAt` alone.
 */
export async function lockRow(
  tx: Pick<Db, "$queryRawUnsafe">,
  table: keyof typeof LOCKABLE_TABLES,
  id: string,
): Promise<void> {
  if (provider !== "postgresql") return;
  await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM ${LOCKABLE_TABLES[table]} WHERE "id" = $1 FOR UPDATE`, id);
}
