import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { meetingToManage } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { MAX_AGENDA_ITEMS, type addAgendaItemSchema, type applyTemplateSchema, type removeAgendaItemSchema, type reorderAgendaSchema, type updateAgendaItemSchema } from "./schema";
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
    select: { id: true, meetingId: true, position: true, title: true, presenterRole: true, presenterOfficialId: true, durationMinutes: true },
  });
  if (!item) throw new NotFound();
  await openMeeting(tx, user, item.meetingId);
  return item;
}

async function checkPresenter(tx: Tx, officialId: string | null, at: Date) {
  if (!officialId) return;
  const official = await tx.official.findUnique({ where: { id: officialId }, select: { validTo: true } });
  if (!official || (official.validTo && official.validTo <= at)) throw new DomainError("errors.invalidInput", { presenterOfficialId: "agenda.validation.unknownOfficial" });
}

/** Writes positions 0..n-1 in the given order. */
async function renumber(tx: Tx, ids: readonly string[]) {
  for (const [position, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position } });
}

const orderedIds = async (tx: Tx, meetingId: string) =>
  (await tx.agendaItem.findMany({ where: { meetingId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } })).map((i) => i.id);

/**
 * Makes the meeting's agenda from a template's items (durations, presenters' roles and the minutes
 * skeletons copied) and records which version it came from. An existing agenda is replaced only when
 * the caller confirmed it.
 */
export async function applyTemplate(user: SessionUser, input: z.output<typeof applyTemplateSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    const template = await tx.agendaTemplate.findFirst({
      where: { id: input.templateId, status: "ACTIVE" },
      select: { id: true, name: true, version: true, items: { orderBy: { position: "asc" } } },
    });
    if (!template) throw new DomainError("errors.invalidInput", { templateId: "agenda.validation.unknownTemplate" });
    const existing = await tx.agendaItem.count({ where: { meetingId: meeting.id } });
    if (existing > 0 && !input.replace) throw new DomainError("agenda.errors.confirmReplace", { replace: "agenda.validation.confirmReplace" }, { existing });
    await tx.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
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
    await recordAudit(tx, { actor: user, action: "agenda.applyTemplate", entityType: "Meeting", entityId: meeting.id, before: { items: existing }, after: { templateId: template.id, version: template.version, items: template.items.length } });
    return { items: template.items.length, replaced: existing };
  }, TX);
}

export async function addAgendaItem(user: SessionUser, input: z.output<typeof addAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    await checkPresenter(tx, input.presenterOfficialId, meeting.startsAt);
    const count = await tx.agendaItem.count({ where: { meetingId: meeting.id } });
    if (count >= MAX_AGENDA_ITEMS) throw new DomainError("agenda.errors.tooMany");
    const { meetingId, ...fields } = input;
    const item = await tx.agendaItem.create({ data: { ...fields, meetingId, position: count }, select: { id: true, position: true, title: true, presenterRole: true, presenterOfficialId: true, durationMinutes: true } });
    await recordAudit(tx, { actor: user, action: "agenda.addItem", entityType: "AgendaItem", entityId: item.id, after: { meetingId, ...item } });
    return item;
  }, TX);
}

export async function updateAgendaItem(user: SessionUser, input: z.output<typeof updateAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const before = await itemToManage(tx, user, input.itemId);
    const meeting = await tx.meeting.findUniqueOrThrow({ where: { id: before.meetingId }, select: { startsAt: true } });
    await checkPresenter(tx, input.presenterOfficialId, meeting.startsAt);
    const { itemId, ...fields } = input;
    const after = await tx.agendaItem.update({ where: { id: itemId }, data: fields, select: { id: true, title: true, presenterRole: true, presenterOfficialId: true, durationMinutes: true } });
    await recordAudit(tx, { actor: user, action: "agenda.updateItem", entityType: "AgendaItem", entityId: itemId, before, after });
    return after;
  }, TX);
}

export async function removeAgendaItem(user: SessionUser, input: z.output<typeof removeAgendaItemSchema>) {
  return db.$transaction(async (tx) => {
    const item = await itemToManage(tx, user, input.itemId);
    await tx.agendaItem.delete({ where: { id: item.id } });
    await renumber(tx, await orderedIds(tx, item.meetingId));
    await recordAudit(tx, { actor: user, action: "agenda.removeItem", entityType: "AgendaItem", entityId: item.id, before: item });
    return { id: item.id };
  }, TX);
}

/** The new order names every item once; an order made from a stale page (items added or removed since) is refused. */
export async function reorderAgenda(user: SessionUser, input: z.output<typeof reorderAgendaSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await openMeeting(tx, user, input.meetingId);
    const current = await orderedIds(tx, meeting.id);
    if (!sameMembers(input.itemIds, current)) throw new StaleVersion();
    await renumber(tx, input.itemIds);
    await recordAudit(tx, { actor: user, action: "agenda.reorder", entityType: "Meeting", entityId: meeting.id, before: current, after: input.itemIds });
    return { count: input.itemIds.length };
  }, TX);
}
