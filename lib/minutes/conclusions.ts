import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { minutesToEdit } from "./access";
import { TX } from "./manage";
import { nextDraftVersion } from "./revisions";
import type { addConclusionSchema, removeConclusionSchema, updateConclusionSchema } from "./schema";

type Fields = Omit<z.output<typeof addConclusionSchema>, "minutesId">;

// Conclusions are part of the minutes' content: they change only while the minutes are a draft, and
// each change moves the minutes to a new version like a section save.

async function checkUnits(tx: Pick<typeof db, "unit">, fields: Fields) {
  const ids = [...new Set([fields.leadUnitId, ...fields.cooperatorIds].filter((id): id is string => Boolean(id)))];
  const found = await tx.unit.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new DomainError("errors.invalidInput", { leadUnitId: "errors.notFound" });
  if (fields.leadUnitId && fields.cooperatorIds.includes(fields.leadUnitId))
    throw new DomainError("errors.invalidInput", { cooperatorIds: "minutes.errors.leadAlsoCooperator" });
}

const data = (fields: Fields) => ({
  content: fields.content,
  leadUnitId: fields.leadUnitId,
  deadline: fields.deadline,
});

export async function addConclusion(user: SessionUser, input: z.output<typeof addConclusionSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToEdit(tx, user, input.minutesId);
    await checkUnits(tx, input);
    const minutesVersion = await nextDraftVersion(tx, minutes.id);
    const last = await tx.conclusion.findFirst({
      where: { minutesId: minutes.id },
      orderBy: { position: "desc" },
      select: { position: true },
    });
    const created = await tx.conclusion.create({
      data: {
        meetingId: minutes.meetingId,
        minutesId: minutes.id,
        position: (last?.position ?? -1) + 1,
        ...data(input),
        cooperators: { create: input.cooperatorIds.map((unitId) => ({ unitId })) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "conclusion.add",
      entityType: "Conclusion",
      entityId: created.id,
      after: input,
    });
    return { id: created.id, minutesVersion };
  }, TX);
}

async function conclusionToEdit(tx: Pick<typeof db, "conclusion" | "minutes">, user: SessionUser, id: string) {
  const conclusion = await tx.conclusion.findUnique({
    where: { id },
    select: { minutesId: true, version: true, content: true, leadUnitId: true, deadline: true },
  });
  if (!conclusion) throw new NotFound();
  await minutesToEdit(tx, user, conclusion.minutesId);
  return conclusion;
}

export async function updateConclusion(user: SessionUser, input: z.output<typeof updateConclusionSchema>) {
  return db.$transaction(async (tx) => {
    const before = await conclusionToEdit(tx, user, input.id);
    await checkUnits(tx, input);
    const minutesVersion = await nextDraftVersion(tx, before.minutesId);
    const { count } = await tx.conclusion.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data(input), version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    await tx.conclusionCooperator.deleteMany({ where: { conclusionId: input.id } });
    await tx.conclusionCooperator.createMany({
      data: input.cooperatorIds.map((unitId) => ({ conclusionId: input.id, unitId })),
    });
    await recordAudit(tx, {
      actor: user,
      action: "conclusion.update",
      entityType: "Conclusion",
      entityId: input.id,
      before,
      after: input,
    });
    return { id: input.id, minutesVersion };
  }, TX);
}

export async function removeConclusion(user: SessionUser, input: z.output<typeof removeConclusionSchema>) {
  return db.$transaction(async (tx) => {
    const before = await conclusionToEdit(tx, user, input.id);
    const minutesVersion = await nextDraftVersion(tx, before.minutesId);
    const { count } = await tx.conclusion.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "conclusion.remove",
      entityType: "Conclusion",
      entityId: input.id,
      before,
    });
    return { id: input.id, minutesVersion };
  }, TX);
}
