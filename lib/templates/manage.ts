import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import type {
  copyTemplateSchema,
  createTemplateSchema,
  restoreTemplateSchema,
  retireTemplateSchema,
  updateTemplateSchema,
} from "./schema";
import { lockTemplate } from "./lock";

// Templates are shared by the whole installation: administrators and every secretariat manage them.
// A version some meeting used is never changed: editing it makes the next version of the family and
// retires the old row, so that meeting keeps pointing at the agenda it was planned from.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

export function managesTemplates(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "SECRETARIAT";
}

function requireManager(user: SessionUser) {
  if (!managesTemplates(user)) throw new AccessDenied();
}

type Fields = z.output<typeof createTemplateSchema>;

const itemRows = (items: Fields["items"]) => items.map((item, position) => ({ position, ...item }));
const snapshot = (
  t: { name: string; kind: string | null; description: string | null; version: number; familyId: string },
  items: Fields["items"],
) => ({ ...t, items });

/** The version a form was loaded from; refused when a newer version of its family exists (someone saved first). */
async function latestToChange(tx: Tx, id: string) {
  const row = await tx.agendaTemplate.findUnique({
    where: { id },
    select: {
      id: true,
      familyId: true,
      version: true,
      name: true,
      kind: true,
      description: true,
      status: true,
      items: { orderBy: { position: "asc" } },
    },
  });
  if (!row) throw new NotFound();
  const newer = await tx.agendaTemplate.findFirst({
    where: { familyId: row.familyId, version: { gt: row.version } },
    select: { version: true },
  });
  if (newer) throw new DomainError("templates.errors.superseded", undefined, { version: newer.version });
  return row;
}

/** Two saves over the same version race for version+1; the unique (familyId, version) lets only one win. */
async function refusingRaces<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new DomainError("templates.errors.superseded");
    throw error;
  }
}

export async function createTemplate(user: SessionUser, input: Fields) {
  requireManager(user);
  return db.$transaction(async (tx) => {
    const { items, ...fields } = input;
    const created = await tx.agendaTemplate.create({
      data: { ...fields, familyId: randomUUID(), version: 1, items: { create: itemRows(items) } },
      select: { id: true, familyId: true, version: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "template.create",
      entityType: "AgendaTemplate",
      entityId: created.id,
      after: snapshot({ ...fields, ...created }, items),
    });
    return created;
  }, TX);
}

/**
 * Saves a template: in place while no meeting uses this version, otherwise as the next version of the
 * family (the old row retired). Returns the id to show next.
 */
export async function updateTemplate(user: SessionUser, input: z.output<typeof updateTemplateSchema>) {
  requireManager(user);
  return refusingRaces(() =>
    db.$transaction(async (tx) => {
      await lockTemplate(tx, input.id, { activeOnly: false });
      const before = await latestToChange(tx, input.id);
      if (before.status === "RETIRED") throw new DomainError("templates.errors.retired");
      const { id, items, itemIds, ...fields } = input;
      const loaded = [...itemIds].sort().join();
      if (
        before.items
          .map((i) => i.id)
          .sort()
          .join() !== loaded
      )
        throw new StaleVersion();
      const used = await tx.meeting.count({ where: { templateId: id } });
      const beforeItems = before.items.map(({ title, presenterRole, durationMinutes, optional, minutesSkeleton }) => ({
        title,
        presenterRole,
        durationMinutes,
        optional,
        minutesSkeleton,
      }));
      if (used === 0) {
        // Deleting exactly the rows the form showed: a concurrent in-place save already replaced them.
        const { count } = await tx.agendaTemplateItem.deleteMany({ where: { templateId: id, id: { in: itemIds } } });
        if (count !== itemIds.length) throw new StaleVersion();
        await tx.agendaTemplate.update({ where: { id }, data: { ...fields, items: { create: itemRows(items) } } });
        await recordAudit(tx, {
          actor: user,
          action: "template.update",
          entityType: "AgendaTemplate",
          entityId: id,
          before: snapshot(before, beforeItems),
          after: snapshot({ ...fields, familyId: before.familyId, version: before.version }, items),
        });
        return { id, version: before.version, newVersion: false };
      }
      const created = await tx.agendaTemplate.create({
        data: { ...fields, familyId: before.familyId, version: before.version + 1, items: { create: itemRows(items) } },
        select: { id: true, version: true },
      });
      await tx.agendaTemplate.update({ where: { id }, data: { status: "RETIRED" } });
      await recordAudit(tx, {
        actor: user,
        action: "template.newVersion",
        entityType: "AgendaTemplate",
        entityId: created.id,
        before: { id, ...snapshot(before, beforeItems) },
        after: snapshot({ ...fields, familyId: before.familyId, version: created.version }, items),
      });
      return { id: created.id, version: created.version, newVersion: true };
    }, TX),
  );
}

/** A new family starting from any version's content. */
export async function copyTemplate(user: SessionUser, input: z.output<typeof copyTemplateSchema>) {
  requireManager(user);
  return db.$transaction(async (tx) => {
    const source = await tx.agendaTemplate.findUnique({
      where: { id: input.id },
      select: { id: true, kind: true, description: true, items: { orderBy: { position: "asc" } } },
    });
    if (!source) throw new NotFound();
    const items = source.items.map(
      ({ position, title, presenterRole, durationMinutes, optional, minutesSkeleton }) => ({
        position,
        title,
        presenterRole,
        durationMinutes,
        optional,
        minutesSkeleton,
      }),
    );
    const created = await tx.agendaTemplate.create({
      data: {
        familyId: randomUUID(),
        version: 1,
        name: input.name,
        kind: source.kind,
        description: source.description,
        items: { create: items },
      },
      select: { id: true, familyId: true, version: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "template.copy",
      entityType: "AgendaTemplate",
      entityId: created.id,
      after: { copiedFrom: source.id, name: input.name },
    });
    return created;
  }, TX);
}

async function setStatus(user: SessionUser, id: string, status: "ACTIVE" | "RETIRED") {
  requireManager(user);
  return db.$transaction(async (tx) => {
    const row = await latestToChange(tx, id);
    if (row.status === status) return { id };
    await tx.agendaTemplate.update({ where: { id }, data: { status } });
    await recordAudit(tx, {
      actor: user,
      action: status === "RETIRED" ? "template.retire" : "template.restore",
      entityType: "AgendaTemplate",
      entityId: id,
      before: { status: row.status },
      after: { status },
    });
    return { id };
  }, TX);
}

/** Hidden from the choices when applying a template; kept, with its history, under "retired". */
export const retireTemplate = (user: SessionUser, input: z.output<typeof retireTemplateSchema>) =>
  setStatus(user, input.id, "RETIRED");
export const restoreTemplate = (user: SessionUser, input: z.output<typeof restoreTemplateSchema>) =>
  setStatus(user, input.id, "ACTIVE");
