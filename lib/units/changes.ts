import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError } from "@/lib/errors";
import { formatDate } from "@/lib/datetime/vietnam";
import { searchKey } from "@/lib/text/normalize";
import { notifyUsers } from "@/lib/notifications/notify";
import { childrenFollowSuccessor, SUCCESSION_OF } from "./change";
import { unitsWithOpenWork } from "./hand-over";
import type { RecordUnitChangeOutput } from "./schema";

const TX = { timeout: 20_000, maxWait: 10_000 };

const ceasingSelect = {
  id: true,
  name: true,
  shortName: true,
  documentSymbol: true,
  placeName: true,
  code: true,
  kind: true,
  block: true,
  parentId: true,
  contactEmail: true,
  phone: true,
  address: true,
  validFrom: true,
  validTo: true,
} as const;

const names = (units: { name: string }[]) => ({ units: units.map((u) => u.name) });

/**
 * Records a merger, rename, split or closure from a day, in one transaction: the ceasing units' records
 * end that day (validTo) and are linked to their successors, new successors begin that day, and the
 * units under a merged or renamed unit follow it to its successor. Meetings before the day keep the
 * old units, and their names; from the day on, the old units cannot be invited. The secretariats with
 * open invitations or tasks of the ceasing units are told, to move them (hand-over.ts).
 */
export async function recordUnitChange(user: SessionUser, input: RecordUnitChangeOutput) {
  if (user.role !== "ADMIN") throw new AccessDenied();
  const day = input.effectiveOn;
  return db.$transaction(async (tx) => {
    const found = await tx.unit.findMany({ where: { id: { in: input.ceasingUnitIds } }, select: ceasingSelect });
    if (found.length !== input.ceasingUnitIds.length)
      throw new DomainError("errors.invalidInput", { ceasingUnitIds: "validation.unknownUnit" });
    const ceasing = input.ceasingUnitIds.map((id) => found.find((u) => u.id === id)!);
    const ended = ceasing.filter((u) => u.validTo !== null);
    if (ended.length) throw new DomainError("unitAdmin.errors.alreadyCeased", undefined, names(ended));
    if (ceasing.some((u) => u.validFrom && u.validFrom >= day))
      throw new DomainError("errors.invalidInput", { effectiveOn: "unitAdmin.validation.beforeUnitBegan" });

    const existing = await tx.unit.findMany({
      where: { id: { in: input.successorIds } },
      select: { id: true, name: true, validFrom: true, validTo: true },
    });
    if (existing.length !== input.successorIds.length)
      throw new DomainError("errors.invalidInput", { successorIds: "validation.unknownUnit" });
    if (existing.some((s) => s.validTo !== null))
      throw new DomainError("errors.invalidInput", { successorIds: "unitAdmin.validation.successorCeased" });
    if (existing.some((s) => s.validFrom && s.validFrom > day))
      throw new DomainError("errors.invalidInput", { successorIds: "unitAdmin.validation.successorNotYet" });

    const ceasingIds = ceasing.map((u) => u.id);
    const children = await tx.unit.findMany({
      where: {
        parentId: { in: ceasingIds },
        id: { notIn: ceasingIds },
        OR: [{ validTo: null }, { validTo: { gt: day } }],
      },
      orderBy: { nameAscii: "asc" },
      select: { id: true, name: true, parentId: true },
    });
    if (children.length && !childrenFollowSuccessor(input.change))
      throw new DomainError("unitAdmin.errors.unitsUnder", undefined, names(children));

    // Claimed by a conditional update: of two changes of one unit at once, the second finds it ended.
    const renamed = input.change === "rename" ? ceasing[0]! : null;
    for (const unit of ceasing) {
      const { count } = await tx.unit.updateMany({
        where: { id: unit.id, validTo: null },
        // A renamed unit's official code passes to its new record, which is the unit from now on.
        data: { validTo: day, version: { increment: 1 }, ...(unit === renamed ? { code: null } : {}) },
      });
      if (count === 0) throw new DomainError("unitAdmin.errors.alreadyCeased", undefined, names([unit]));
    }
    // Locks the existing successors' rows, so none can cease while it takes these units in.
    for (const s of existing) {
      const { count } = await tx.unit.updateMany({
        where: { id: s.id, validTo: null },
        data: { version: { increment: 1 } },
      });
      if (count === 0)
        throw new DomainError("errors.invalidInput", { successorIds: "unitAdmin.validation.successorCeased" });
    }

    // New units take the first ceasing unit's kind, block, parent and document symbol; a renamed unit
    // keeps everything but its name.
    const model = ceasing[0]!;
    const created = [];
    for (const fresh of input.newUnits) {
      const data = {
        name: fresh.name,
        nameAscii: searchKey(fresh.name),
        shortName: fresh.shortName,
        kind: model.kind,
        block: model.block,
        parentId: model.parentId,
        documentSymbol: model.documentSymbol,
        validFrom: day,
        ...(renamed
          ? {
              placeName: renamed.placeName,
              code: renamed.code,
              contactEmail: renamed.contactEmail,
              phone: renamed.phone,
              address: renamed.address,
            }
          : {}),
      };
      const unit = await tx.unit.create({ data, select: { id: true, name: true } });
      await recordAudit(tx, { actor: user, action: "unit.create", entityType: "Unit", entityId: unit.id, after: data });
      created.push(unit);
    }
    const successors = [...existing.map(({ id, name }) => ({ id, name })), ...created];

    const kind = SUCCESSION_OF[input.change];
    if (kind)
      await tx.unitSuccession.createMany({
        data: ceasing.flatMap((from) =>
          successors.map((to) => ({
            fromUnitId: from.id,
            toUnitId: to.id,
            kind,
            effectiveAt: day,
            legalBasis: input.legalBasis,
          })),
        ),
      });
    for (const unit of ceasing)
      await recordAudit(tx, {
        actor: user,
        action: `unit.${input.change}`,
        entityType: "Unit",
        entityId: unit.id,
        before: { validTo: null },
        after: { validTo: day, successorIds: successors.map((s) => s.id), legalBasis: input.legalBasis },
      });

    const heir = successors[0];
    if (children.length && heir) {
      await tx.unit.updateMany({
        where: { id: { in: children.map((c) => c.id) } },
        data: { parentId: heir.id, version: { increment: 1 } },
      });
      for (const child of children)
        await recordAudit(tx, {
          actor: user,
          action: "unit.update",
          entityType: "Unit",
          entityId: child.id,
          before: { parentId: child.parentId },
          after: { parentId: heir.id },
        });
    }

    for (const unit of ceasing) {
      const followers = await unitsWithOpenWork(tx, { id: unit.id, validTo: day });
      if (followers.length)
        await notifyUsers(
          tx,
          { unitId: { in: followers }, role: "SECRETARIAT" },
          {
            kind: "unit.ceased",
            title: `${unit.name} không còn tồn tại từ ${formatDate(day)}`,
            body: "Có giấy mời hoặc nhiệm vụ của đơn vị cần chuyển cho đơn vị kế thừa.",
            link: `/units/${unit.id}`,
          },
        );
    }
    return { ceasingUnitIds: ceasingIds, successors, unitsMoved: heir ? children.length : 0 };
  }, TX);
}
