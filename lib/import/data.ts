import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import type { ImportKind } from "./columns";
import type { Outcome, Reason } from "./plan";

// What the import screens show: the recent jobs, and one job with a page of its lines.

const ROWS_PER_PAGE = 100;
const OUTCOMES = ["CREATE", "UPDATE", "UNCHANGED", "ERROR"] as const;

function requireAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
}

const JOB_FIELDS = {
  id: true,
  kind: true,
  fileName: true,
  status: true,
  createdByEmail: true,
  createdAt: true,
  totalRows: true,
  creates: true,
  updates: true,
  unchanged: true,
  errors: true,
  writtenRows: true,
  refusedRows: true,
  leaseUntil: true,
} as const;

export async function listImportJobs(user: SessionUser) {
  requireAdmin(user);
  return db.importJob.findMany({ orderBy: { createdAt: "desc" }, take: 20, select: JOB_FIELDS });
}

export function parseOutcome(value: string | undefined): Outcome | null {
  return (OUTCOMES as readonly string[]).includes(value ?? "") ? (value as Outcome) : null;
}

export interface ImportLine {
  line: number;
  outcome: Outcome;
  label: string;
  reasons: Reason[];
  /** UPDATE: each changed field, before and after. */
  changes: { field: string; from: unknown; to: unknown }[];
}

/** A job and one page of its lines (all, or one outcome), with the names of the units they refer to. */
export async function getImportJob(
  user: SessionUser,
  id: string,
  options: { outcome?: Outcome | null; page?: number } = {},
  now = new Date(),
) {
  requireAdmin(user);
  const job = await db.importJob.findUnique({ where: { id }, select: JOB_FIELDS });
  if (!job) throw new NotFound();
  const where = { jobId: id, ...(options.outcome ? { outcome: options.outcome } : {}) };
  const count = await db.importRow.count({ where });
  const pageCount = Math.max(1, Math.ceil(count / ROWS_PER_PAGE));
  const page = Math.min(Math.max(1, options.page ?? 1), pageCount);
  const rows = await db.importRow.findMany({
    where,
    orderBy: { line: "asc" },
    skip: (page - 1) * ROWS_PER_PAGE,
    take: ROWS_PER_PAGE,
    select: { line: true, outcome: true, label: true, values: true, before: true, reasons: true },
  });
  const lines: ImportLine[] = rows.map((r) => {
    const values = JSON.parse(r.values) as Record<string, unknown>;
    const before = r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null;
    return {
      line: r.line,
      outcome: r.outcome as Outcome,
      label: r.label,
      reasons: r.reasons ? (JSON.parse(r.reasons) as Reason[]) : [],
      changes:
        r.outcome === "UPDATE" && before
          ? Object.keys(before).map((field) => ({
              field,
              from: before[field],
              to: field === "parentId" && "parentLine" in values ? { line: values.parentLine } : values[field],
            }))
          : [],
    };
  });
  // Unit ids in the changes (a new parent) are shown by name.
  const unitIds = lines.flatMap((l) => l.changes.filter((c) => c.field === "parentId").flatMap((c) => [c.from, c.to]));
  const units = await db.unit.findMany({
    where: { id: { in: unitIds.filter((v): v is string => typeof v === "string") } },
    select: { id: true, name: true },
  });
  const stalled = job.status === "APPLYING" && (!job.leaseUntil || job.leaseUntil < now);
  return {
    job: { ...job, kind: job.kind as ImportKind, stalled },
    lines,
    page,
    pageCount,
    unitNames: Object.fromEntries(units.map((u) => [u.id, u.name])),
  };
}
