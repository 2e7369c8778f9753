import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit, recordAudits } from "@/lib/audit/record";
import type { ImportKind } from "./columns";
import { WRITERS, type RowToWrite, type WriteContext } from "./write";

// Writes a checked job in chunks, each one transaction that writes its lines, marks them written and
// moves the progress on. Not one transaction for the whole file: on SQLite the app has one connection,
// and 20,000 lines in one transaction would hold every other request for the whole of it; chunks let
// them in between. A crash loses at most the chunk under way (rolled back, its lines still unwritten),
// and the job is resumed from there. The process writing a job holds a lease on it, renewed with
// every chunk, so two processes (or two clicks) never write the same job.

export const CHUNK_LINES = 200;
export const LEASE_MS = 2 * 60_000;

/** This process, as a lease holder. */
export const PROCESS_ID = randomUUID();

const running = new Map<string, Promise<"done" | "lost">>();

/** Starts writing in the background (the action answers at once; the page follows the progress). */
export function startWriting(jobId: string, owner: string, actor: SessionUser): void {
  if (running.has(jobId)) return;
  const work = writeJob(jobId, owner, actor)
    .catch((error) => {
      // The lease runs out and an administrator can resume; the chunk that failed was rolled back.
      console.error(`import ${jobId}: writing stopped`, error);
      return "lost" as const;
    })
    .finally(() => running.delete(jobId));
  running.set(jobId, work);
}

/** The writing under way in this process, for tests and the benchmark to wait on. */
export function writingOf(jobId: string): Promise<"done" | "lost"> | undefined {
  return running.get(jobId);
}

export async function writeJob(jobId: string, owner: string, actor: SessionUser): Promise<"done" | "lost"> {
  // What each line wrote, for the lines under it (a file's communes under the provinces it creates),
  // kept once its chunk has committed: a chunk rolled back wrote nothing.
  const committed = new Map<number, string | null>();
  for (;;) {
    const chunk = new Map<number, string | null>();
    const outcome = await db.$transaction(async (tx) => writeChunk(tx, jobId, owner, actor, committed, chunk), {
      timeout: 120_000,
    });
    for (const [line, id] of chunk) committed.set(line, id);
    if (outcome !== "more") return outcome;
  }
}

async function writeChunk(
  tx: WriteContext["tx"],
  jobId: string,
  owner: string,
  actor: SessionUser,
  committed: ReadonlyMap<number, string | null>,
  written: Map<number, string | null>,
): Promise<"more" | "done" | "lost"> {
  const now = new Date();
  // Renewing the lease first also locks the job's row on PostgreSQL: a second writer waits, then finds it taken.
  const held = await tx.importJob.updateMany({
    where: { id: jobId, status: "APPLYING", leaseOwner: owner },
    data: { leaseUntil: new Date(now.getTime() + LEASE_MS) },
  });
  if (held.count === 0) return "lost";
  const job = await tx.importJob.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true } });
  const rows = await tx.importRow.findMany({
    where: { jobId, writtenAt: null, outcome: { in: ["CREATE", "UPDATE"] } },
    orderBy: [{ step: "asc" }, { line: "asc" }],
    take: CHUNK_LINES,
    select: { id: true, line: true, outcome: true, values: true, targetId: true, before: true },
  });
  if (rows.length === 0) {
    const done = await tx.importJob.update({
      where: { id: jobId },
      data: { status: "DONE", finishedAt: now, leaseOwner: null, leaseUntil: null },
      select: { writtenRows: true, refusedRows: true },
    });
    await recordAudit(tx, { actor, action: "import.done", entityType: "ImportJob", entityId: jobId, after: done });
    return "done";
  }

  const ctx: WriteContext = {
    tx,
    actor,
    jobId,
    now,
    audits: [],
    writtenLine: async (line) => {
      if (written.has(line)) return written.get(line)!;
      if (committed.has(line)) return committed.get(line)!;
      const row = await tx.importRow.findUnique({ where: { jobId_line: { jobId, line } }, select: { resultId: true } });
      written.set(line, row?.resultId ?? null); // a line written before a restart
      return row?.resultId ?? null;
    },
  };
  let refused = 0;
  const toWrite: RowToWrite[] = rows.map((row) => ({
    ...row,
    outcome: row.outcome as RowToWrite["outcome"],
    values: JSON.parse(row.values),
    before: row.before ? JSON.parse(row.before) : null,
  }));
  const write = await WRITERS[job.kind as ImportKind](toWrite, ctx);
  const results: [string, string][] = [];
  for (const row of toWrite) {
    const result = await write(row);
    if ("resultId" in result) {
      written.set(row.line, result.resultId);
      results.push([row.id, result.resultId]);
    } else {
      refused++;
      written.set(row.line, null);
      await tx.importRow.update({
        where: { id: row.id },
        data: { writtenAt: now, outcome: "ERROR", reasons: JSON.stringify([result.reason]) },
      });
    }
  }
  if (results.length) {
    // One statement marks the chunk's lines written with what each wrote, rather than one per line.
    await tx.importRow.updateMany({ where: { id: { in: results.map(([id]) => id) } }, data: { writtenAt: now } });
    const cases = Prisma.join(
      results.map(([id, resultId]) => Prisma.sql`WHEN ${id} THEN ${resultId}`),
      " ",
    );
    await tx.$executeRaw`UPDATE "ImportRow" SET "resultId" = CASE "id" ${cases} END WHERE "id" IN (${Prisma.join(results.map(([id]) => id))})`;
  }
  await recordAudits(tx, ctx.audits);
  await tx.importJob.update({
    where: { id: jobId },
    data: { writtenRows: { increment: rows.length - refused }, refusedRows: { increment: refused } },
  });
  return "more";
}
