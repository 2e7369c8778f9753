import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { matchAllWords } from "@/lib/text/search";
import { startOfDay } from "@/lib/datetime/vietnam";
import { isValidOn, validOnWhere } from "./validity";
import type { z } from "zod";
import type { createUnitSchema, UpdateUnitOutput } from "./schema";
import { historyOf } from "./history";
import { openWorkOf } from "./hand-over";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const LIST_LIMIT = 200;

function canReadRegistry(user: SessionUser) {
  return user.role === "ADMIN" || user.role === "SECRETARIAT";
}

const linkSelect = { kind: true, effectiveAt: true, legalBasis: true } as const;
const unitRef = { select: { id: true, name: true } } as const;

/**
 * One unit as its page shows it: its record, its history (what it came from, what it became), the
 * units under it, its members (accounts and officials in post), and, once it has ceased, the open
 * invitations and tasks the caller may move to its successor.
 */
export async function getUnit(user: SessionUser, id: string, now = new Date()) {
  if (!canReadRegistry(user)) throw new AccessDenied();
  const unit = await db.unit.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      shortName: true,
      documentSymbol: true,
      placeName: true,
      code: true,
      kind: true,
      block: true,
      contactEmail: true,
      validFrom: true,
      validTo: true,
      version: true,
      parent: { select: { id: true, name: true } },
      children: {
        where: validOnWhere(now),
        orderBy: { nameAscii: "asc" },
        take: LIST_LIMIT,
        select: { id: true, name: true, kind: true },
      },
      predecessions: { select: { ...linkSelect, fromUnit: unitRef } },
      successions: {
        select: { ...linkSelect, toUnit: { select: { id: true, name: true, validFrom: true, validTo: true } } },
      },
      users: {
        orderBy: [{ active: "desc" }, { name: "asc" }],
        take: LIST_LIMIT,
        select: { id: true, name: true, email: true, role: true, active: true },
      },
      officials: {
        where: { OR: [{ validTo: null }, { validTo: { gt: now } }] },
        orderBy: [{ givenName: "asc" }, { nameAscii: "asc" }],
        take: LIST_LIMIT,
        select: { id: true, fullName: true, title: true },
      },
    },
  });
  if (!unit) throw new NotFound();
  const { predecessions, successions, ...rest } = unit;
  const history = historyOf({
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    predecessions: predecessions.map(({ fromUnit, ...l }) => ({ ...l, unit: fromUnit })),
    successions: successions.map(({ toUnit, ...l }) => ({ ...l, unit: { id: toUnit.id, name: toUnit.name } })),
  });
  const successors = successions.map((s) => s.toUnit);
  const audit =
    user.role === "ADMIN"
      ? await db.auditLog.findMany({
          where: { entityType: "Unit", entityId: id },
          orderBy: [{ at: "desc" }, { id: "desc" }],
          take: 50,
          select: { id: true, at: true, actorEmail: true, action: true },
        })
      : [];
  const openWork = unit.validTo ? await openWorkOf(user, { id, validTo: unit.validTo }, successors) : null;
  return { ...rest, current: isValidOn(unit, now), history, successors, audit, openWork };
}

/** The unit registry with its history: what each unit became, and since when. */
export async function listUnits(
  user: SessionUser,
  options: { query?: string; includeEnded?: boolean; now?: Date } = {},
) {
  if (!canReadRegistry(user)) throw new AccessDenied();
  const now = options.now ?? new Date();
  const rows = await db.unit.findMany({
    where: { AND: [matchAllWords("nameAscii", options.query ?? ""), options.includeEnded ? {} : validOnWhere(now)] },
    orderBy: [{ kind: "asc" }, { nameAscii: "asc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      name: true,
      kind: true,
      block: true,
      validFrom: true,
      validTo: true,
      parent: { select: { name: true } },
      successions: { select: { kind: true, effectiveAt: true, toUnit: { select: { name: true } } } },
    },
  });
  return rows.map((u) => ({ ...u, current: isValidOn(u, now) }));
}

/**
 * Units that can be invited to a meeting starting at `at`: only those existing on that date,
 * so a unit merged away is never offered for a new meeting.
 */
export async function unitsInvitableOn(user: SessionUser, at: Date, query = "") {
  if (!canReadRegistry(user)) throw new AccessDenied();
  return db.unit.findMany({
    where: { AND: [validOnWhere(at), matchAllWords("nameAscii", query)] },
    orderBy: { nameAscii: "asc" },
    take: LIST_LIMIT,
    select: { id: true, name: true, kind: true, block: true, parentId: true },
  });
}

export async function createUnit(user: SessionUser, input: z.output<typeof createUnitSchema>) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const validFrom = input.validFrom ? startOfDay(input.validFrom) : null;
  return db.$transaction(async (tx) => {
    if (input.parentId) {
      const parent = await tx.unit.findUnique({
        where: { id: input.parentId },
        select: { validFrom: true, validTo: true },
      });
      if (!parent) throw new DomainError("errors.invalidInput", { parentId: "validation.unknownUnit" });
      if (!isValidOn(parent, validFrom ?? new Date()))
        throw new DomainError("errors.invalidInput", { parentId: "validation.parentNotValid" });
    }
    const unit = await tx.unit.create({
      data: {
        name: input.name,
        nameAscii: searchKey(input.name),
        kind: input.kind,
        block: input.block,
        parentId: input.parentId,
        validFrom,
      },
      select: { id: true, name: true, kind: true, block: true, parentId: true, validFrom: true },
    });
    await recordAudit(tx, { actor: user, action: "unit.create", entityType: "Unit", entityId: unit.id, after: unit });
    return unit;
  });
}

/** Refuses a parent that does not exist, is the unit itself or lies under it, or (for a unit in being) has ceased. */
async function checkParent(tx: Tx, unit: { id: string; validTo: Date | null }, parentId: string, now: Date) {
  if (parentId === unit.id)
    throw new DomainError("errors.invalidInput", { parentId: "unitAdmin.validation.parentIsSelf" });
  const parent = await tx.unit.findUnique({ where: { id: parentId }, select: { validFrom: true, validTo: true } });
  if (!parent) throw new DomainError("errors.invalidInput", { parentId: "validation.unknownUnit" });
  if (unit.validTo === null && !isValidOn(parent, now))
    throw new DomainError("errors.invalidInput", { parentId: "validation.parentNotValid" });
  // Walk up from the new parent: meeting the unit itself means the tree would become a loop.
  let above: string | null = parentId;
  for (let depth = 0; above && depth < 100; depth++) {
    if (above === unit.id)
      throw new DomainError("errors.invalidInput", { parentId: "unitAdmin.validation.parentIsBelow" });
    above = (await tx.unit.findUnique({ where: { id: above }, select: { parentId: true } }))?.parentId ?? null;
  }
}

/**
 * Corrects a unit's record, over the version the form loaded. A correction applies everywhere, the
 * meetings already held included: a change in the unit's life (merger, rename…) is recorded as one
 * instead (changes.ts), so the past keeps the name it had.
 */
export async function updateUnit(user: SessionUser, input: UpdateUnitOutput, now = new Date()) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  return db.$transaction(async (tx) => {
    const before = await tx.unit.findUnique({
      where: { id: input.id },
      select: {
        name: true,
        shortName: true,
        documentSymbol: true,
        placeName: true,
        contactEmail: true,
        parentId: true,
        block: true,
        validTo: true,
      },
    });
    if (!before) throw new NotFound();
    const { validTo, ...edited } = before;
    const { id, version, ...fields } = input;
    if (fields.parentId && fields.parentId !== before.parentId)
      await checkParent(tx, { id, validTo }, fields.parentId, now);
    const { count } = await tx.unit.updateMany({
      where: { id, version },
      data: { ...fields, nameAscii: searchKey(fields.name), version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "unit.update",
      entityType: "Unit",
      entityId: id,
      before: edited,
      after: fields,
    });
    return { id, version: version + 1 };
  });
}
