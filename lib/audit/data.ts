import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";

export const AUDIT_PAGE_SIZE = 50;

/** Newest first, a page at a time: the log grows without bound. */
export async function listAudit(user: SessionUser, page = 1) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const rows = await db.auditLog.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, at: true, actorEmail: true, action: true, entityType: true, entityId: true },
  });
  return { rows: rows.slice(0, AUDIT_PAGE_SIZE), hasMore: rows.length > AUDIT_PAGE_SIZE };
}
