import "server-only";
import type { Db } from "@/lib/db/connect";
import type { Role } from "@/lib/auth/roles";

type Tx = Pick<Db, "user" | "notification">;

export interface NotificationContent {
  kind: string;
  title: string;
  body?: string;
  link?: string;
}

/** In-app notifications for the active users matching `where` (one query to find them, one to write). */
export async function notifyUsers(
  tx: Tx,
  where: { unitId?: string | { in: string[] }; role?: Role; officialId?: string },
  content: NotificationContent,
): Promise<number> {
  const users = await tx.user.findMany({ where: { ...where, active: true }, select: { id: true } });
  if (users.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, ...content, body: content.body ?? null, link: content.link ?? null })),
  });
  return count;
}

/** In-app notifications for the representatives of the given units. */
export async function notifyUnits(tx: Tx, unitIds: string[], content: NotificationContent): Promise<number> {
  if (unitIds.length === 0) return 0;
  return notifyUsers(tx, { unitId: { in: unitIds }, role: "UNIT_REP" }, content);
}
