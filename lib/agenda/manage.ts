import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { meetingToManage } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { lockTemplate } from "@/lib/templates/lock";
import {
  MAX_AGENDA_ITEMS,
  type addAgendaItemSchema,
  type applyTemplateSchema,
  type removeAgendaItemSchema,
  type reorderAgendaSchema,
  type updateAgendaItemSchema,
} from "./schema";
import { sameMembers } from "./schedule";

// A meeting's agenda is run by whoever runs the meeting: the organiser's secretariat or an administrator.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

async function openMeeting(tx: Tx, user: SessionUser, meetingId: string) {
  const meeting = await meetingToManage(tx, user, meetingId);
  if (meeting.status === "CANCELLED") throw new DomainError("agenda.errors.cancelled");
  return meeting;
}

/** An item of a meeting the caller may change; outside their scope it does not exist for them. */
async function itemToManage(tx: Tx, user: SessionUser, itemId: string) {
  const item = await tx.agendaItem.findFirst({
    where: { id: itemId, meeting: meetingScope(user) },
    select: {
      id: true,
      meetingId: true,
      position: true,
      title: true,
      presenterRole: true,
      presenterOfficialId: true,
      durationMinutes: true,
      version: true,
    },
  });
  if (!item) throw new NotFound();
  await openMeeting(tx, user, item.meetingId);
  return item;
}

async function checkPresenter(tx: Tx, officialId: string | null, at: Date) {
  if (!officialId) return;
  const official = await tx.official.findUnique({ where: { id: officialId }, select: { validTo: true } });
  if (!official || (official.validTo && official.validTo <= at))
    throw new DomainError("errors.invalidInput", { presenterOfficialId: "agenda.validation.unknownOfficial" });
}

/**
 * Holds the meeting's row until the transaction ends, so changes to the whole agenda (apply, add, reorder,
 * remove) queue up and each reads the agenda as the one before left it. Changes nothing.
 */
async function lockMeeting(tx: Tx, meetingId: string) {
  await tx.$executeRaw`UPDATE "Meeting" SET "version" = "version" WHERE "id" = ${meetingId}`;
}

/** The meeting's items in agenda order. */
const currentItems = (tx: Tx, meetingId: string) =>
  tx.agendaItem.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, position: true, version: true },
  });

/** Writes positions 0..n-1 in the given order, touching only the items whose stored position differs. */
async function renumber(tx: Tx, items: readonly { id: string; position: number }[]) {
  for (const [position, item] of items.entries())
    if (item.position !== position) await tx.agendaItem.update({ where: { id: item.id }, data: { position } });
}

const sameOrder = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Makes the meeting's agenda from a template's items (durations, presenters' roles and the minutes
 * skeletons copied) and records which version it came from. An existing agenda is replaced only when
 * the caller confirmed it.
 */
export async function applyTemplate(user: SessionUser, input: z.output<typeof applyTemplateSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    const unknown = new DomainError("errors.invalidInput", { templateId: "agenda.validation.unknownTemplate" });
    if (!(await lockTemplate(tx, input.templateId, { activeOnly: true }))) throw unknown;
    const template = await tx.agendaTemplate.findFirst({
      where: { id: input.templateId, status: "ACTIVE" },
      select: { id: true, name: true, version: true, items: { orderBy: { position: "asc" } } },
    });
    if (!template) throw unknown;
    await lockMeeting(tx, meeting.id);
    const current = (await currentItems(tx, meeting.id)).map((i) => i.id);
    const existing = current.length;
    if (existing > 0 && !input.replace)
      throw new DomainError(
        "agenda.errors.confirmReplace",
        { replace: "agenda.validation.confirmReplace" },
        { existing },
      );
    // Replacing only the agenda the caller saw: items added or removed since make the page stale.
    if (input.loadedIds.length !== existing || !sameMembers(input.loadedIds, current)) throw new StaleVersion();
    const { count } = await tx.agendaItem.deleteMany({ where: { meetingId: meeting.id, id: { in: input.loadedIds } } });
    if (count !== existing) throw new StaleVersion();
    await tx.agendaItem.createMany({
      data: template.items.map((item, position) => ({
        meetingId: meeting.id,
        position,
        title: item.title,
        presenterRole: item.presenterRole,
        durationMinutes: item.durationMinutes,
        minutesSkeleton: item.minutesSkeleton,
      })),
    });
    await tx.meeting.update({ where: { id: meeting.id }, data: { templateId: template.id } });
    await recordAudit(tx, {
      actor: user,
      action: "agenda.applyTemplate",
      entityType: "Meeting",
      entityId: meeting.id,
      before: { items: existing },
      after: { templateId: template.id, version: template.version, items: template.items.length },
    });
    return { items: template.items.length, replaced: existing };
  }, TX);
}

export async function addAgendaItem(user: SessionUser, input: z.output<typeof addAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    await checkPresenter(tx, input.presenterOfficialId, meeting.startsAt);
    await lockMeeting(tx, meeting.id);
    const { _count, _max } = await tx.agendaItem.aggregate({
      where: { meetingId: meeting.id },
      _count: { _all: true },
      _max: { position: true },
    });
    if (_count._all >= MAX_AGENDA_ITEMS) throw new DomainError("agenda.errors.tooMany");
    const { meetingId, ...fields } = input;
    const item = await tx.agendaItem.create({
      data: { ...fields, meetingId, position: (_max.position ?? -1) + 1 },
      select: {
        id: true,
        position: true,
        title: true,
        presenterRole: true,
        presenterOfficialId: true,
        durationMinutes: true,
        version: true,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "agenda.addItem",
      entityType: "AgendaItem",
      entityId: item.id,
      after: { meetingId, ...item },
    });
    return item;
  }, TX);
}

export async function updateAgendaItem(user: SessionUser, input: z.output<typeof updateAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const before = await itemToManage(tx, user, input.itemId);
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: before.meetingId }, select: { startsAt: true } });
    await checkPresenter(tx, input.presenterOfficialId, meeting.startsAt);
    const { itemId, version, ...fields } = input;
    // Only over the version the form was loaded with: of two saves from the same page, the second finds it gone.
    const { count } = await tx.agendaItem.updateMany({
      where: { id: itemId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    const after = await tx.agendaItem.findUniqueOrThrow({
      where: { id: itemId },
      select: {
        id: true,
        title: true,
        presenterRole: true,
        presenterOfficialId: true,
        durationMinutes: true,
        version: true,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "agenda.updateItem",
      entityType: "AgendaItem",
      entityId: itemId,
      before,
      after,
    });
    return after;
  }, TX);
}

export async function removeAgendaItem(user: SessionUser, input: z.output<typeof removeAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const item = await itemToManage(tx, user, input.itemId);
    await lockMeeting(tx, item.meetingId);
    const { count } = await tx.agendaItem.deleteMany({ where: { id: item.id, version: input.version } });
    if (count === 0) throw new StaleVersion();
    await renumber(tx, await currentItems(tx, item.meetingId));
    await recordAudit(tx, {
      actor: user,
      action: "agenda.removeItem",
      entityType: "AgendaItem",
      entityId: item.id,
      before: item,
    });
    return { id: item.id };
  }, TX);
}

/**
 * The new order names every item once and was made from the order the agenda has now (`loadedOrder`); an
 * order made from a stale page (items added, removed or moved since) is refused. Each moved item's
 * version goes up, so an edit form loaded before the move is refused too.
 */
export async function reorderAgenda(user: SessionUser, input: z.output<typeof reorderAgendaSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    await lockMeeting(tx, meeting.id);
    const items = await currentItems(tx, meeting.id);
    const current = items.map((i) => i.id);
    if (!sameOrder(input.loadedOrder, current) || !sameMembers(input.itemIds, current)) throw new StaleVersion();
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const [position, id] of input.itemIds.entries()) {
      const item = byId.get(id)!;
      const moved = current[position] !== id;
      if (!moved && item.position === position) continue;
      const { count } = await tx.agendaItem.updateMany({
        where: { id, version: item.version },
        data: { position, ...(moved ? { version: { increment: 1 } } : {}) },
      });
      if (count === 0) throw new StaleVersion();
    }
    await recordAudit(tx, {
      actor: user,
      action: "agenda.reorder",
      entityType: "Meeting",
      entityId: meeting.id,
      before: current,
      after: input.itemIds,
    });
    return { count: input.itemIds.length };
  }, TX);
}
