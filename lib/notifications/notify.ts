import "server-only";
import type { Db } from "@/lib/db/connect";

type Tx = Pick<Db, "user" | "notification">;

export interface NotificationContent {
  kind: string;
  title: string;
  body?: string;
  link?: string;
}

/** In-app notifications for the representatives of the given units (one query to find them, one to write). */
export async function notifyUnits(tx: Tx, unitIds: string[], content: NotificationContent): Promise<number> {
  if (unitIds.length === 0) return 0;
  const users = await tx.user.findMany({ where: { unitId: { in: unitIds }, role: "UNIT_REP", active: true }, select: { id: true } });
  if (users.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data: users.map((u) => ({ userId: u.id, ...content, body: content.body ?? null, link: content.link ?? null })) });
  return count;
}
