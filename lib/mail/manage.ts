import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound } from "@/lib/errors";
import type { retryOutboxMessageSchema } from "./schema";

/**
 * An administrator sends a FAILED message again: it goes back to PENDING, due now, with a fresh
 * round of attempts. The failure it had stays in the audit record.
 */
export async function retryOutboxMessage(
  user: SessionUser,
  input: z.output<typeof retryOutboxMessageSchema>,
  now = new Date(),
) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.$transaction(async (tx) => {
    const before = await tx.outboxMessage.findUnique({
      where: { id: input.id },
      select: { id: true, status: true, attempts: true, lastError: true, to: true, kind: true },
    });
    if (!before) throw new NotFound();
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: input.id, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    if (count === 0) throw new DomainError("mail.errors.notFailed");
    await recordAudit(tx, {
      actor: user,
      action: "outbox.retry",
      entityType: "OutboxMessage",
      entityId: input.id,
      before,
      after: { status: "PENDING", attempts: 0 },
    });
    return { id: input.id };
  });
}
