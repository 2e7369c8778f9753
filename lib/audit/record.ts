import "server-only";

// The audit log is append-only: this is the only place that writes it, and nothing updates or deletes it.
export interface AuditEntry {
  actor: { id: string; email: string } | null;
  actorEmail?: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

interface AuditRow {
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: string | null;
  after: string | null;
}

interface AuditWriter {
  auditLog: { create(args: { data: AuditRow }): PromiseLike<unknown> };
}

function rowOf(entry: AuditEntry): AuditRow {
  return {
    actorId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? entry.actorEmail ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
  };
}

/** Pass the transaction client so the record commits or rolls back with the change it describes. */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({ data: rowOf(entry) });
}

/** Many records in one statement, for a bulk change (an import's chunk); same transaction rule. */
export async function recordAudits(
  tx: { auditLog: { createMany(args: { data: AuditRow[] }): PromiseLike<unknown> } },
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length) await tx.auditLog.createMany({ data: entries.map(rowOf) });
}
