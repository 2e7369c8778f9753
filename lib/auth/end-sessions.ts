import "server-only";
import type { Db } from "@/lib/db/connect";

/**
 * Ends every session the user has: each carries the session version it was issued under, and
 * currentUser() refuses one older than the account's. Call it in the transaction that changes the
 * password, the role or the unit, or deactivates the account.
 */
export async function endSessions(tx: Pick<Db, "user">, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
