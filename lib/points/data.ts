import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, DomainError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { searchKey } from "@/lib/text/normalize";
import type { CreateConnectionPointOutput } from "./schema";
import { matchAllWords } from "@/lib/text/search";

/** The registry of reusable connection points, active ones only. */
export async function listConnectionPoints(user: SessionUser, query = "") {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return db.connectionPoint.findMany({
    where: { AND: [{ retiredAt: null }, matchAllWords("nameAscii", query)] },
    orderBy: { nameAscii: "asc" },
    take: 200,
    select: {
      id: true,
      name: true,
      address: true,
      room: true,
      capacity: true,
      equipment: true,
      technicianName: true,
      technicianPhone: true,
      videoLink: true,
      hostUnit: { select: { name: true } },
    },
  });
}

export async function createConnectionPoint(user: SessionUser, input: CreateConnectionPointOutput) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return db.$transaction(async (tx) => {
    const host = await tx.unit.findUnique({
      where: { id: input.hostUnitId },
      select: { id: true, parentId: true, validTo: true },
    });
    if (!host || (host.validTo && host.validTo <= new Date()))
      throw new DomainError("errors.invalidInput", { hostUnitId: "validation.unknownUnit" });
    if (user.role === "SECRETARIAT" && host.id !== user.unitId && host.parentId !== user.unitId)
      throw new DomainError("errors.invalidInput", { hostUnitId: "scheduling.validation.notYourUnit" });
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
