import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { holidayCandidates } from "./prefill";
import type { createHolidaySchema, prefillHolidaysSchema, removeHolidaySchema, updateHolidaySchema } from "./schema";

// Only administrators change the list: every secretariat's invitation and notice deadlines count by it.
// A day holds one entry (PublicHoliday.day is unique); an edit or removal names the version it loaded.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

function requireAdmin(user: SessionUser) {
  if (user.role !== "ADMIN") throw new AccessDenied();
}

const dayTaken = () => new DomainError("errors.invalidInput", { day: "holidays.validation.dayTaken" });

/** A unique day taken by a concurrent save is the same answer as one taken before. */
async function refusingTakenDay<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw dayTaken();
    throw error;
  }
}

async function refuseIfTaken(tx: Tx, day: string, exceptId?: string) {
  const other = await tx.publicHoliday.findUnique({ where: { day }, select: { id: true } });
  if (other && other.id !== exceptId) throw dayTaken();
}

const fields = (h: { day: string; name: string; kind: string }) => ({ day: h.day, name: h.name, kind: h.kind });

export async function createHoliday(user: SessionUser, input: z.output<typeof createHolidaySchema>) {
  requireAdmin(user);
  return refusingTakenDay(() =>
    db.$transaction(async (tx) => {
      await refuseIfTaken(tx, input.day);
      const holiday = await tx.publicHoliday.create({
        data: input,
        select: { id: true, day: true, name: true, kind: true, version: true },
      });
      await recordAudit(tx, {
        actor: user,
        action: "holiday.create",
        entityType: "PublicHoliday",
        entityId: holiday.id,
        after: fields(holiday),
      });
      return holiday;
    }),
  );
}

export async function updateHoliday(user: SessionUser, input: z.output<typeof updateHolidaySchema>) {
  requireAdmin(user);
  return refusingTakenDay(() =>
    db.$transaction(async (tx) => {
      const before = await tx.publicHoliday.findUnique({ where: { id: input.id } });
      if (!before) throw new NotFound();
      if (before.version !== input.version) throw new StaleVersion();
      if (input.day !== before.day) await refuseIfTaken(tx, input.day, before.id);
      const { count } = await tx.publicHoliday.updateMany({
        where: { id: input.id, version: input.version },
        data: { day: input.day, name: input.name, kind: input.kind, version: { increment: 1 } },
      });
      if (count === 0) throw new StaleVersion();
      await recordAudit(tx, {
        actor: user,
        action: "holiday.update",
        entityType: "PublicHoliday",
        entityId: input.id,
        before: fields(before),
        after: fields(input),
      });
      return { id: input.id, version: input.version + 1 };
    }),
  );
}

export async function removeHoliday(user: SessionUser, input: z.output<typeof removeHolidaySchema>) {
  requireAdmin(user);
  return db.$transaction(async (tx) => {
    const before = await tx.publicHoliday.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFound();
    const { count } = await tx.publicHoliday.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "holiday.remove",
      entityType: "PublicHoliday",
      entityId: input.id,
      before: fields(before),
    });
    return { id: input.id };
  });
}

/**
 * Adds the ticked candidates of a year (the law's fixed dates and the suggestions the administrator
 * confirmed), each as a holiday with the candidate's name. Only that year's candidates are accepted; a
 * day configured meanwhile is left as it is and reported as skipped.
 */
export async function prefillHolidays(user: SessionUser, input: z.output<typeof prefillHolidaysSchema>) {
  requireAdmin(user);
  const candidates = new Map(holidayCandidates(input.year).map((c) => [c.day, c]));
  const chosen = [...new Set(input.days)];
  if (chosen.some((day) => !candidates.has(day)))
    throw new DomainError("errors.invalidInput", { days: "holidays.validation.notACandidate" });
  return refusingTakenDay(() =>
    db.$transaction(async (tx) => {
      const existing = new Set(
        (await tx.publicHoliday.findMany({ where: { day: { in: chosen } }, select: { day: true } })).map((h) => h.day),
      );
      const added = chosen
        .filter((day) => !existing.has(day))
        .sort()
        .map((day) => ({ day, name: candidates.get(day)!.name, kind: "HOLIDAY" as const }));
      if (added.length === 0) return { added: 0, skipped: chosen.length };
      await tx.publicHoliday.createMany({ data: added });
      await recordAudit(tx, {
        actor: user,
        action: "holiday.prefill",
        entityType: "PublicHoliday",
        entityId: null,
        after: { year: input.year, added },
      });
      return { added: added.length, skipped: chosen.length - added.length };
    }),
  );
}
