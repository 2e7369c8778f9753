import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import type { OutboxStatus } from "./schema";

export const OUTBOX_PAGE_SIZE = 25;

/** The outbox for an administrator: newest first, a page at a time, optionally one status. */
export async function listOutbox(
  user: SessionUser,
  { page = 1, status }: { page?: number; status?: OutboxStatus } = {},
) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const where = status ? { status } : {};
  const [rows, counts] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * OUTBOX_PAGE_SIZE,
      take: OUTBOX_PAGE_SIZE + 1,
      select: {
        id: true,
        kind: true,
        to: true,
        subject: true,
        text: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        meetingId: true,
        createdAt: true,
        sentAt: true,
      },
    }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const total = (s: OutboxStatus) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return {
    rows: rows.slice(0, OUTBOX_PAGE_SIZE),
    hasMore: rows.length > OUTBOX_PAGE_SIZE,
    counts: { PENDING: total("PENDING"), SENT: total("SENT"), FAILED: total("FAILED") },
  };
}
