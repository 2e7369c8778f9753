import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";

/** The caller's own notifications, newest first (one page). */
export async function listNotifications(user: SessionUser) {
  return db.notification.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

export function unreadCount(user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function markAllRead(user: SessionUser) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: user.id, readAt: null },
      data: { readAt: new Date() },
    });
    await recordAudit(tx, {
      actor: user,
      action: "notification.readAll",
      entityType: "User",
      entityId: user.id,
      after: { count },
    });
    return { count };
  });
}
