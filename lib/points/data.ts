import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { searchKey } from "@/lib/text/normalize";
import { meetingScope } from "@/lib/meetings/scope";
import type { CreateConnectionPointOutput, UpdateConnectionPointOutput } from "./schema";
import { matchAllWords } from "@/lib/text/search";
import { keepsUnit } from "@/lib/units/keeper";

// The registry of connection points is read by every administrator and secretariat (any of them may
// book any point); a point is kept by the administrators and by the secretariat of its host unit or of
// the unit directly above it (the town office keeps its wards' halls).

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

function requireRegistryUser(user: SessionUser) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
}

const pointSelect = {
  id: true,
  name: true,
  address: true,
  room: true,
  capacity: true,
  equipment: true,
  technicianName: true,
  technicianPhone: true,
  videoLink: true,
  retiredAt: true,
  updatedAt: true,
  hostUnitId: true,
  hostUnit: { select: { id: true, name: true, parentId: true } },
} as const;

/** The registry, active points only unless `retired` asks for the retired ones too. */
export async function listConnectionPoints(user: SessionUser, query = "", { retired = false } = {}) {
  requireRegistryUser(user);
  const points = await db.connectionPoint.findMany({
    where: { AND: [retired ? {} : { retiredAt: null }, matchAllWords("nameAscii", query)] },
    orderBy: { nameAscii: "asc" },
    take: 200,
    select: pointSelect,
  });
  // Active points first, then the retired ones, each by name.
  return points
    .sort((a, b) => Number(a.retiredAt !== null) - Number(b.retiredAt !== null))
    .map((p) => ({ ...p, manageable: keepsUnit(user, p.hostUnit) }));
}

/** One point with the meetings held or planned there that the caller may see, latest first. */
export async function getConnectionPoint(user: SessionUser, id: string) {
  requireRegistryUser(user);
  const point = await db.connectionPoint.findUnique({ where: { id }, select: pointSelect });
  if (!point) throw new NotFound();
  const meetings = await db.meeting.findMany({
    where: { AND: [meetingScope(user), { points: { some: { connectionPointId: id } } }] },
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    take: 10,
    select: { id: true, title: true, startsAt: true, status: true },
  });
  return { ...point, manageable: keepsUnit(user, point.hostUnit), meetings };
}

/** A host the caller may give a point: a unit that still exists, theirs or directly under theirs. */
async function checkHost(tx: Tx, user: SessionUser, hostUnitId: string) {
  const host = await tx.unit.findUnique({
    where: { id: hostUnitId },
    select: { id: true, parentId: true, validTo: true },
  });
  if (!host || (host.validTo && host.validTo <= new Date()))
    throw new DomainError("errors.invalidInput", { hostUnitId: "validation.unknownUnit" });
  if (!keepsUnit(user, host))
    throw new DomainError("errors.invalidInput", { hostUnitId: "pointAdmin.validation.hostNotYours" });
}

/** A point the caller keeps: a missing one is NotFound, one kept by another unit AccessDenied. */
async function pointToKeep(tx: Tx, user: SessionUser, id: string) {
  requireRegistryUser(user);
  const point = await tx.connectionPoint.findUnique({ where: { id }, select: pointSelect });
  if (!point) throw new NotFound();
  if (!keepsUnit(user, point.hostUnit)) throw new AccessDenied();
  return point;
}

/** The fields the form edits, as the audit records them before a change. */
function editedFields(p: Awaited<ReturnType<typeof pointToKeep>>) {
  const { name, hostUnitId, address, room, capacity, equipment, technicianName, technicianPhone, videoLink } = p;
  return { name, hostUnitId, address, room, capacity, equipment, technicianName, technicianPhone, videoLink };
}

export async function createConnectionPoint(user: SessionUser, input: CreateConnectionPointOutput) {
  requireRegistryUser(user);
  return db.$transaction(async (tx) => {
    await checkHost(tx, user, input.hostUnitId);
    const point = await tx.connectionPoint.create({
      data: { ...input, nameAscii: searchKey(input.name) },
      select: { id: true, name: true, hostUnitId: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "connectionPoint.create",
      entityType: "ConnectionPoint",
      entityId: point.id,
      after: input,
    });
    return point;
  });
}

/** Saves every field of a point, only over the version the form loaded. */
export async function updateConnectionPoint(user: SessionUser, input: UpdateConnectionPointOutput) {
  return db.$transaction(async (tx) => {
    const before = await pointToKeep(tx, user, input.id);
    const { id, updatedAt, ...fields } = input;
    if (fields.hostUnitId !== before.hostUnitId) await checkHost(tx, user, fields.hostUnitId);
    const { count } = await tx.connectionPoint.updateMany({
      where: { id, updatedAt },
      data: { ...fields, nameAscii: searchKey(fields.name) },
    });
    if (count === 0) throw new StaleVersion();
    const after = await tx.connectionPoint.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    await recordAudit(tx, {
      actor: user,
      action: "connectionPoint.update",
      entityType: "ConnectionPoint",
      entityId: id,
      before: editedFields(before),
      after: fields,
    });
    return { id, updatedAt: after.updatedAt.toISOString() };
  }, TX);
}

/**
 * Retires a point: it is no longer offered or accepted for a meeting (lib/meetings/points.ts addPoint),
 * while the meetings held there keep showing it. Refused while a meeting still ahead is booked there:
 * those meetings must move first. The conditional update locks the point's row, and adding a point to
 * a meeting locks it too, so a booking made meanwhile is either seen here or refused there.
 */
export async function retireConnectionPoint(user: SessionUser, input: { id: string }, now = new Date()) {
  return db.$transaction(async (tx) => {
    const point = await pointToKeep(tx, user, input.id);
    const { count } = await tx.connectionPoint.updateMany({
      where: { id: point.id, retiredAt: null },
      data: { retiredAt: now },
    });
    if (count === 0) throw new DomainError("pointAdmin.errors.alreadyRetired");
    const ahead = await tx.meeting.findMany({
      where: {
        status: { in: ["DRAFT", "SCHEDULED"] },
        endsAt: { gt: now },
        points: { some: { connectionPointId: point.id } },
      },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true },
    });
    if (ahead.length)
      throw new DomainError("pointAdmin.errors.bookedAhead", undefined, {
        count: ahead.length,
        next: ahead[0]!.startsAt.toISOString(),
      });
    await recordAudit(tx, {
      actor: user,
      action: "connectionPoint.retire",
      entityType: "ConnectionPoint",
      entityId: point.id,
      before: { retiredAt: null },
      after: { retiredAt: now },
    });
    return { id: point.id };
  }, TX);
}

/** Brings a retired point back into the registry. */
export async function restoreConnectionPoint(user: SessionUser, input: { id: string }) {
  return db.$transaction(async (tx) => {
    const point = await pointToKeep(tx, user, input.id);
    const { count } = await tx.connectionPoint.updateMany({
      where: { id: point.id, retiredAt: { not: null } },
      data: { retiredAt: null },
    });
    if (count === 0) throw new DomainError("pointAdmin.errors.notRetired");
    await recordAudit(tx, {
      actor: user,
      action: "connectionPoint.restore",
      entityType: "ConnectionPoint",
      entityId: point.id,
      before: { retiredAt: point.retiredAt },
      after: { retiredAt: null },
    });
    return { id: point.id };
  });
}
