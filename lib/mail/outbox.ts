import "server-only";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/connect";
import { parseAddresses } from "./addresses";
import { afterFailure } from "./backoff";
import { loadInSlices } from "@/lib/db/by-ids";
import { groupBy } from "@/lib/collections/group-by";

// Every e-mail is first a row in OutboxMessage, written in the transaction of the change it reports,
// so a change and its e-mail commit or roll back together and a mail server that is down loses nothing.
// deliverDue sends them later; see worker.ts.

export interface OutgoingMail {
  kind: string;
  subject: string;
  text: string;
  html?: string | null;
  meetingId?: string | null;
  invitationId?: string | null;
}

type EnqueueTx = Pick<Db, "unit" | "user" | "outboxMessage">;

/**
 * Queues one message per recipient: each unit's contact addresses and the e-mails of its active
 * representatives (the notification address each chose on their profile, else their sign-in address),
 * each address once. `message` may differ per unit (its own deadline or point);
 * units for which it returns null get nothing. Pass the caller's transaction.
 */
export async function enqueueForUnits(
  tx: EnqueueTx,
  unitIds: string[],
  message: OutgoingMail | ((unitId: string) => OutgoingMail | null),
): Promise<number> {
  const ids = [...new Set(unitIds)];
  if (ids.length === 0) return 0;
  const [units, reps] = await Promise.all([
    loadInSlices(ids, (slice) =>
      tx.unit.findMany({ where: { id: { in: slice } }, select: { id: true, contactEmail: true } }),
    ),
    loadInSlices(ids, (slice) =>
      tx.user.findMany({
        where: { unitId: { in: slice }, role: "UNIT_REP", active: true },
        select: { unitId: true, email: true, notificationEmail: true },
        orderBy: { email: "asc" },
      }),
    ),
  ]);
  const contact = new Map(units.map((u) => [u.id, u.contactEmail]));
  const repsOf = groupBy(reps, (r) => r.unitId);
  const rows: (OutgoingMail & { to: string })[] = [];
  const seen = new Set<string>();
  for (const unitId of ids) {
    if (!contact.has(unitId)) continue;
    const mail = typeof message === "function" ? message(unitId) : message;
    if (!mail) continue;
    const addresses = [
      ...parseAddresses(contact.get(unitId)),
      ...(repsOf.get(unitId) ?? []).flatMap((r) => parseAddresses(r.notificationEmail ?? r.email)),
    ];
    for (const to of addresses) {
      // The same address for two units (a shared office mailbox) gets a message once, unless the two differ.
      const key = `${to}\n${mail.subject}\n${mail.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ ...mail, to });
    }
  }
  if (rows.length === 0) return 0;
  const { count } = await tx.outboxMessage.createMany({
    data: rows.map((r) => ({
      kind: r.kind,
      to: r.to,
      subject: r.subject,
      text: r.text,
      html: r.html ?? null,
      meetingId: r.meetingId ?? null,
      invitationId: r.invitationId ?? null,
    })),
  });
  return count;
}

/** The part of a nodemailer transport the outbox uses; without `from`, the transport's default supplies it. */
export interface MailTransport {
  sendMail(mail: {
    messageId?: string;
    from?: { name: string; address: string };
    to: string;
    subject: string;
    text: string;
    html?: string;
  }): Promise<unknown>;
}

export interface DeliveryReport {
  /** Delivered to the mail server. */
  sent: number;
  /** Failed; another attempt is scheduled. */
  retrying: number;
  /** Failed for the last time, or refused for good by the server: now FAILED. */
  failed: number;
  /** Claimed by another instance between reading and claiming. */
  skipped: number;
}

const MAX_ERROR_LENGTH = 1000;

/** A server that answered 5xx to the recipient will not accept it on a later try either. */
function isPermanent(error: unknown): boolean {
  const e = error as { code?: string; responseCode?: number } | null;
  return e?.code === "EENVELOPE" && typeof e.responseCode === "number" && e.responseCode >= 500;
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string } | null;
  const text = error instanceof Error ? error.message : String(error);
  return (e?.code && !text.includes(e.code) ? `${e.code}: ${text}` : text).slice(0, MAX_ERROR_LENGTH);
}

/**
 * Sends the PENDING messages that are due, oldest first, at most `batch` of them. Safe with several
 * app instances: a message is claimed by moving its nextAttemptAt forward (a lease) only if nobody
 * changed it since it was read, so exactly one instance sends it. An instance that dies mid-send leaves
 * the lease to expire and the message is tried again (at least once, never silently dropped).
 */
export async function deliverDue(
  now: Date,
  transport: MailTransport,
  {
    batch = 50,
    leaseMs = 5 * 60_000,
    from,
  }: { batch?: number; leaseMs?: number; from?: { name: string; address: string } } = {},
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  const due = await db.outboxMessage.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true, to: true, subject: true, text: true, html: true, attempts: true, nextAttemptAt: true },
  });
  for (const message of due) {
    const lease = new Date(now.getTime() + leaseMs);
    const claimed = await db.outboxMessage.updateMany({
      where: { id: message.id, status: "PENDING", nextAttemptAt: message.nextAttemptAt },
      data: { nextAttemptAt: lease },
    });
    if (claimed.count === 0) {
      report.skipped++;
      continue;
    }
    const attempts = message.attempts + 1;
    const ours = { id: message.id, status: "PENDING" as const, nextAttemptAt: lease };
    try {
      await transport.sendMail({
        // Stable across attempts: a message re-sent after a crash mid-send is recognised as the same one.
        messageId: `<${message.id}@hoinghi>`,
        ...(from ? { from } : {}),
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
      });
      await db.outboxMessage.updateMany({
        where: ours,
        data: { status: "SENT", sentAt: now, attempts, lastError: null },
      });
      report.sent++;
    } catch (error) {
      const next = afterFailure(attempts, now, isPermanent(error));
      await db.outboxMessage.updateMany({
        where: ours,
        data: { status: next.status, nextAttemptAt: next.nextAttemptAt, attempts, lastError: describe(error) },
      });
      if (next.status === "FAILED") report.failed++;
      else report.retrying++;
    }
  }
  return report;
}
