import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { matchAllWords } from "@/lib/text/search";
import { startOfDay } from "@/lib/datetime/vietnam";
import { isValidOn, validOnWhere } from "./validity";
import type { z } from "zod";
import type { createUnitSchema } from "./schema";

const LIST_LIMIT = 200;

function canReadRegistry(user: SessionUser) {
  return user.role === "ADMIN" || user.role === "SECRETARIAT";
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
