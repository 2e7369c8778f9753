import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound } from "@/lib/errors";
import { mapHeader, rowValues, type ImportKind } from "./columns";
import { tally } from "./plan";
import { readTable } from "./read-file";
import { planFile } from "./registry";
import { PROCESS_ID, LEASE_MS, startWriting } from "./runner";
import type { checkImportSchema, importJobSchema } from "./schema";

// The three steps of an import: the dry run (read the file, decide every line, store the decisions; the
// registries are not touched), the writing (started here, carried out chunk by chunk by the runner), or
// discarding a dry run that will not be written.

const STORE_CHUNK = 500;
/** A dry run still CHECKING after this long was cut off (a restart) and may be discarded. */
const CHECKING_GIVEN_UP_MS = 10 * 60_000;

function requireAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
}

/** Reads and checks a file against the registries; returns the job whose lines the page lists. */
export async function checkImport(user: SessionUser, input: z.output<typeof checkImportSchema>, now = new Date()) {
  requireAdmin(user);
  const kind: ImportKind = input.kind;
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const table = await readTable(input.file.name, bytes);
  const header = mapHeader(kind, table.header);
  if (header.missing.length)
    throw new DomainError("import.file.missingColumns", undefined, { columns: header.missing.join(", ") });
  const plan = await planFile(
    kind,
    table.lines.map(({ line, cells }) => ({ line, values: rowValues(kind, header, cells) })),
    now,
  );
  const counts = tally(plan);
  const fileName = input.file.name.normalize("NFC").slice(0, 200);
  const job = await db.importJob.create({
    data: {
      kind,
      fileName,
      fileSha256: createHash("sha256").update(bytes).digest("hex"),
      createdById: user.id,
      createdByEmail: user.email,
      totalRows: plan.length,
      ...counts,
    },
    select: { id: true },
  });
  // In chunks, so other requests get the database in between; the job is CHECKING until the last one.
  for (let i = 0; i < plan.length; i += STORE_CHUNK)
    await db.importRow.createMany({
      data: plan.slice(i, i + STORE_CHUNK).map((row) => ({
        jobId: job.id,
        line: row.line,
        step: row.step,
        outcome: row.outcome,
        label: row.label.slice(0, 300),
        values: JSON.stringify(row.values),
        targetId: row.targetId,
        before: row.before && JSON.stringify(row.before),
        reasons: row.reasons.length ? JSON.stringify(row.reasons) : null,
      })),
    });
  await db.$transaction(async (tx) => {
    await tx.importJob.updateMany({ where: { id: job.id, status: "CHECKING" }, data: { status: "READY" } });
    await recordAudit(tx, {
      actor: user,
      action: "import.check",
      entityType: "ImportJob",
      entityId: job.id,
      after: { kind, fileName, totalRows: plan.length, ...counts },
    });
  });
  return { id: job.id, totalRows: plan.length, ...counts };
}

/**
 * Starts writing a checked job, or resumes one whose writer stopped (its lease ran out). A job with
 * nothing to create or update is done at once, writing nothing.
 */
export async function applyImport(user: SessionUser, input: z.output<typeof importJobSchema>, now = new Date()) {
  requireAdmin(user);
  const job = await db.importJob.findUnique({
    where: { id: input.jobId },
    select: { id: true, status: true, creates: true, updates: true, leaseUntil: true },
  });
  if (!job) throw new NotFound();
  const nothingToWrite = job.creates + job.updates === 0;
  const status = await db.$transaction(async (tx) => {
    const { count } = await tx.importJob.updateMany({
      where: {
        id: job.id,
        OR: [{ status: "READY" }, { status: "APPLYING", OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }],
      },
      data: nothingToWrite
        ? { status: "DONE", appliedById: user.id, startedAt: now, finishedAt: now }
        : {
            status: "APPLYING",
            appliedById: user.id,
            startedAt: job.status === "READY" ? now : undefined,
            leaseOwner: PROCESS_ID,
            leaseUntil: new Date(now.getTime() + LEASE_MS),
          },
    });
    if (count === 0) {
      // Taken meanwhile (another click, another administrator) or finished: say which, as it is now.
      const current = await tx.importJob.findUnique({ where: { id: job.id }, select: { status: true } });
      throw new DomainError(current?.status === "APPLYING" ? "import.errors.writing" : "import.errors.notReady");
    }
    await recordAudit(tx, {
      actor: user,
      action: job.status === "READY" ? "import.apply" : "import.resume",
      entityType: "ImportJob",
      entityId: job.id,
      before: { status: job.status },
      after: { status: nothingToWrite ? "DONE" : "APPLYING" },
    });
    return nothingToWrite ? ("DONE" as const) : ("APPLYING" as const);
  });
  if (status === "APPLYING") startWriting(job.id, PROCESS_ID, user);
  return { id: job.id, status };
}

/** Drops a dry run that will not be written, with its lines. */
export async function discardImport(user: SessionUser, input: z.output<typeof importJobSchema>, now = new Date()) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.findUnique({ where: { id: input.jobId }, select: { id: true, status: true } });
    if (!job) throw new NotFound();
    const { count } = await tx.importJob.updateMany({
      where: {
        id: job.id,
        OR: [
          { status: "READY" },
          { status: "CHECKING", createdAt: { lt: new Date(now.getTime() - CHECKING_GIVEN_UP_MS) } },
        ],
      },
      data: { status: "DISCARDED" },
    });
    if (count === 0) throw new DomainError("import.errors.notReady");
    await tx.importRow.deleteMany({ where: { jobId: job.id } });
    await recordAudit(tx, {
      actor: user,
      action: "import.discard",
      entityType: "ImportJob",
      entityId: job.id,
      before: { status: job.status },
      after: { status: "DISCARDED" },
    });
    return { id: job.id };
  });
}
