import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { notifyUnits } from "@/lib/notifications/notify";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { anyTaskScope, mayMarkDone, ownersOf, OWNERS_SELECT } from "./scope";
import type { markDoneSchema, reopenSchema } from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

// Marking done or reopening touches the status fields only: the content, lead unit and deadline were
// frozen when the chair approved the minutes.

/** A task the caller may change; outside their sight it does not exist for them (NotFound). */
async function taskToChange(tx: Tx, user: SessionUser, id: string) {
  const task = await tx.conclusion.findFirst({
    where: { AND: [{ id }, anyTaskScope(user)] },
    select: {
      id: true,
      content: true,
      status: true,
      version: true,
      doneNote: true,
      doneAt: true,
      leadUnit: { select: { name: true } },
      ...OWNERS_SELECT,
    },
  });
  if (!task) throw new NotFound();
  const owners = ownersOf(task);
  if (!mayMarkDone(user, owners)) throw new AccessDenied();
  return { ...task, owners };
}

/** Changes the row only if nobody saved since the caller read it. */
async function updateAtVersion(
  tx: Tx,
  id: string,
  version: number,
  data: { status: "OPEN" | "DONE"; doneAt: Date | null; doneNote: string | null; doneById: string | null },
) {
  const { count } = await tx.conclusion.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new StaleVersion();
}

/** The following secretariats hear of each task done (the actor excepted); notifyUnits reaches only representatives. */
async function notifySecretariat(
  tx: Tx,
  unitIds: string[],
  actorId: string,
  content: { title: string; body?: string },
) {
  const users = await tx.user.findMany({
    where: { unitId: { in: unitIds }, role: "SECRETARIAT", active: true, id: { not: actorId } },
    select: { id: true },
  });
  if (users.length === 0) return;
  await tx.notification.createMany({
    data: users.map((u) => ({
      userId: u.id,
      kind: "conclusion.done",
      title: content.title,
      body: content.body ?? null,
      link: "/tasks?filter=done",
    })),
  });
}

function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export async function markDone(user: SessionUser, input: z.output<typeof markDoneSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const task = await taskToChange(tx, user, input.id);
    if (task.version !== input.version) throw new StaleVersion();
    if (task.status === "DONE") throw new DomainError("conclusions.errors.alreadyDone");
    await updateAtVersion(tx, task.id, input.version, {
      status: "DONE",
      doneAt: now,
      doneNote: input.note,
      doneById: user.id,
    });
    await recordAudit(tx, {
      actor: user,
      action: "conclusion.markDone",
      entityType: "Conclusion",
      entityId: task.id,
      before: { status: task.status },
      after: { status: "DONE", doneAt: now, doneNote: input.note },
    });
    await notifySecretariat(tx, [task.owners.organiserUnitId, task.owners.hostUnitId], user.id, {
      title: `Đã hoàn thành kết luận: ${excerpt(task.content)}`,
      body: [task.leadUnit?.name, input.note].filter(Boolean).join(" — ") || undefined,
    });
    return { id: task.id };
  }, TX);
}

/** Undoes a "done" given by mistake or not accepted by the secretariat; the lead unit is told. */
export async function reopen(user: SessionUser, input: z.output<typeof reopenSchema>) {
  return db.$transaction(async (tx) => {
    const task = await taskToChange(tx, user, input.id);
    if (task.version !== input.version) throw new StaleVersion();
    if (task.status === "OPEN") throw new DomainError("conclusions.errors.alreadyOpen");
    await updateAtVersion(tx, task.id, input.version, { status: "OPEN", doneAt: null, doneNote: null, doneById: null });
    await recordAudit(tx, {
      actor: user,
      action: "conclusion.reopen",
      entityType: "Conclusion",
      entityId: task.id,
      before: { status: task.status, doneAt: task.doneAt, doneNote: task.doneNote },
      after: { status: "OPEN" },
    });
    if (user.role !== "UNIT_REP" && task.owners.leadUnitId) {
      await notifyUnits(tx, [task.owners.leadUnitId], {
        kind: "conclusion.reopened",
        title: `Kết luận được mở lại: ${excerpt(task.content)}`,
        link: "/tasks?filter=open",
      });
    }
    return { id: task.id };
  }, TX);
}
