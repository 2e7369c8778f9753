import "server-only";
import type { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { givenNameOf, searchKey } from "@/lib/text/normalize";
import { isValidOn, validOnWhere } from "@/lib/units/validity";
import { issuePasswordLink } from "@/lib/users/password-link";
import type { ImportKind } from "./columns";
import { nameKey, type Reason } from "./plan";

// Writes checked lines, in the chunk's transaction. Between the dry run and the writing someone may have
// changed a record: each line is checked again against what the dry run read (the fields an UPDATE
// changes still hold their old values; what a CREATE adds still does not exist) and refused otherwise,
// rather than overwriting a colleague's change. Every record written is audited with the job's id.

export type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export interface RowToWrite {
  id: string;
  line: number;
  outcome: "CREATE" | "UPDATE";
  values: Record<string, unknown>;
  targetId: string | null;
  before: Record<string, unknown> | null;
}

export type Written = { resultId: string } | { reason: Reason };

export interface WriteContext {
  tx: Tx;
  actor: SessionUser;
  jobId: string;
  now: Date;
  /** The record a line of the same file wrote (a unit's parent), or null when that line was refused. */
  writtenLine: (line: number) => Promise<string | null>;
}

const CHANGED: Written = { reason: { key: "import.reason.changedSinceCheck" } };

/** Whether the stored record still holds the values the dry run read for the fields that change. */
function unchangedSince(stored: Record<string, unknown>, before: Record<string, unknown> | null): boolean {
  return Object.entries(before ?? {}).every(([field, value]) => (stored[field] ?? null) === value);
}

const str = (v: unknown) => (v === undefined ? undefined : (v as string | null));

async function currentUnit(tx: Tx, id: string, now: Date) {
  const unit = await tx.unit.findUnique({ where: { id } });
  return unit && isValidOn(unit, now) ? unit : null;
}

/** The parent a unit line names: a stored unit, or the one another line of the file wrote. */
async function parentIdOf(row: RowToWrite, ctx: WriteContext): Promise<string | null | undefined | Reason> {
  if (typeof row.values.parentLine === "number") {
    const id = await ctx.writtenLine(row.values.parentLine);
    return id ?? { key: "import.reason.parentNotWritten", params: { line: row.values.parentLine } };
  }
  const id = str(row.values.parentId);
  if (id && !(await currentUnit(ctx.tx, id, ctx.now))) return { key: "import.reason.changedSinceCheck" };
  return id;
}

async function writeUnit(row: RowToWrite, ctx: WriteContext): Promise<Written> {
  const { tx, now } = ctx;
  const parentId = await parentIdOf(row, ctx);
  if (parentId && typeof parentId === "object") return { reason: parentId };
  const v = row.values;
  const code = str(v.code);
  if (code && (await tx.unit.findUnique({ where: { code }, select: { id: true } }))) return CHANGED;
  const fields = {
    kind: v.kind as never,
    block: v.block as never,
    shortName: str(v.shortName),
    documentSymbol: str(v.documentSymbol),
    placeName: str(v.placeName),
    contactEmail: str(v.contactEmail),
    phone: str(v.phone),
    address: str(v.address),
  };
  if (row.outcome === "CREATE") {
    const name = v.name as string;
    const sameName = await tx.unit.findMany({
      where: { AND: [{ nameAscii: searchKey(name), parentId: parentId ?? null }, validOnWhere(now)] },
      select: { name: true },
    });
    if (sameName.some((u) => nameKey(u.name) === nameKey(name))) return CHANGED;
    const unit = await tx.unit.create({
      data: { ...fields, code: code ?? null, name, nameAscii: searchKey(name), parentId: parentId ?? null },
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: "unit.import",
      entityType: "Unit",
      entityId: unit.id,
      after: { ...v, parentId, importJobId: ctx.jobId },
    });
    return { resultId: unit.id };
  }
  const stored = await currentUnit(tx, row.targetId!, now);
  if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
  if (parentId && (await isAtOrBelow(tx, parentId, stored.id))) return { reason: { key: "import.reason.parentCycle" } };
  const data = Object.fromEntries(
    Object.entries({ ...fields, code, parentId }).filter(
      ([field, value]) => value !== undefined && field in { ...row.before },
    ),
  );
  await tx.unit.update({ where: { id: stored.id }, data });
  await recordAudit(tx, {
    actor: ctx.actor,
    action: "unit.import",
    entityType: "Unit",
    entityId: stored.id,
    before: row.before,
    after: { ...data, importJobId: ctx.jobId },
  });
  return { resultId: stored.id };
}

/** Whether `unitId` is `ancestor` or below it now (a unit cannot be put under itself). */
async function isAtOrBelow(tx: Tx, unitId: string, ancestor: string): Promise<boolean> {
  let at: string | null = unitId;
  for (let depth = 0; at && depth < 100; depth++) {
    if (at === ancestor) return true;
    at = (await tx.unit.findUnique({ where: { id: at }, select: { parentId: true } }))?.parentId ?? null;
  }
  return false;
}

const inPost = (now: Date) => ({ OR: [{ validTo: null }, { validTo: { gt: now } }] });

async function writeOfficial(row: RowToWrite, ctx: WriteContext): Promise<Written> {
  const { tx, now } = ctx;
  const v = row.values;
  const names = (fullName: string) => ({ fullName, nameAscii: searchKey(fullName), givenName: givenNameOf(fullName) });
  if (row.outcome === "CREATE") {
    const unitId = v.unitId as string;
    const fullName = v.fullName as string;
    if (!(await currentUnit(tx, unitId, now))) return CHANGED;
    const sameName = await tx.official.findMany({
      where: { AND: [{ unitId, nameAscii: searchKey(fullName) }, inPost(now)] },
      select: { fullName: true },
    });
    if (sameName.some((o) => nameKey(o.fullName) === nameKey(fullName))) return CHANGED;
    const official = await tx.official.create({
      data: { ...names(fullName), title: v.title as string, unitId, email: str(v.email), phone: str(v.phone) },
    });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: "official.import",
      entityType: "Official",
      entityId: official.id,
      after: { ...v, importJobId: ctx.jobId },
    });
    return { resultId: official.id };
  }
  const stored = await tx.official.findFirst({ where: { AND: [{ id: row.targetId! }, inPost(now)] } });
  if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
  const data = {
    ...(typeof v.fullName === "string" ? names(v.fullName) : {}),
    ...(v.email !== undefined ? { email: str(v.email) } : {}),
    ...(v.phone !== undefined ? { phone: str(v.phone) } : {}),
  };
  await tx.official.update({ where: { id: stored.id }, data });
  await recordAudit(tx, {
    actor: ctx.actor,
    action: "official.import",
    entityType: "Official",
    entityId: stored.id,
    before: row.before,
    after: { ...v, importJobId: ctx.jobId },
  });
  return { resultId: stored.id };
}

async function writeUser(row: RowToWrite, ctx: WriteContext): Promise<Written> {
  const { tx, now } = ctx;
  const v = row.values;
  if (row.outcome === "CREATE") {
    const email = v.email as string;
    const officialId = str(v.officialId) ?? null;
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return CHANGED;
    if (!(await currentUnit(tx, v.unitId as string, now))) return CHANGED;
    if (officialId) {
      const official = await tx.official.findFirst({
        where: { AND: [{ id: officialId }, inPost(now)] },
        select: { id: true },
      });
      const taken = await tx.user.findUnique({ where: { officialId }, select: { id: true } });
      if (!official || taken) return CHANGED;
    }
    // No password: the account's owner sets one through the link the e-mail carries.
    const user = await tx.user.create({
      data: {
        email,
        name: v.name as string,
        role: v.role as never,
        unitId: v.unitId as string,
        officialId,
        phone: str(v.phone),
        passwordHash: null,
      },
      select: { id: true, email: true, name: true },
    });
    await issuePasswordLink(tx, { user, purpose: "INVITE", createdById: ctx.actor.id, now });
    await recordAudit(tx, {
      actor: ctx.actor,
      action: "user.import",
      entityType: "User",
      entityId: user.id,
      after: { ...v, importJobId: ctx.jobId },
    });
    return { resultId: user.id };
  }
  const stored = await tx.user.findUnique({
    where: { id: row.targetId! },
    select: { id: true, name: true, phone: true },
  });
  if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
  const data = {
    ...(typeof v.name === "string" ? { name: v.name } : {}),
    ...(v.phone !== undefined ? { phone: str(v.phone) } : {}),
  };
  await tx.user.update({ where: { id: stored.id }, data });
  await recordAudit(tx, {
    actor: ctx.actor,
    action: "user.import",
    entityType: "User",
    entityId: stored.id,
    before: row.before,
    after: { ...data, importJobId: ctx.jobId },
  });
  return { resultId: stored.id };
}

export const WRITERS: Record<ImportKind, (row: RowToWrite, ctx: WriteContext) => Promise<Written>> = {
  UNITS: writeUnit,
  OFFICIALS: writeOfficial,
  USERS: writeUser,
};
