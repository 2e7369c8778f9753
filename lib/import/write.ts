import "server-only";
import type { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { AuditEntry } from "@/lib/audit/record";
import { givenNameOf, searchKey } from "@/lib/text/normalize";
import { isValidOn, validOnWhere } from "@/lib/units/validity";
import { issuePasswordLink } from "@/lib/users/password-link";
import type { ImportKind } from "./columns";
import { nameKey, type Reason } from "./plan";

// Writes checked lines, a chunk at a time in the chunk's transaction. Between the dry run and the
// writing someone may have changed a record: each line is checked again against what the dry run read
// (the fields an UPDATE changes still hold their old values; what a CREATE adds still does not exist)
// and refused otherwise, rather than overwriting a colleague's change. What the checks need is read for
// the whole chunk at once. Every record written is audited with the job's id.

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
  /** Audit entries of the chunk, written together at its end (same transaction). */
  audits: AuditEntry[];
}

const CHANGED: Written = { reason: { key: "import.reason.changedSinceCheck" } };

/** Whether the stored record still holds the values the dry run read for the fields that change. */
function unchangedSince(stored: Record<string, unknown>, before: Record<string, unknown> | null): boolean {
  return Object.entries(before ?? {}).every(([field, value]) => (stored[field] ?? null) === value);
}

const str = (v: unknown) => (v === undefined ? undefined : (v as string | null));
const strings = (values: unknown[]) => [
  ...new Set(values.filter((v): v is string => typeof v === "string" && v !== "")),
];

/** The units of these ids that exist now. */
async function currentUnits(tx: Tx, ids: unknown[], now: Date) {
  const units = await tx.unit.findMany({ where: { id: { in: strings(ids) } } });
  return new Map(units.filter((u) => isValidOn(u, now)).map((u) => [u.id, u]));
}

const inPost = (now: Date) => ({ OR: [{ validTo: null }, { validTo: { gt: now } }] });

function audit(ctx: WriteContext, entityType: string, entityId: string, before: unknown, after: object) {
  ctx.audits.push({
    actor: ctx.actor,
    action: `${entityType.toLowerCase()}.import`,
    entityType,
    entityId,
    before: before ?? undefined,
    after: { ...after, importJobId: ctx.jobId },
  });
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

/** Reads what a chunk's checks need, then writes its lines one by one. */
type ChunkWriter = (rows: RowToWrite[], ctx: WriteContext) => Promise<(row: RowToWrite) => Promise<Written>>;

const unitWriter: ChunkWriter = async (rows, ctx) => {
  const { tx, now } = ctx;
  const codes = strings(rows.map((r) => r.values.code));
  const taken = new Set(
    (await tx.unit.findMany({ where: { code: { in: codes } }, select: { code: true } })).map((u) => u.code),
  );
  const units = await currentUnits(tx, [...rows.map((r) => r.values.parentId), ...rows.map((r) => r.targetId)], now);
  const names = strings(rows.filter((r) => r.outcome === "CREATE").map((r) => searchKey(String(r.values.name))));
  const siblings = new Set(
    (
      await tx.unit.findMany({
        where: { AND: [{ nameAscii: { in: names } }, validOnWhere(now)] },
        select: { name: true, parentId: true },
      })
    ).map((u) => `${nameKey(u.name)}|${u.parentId ?? ""}`),
  );

  return async (row) => {
    const v = row.values;
    let parentId = str(v.parentId);
    if (typeof v.parentLine === "number") {
      const written = await ctx.writtenLine(v.parentLine);
      if (!written) return { reason: { key: "import.reason.parentNotWritten", params: { line: v.parentLine } } };
      parentId = written;
    } else if (parentId && !units.has(parentId)) return CHANGED;
    const code = str(v.code);
    if (code && taken.has(code)) return CHANGED;
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
      if (siblings.has(`${nameKey(name)}|${parentId ?? ""}`)) return CHANGED;
      const unit = await tx.unit.create({
        data: { ...fields, code: code ?? null, name, nameAscii: searchKey(name), parentId: parentId ?? null },
        select: { id: true },
      });
      audit(ctx, "Unit", unit.id, undefined, { ...v, parentId });
      return { resultId: unit.id };
    }
    const stored = units.get(row.targetId!);
    if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
    if (parentId && (await isAtOrBelow(tx, parentId, stored.id)))
      return { reason: { key: "import.reason.parentCycle" } };
    const data = Object.fromEntries(
      Object.entries({ ...fields, code, parentId }).filter(
        ([field, value]) => value !== undefined && field in row.before!,
      ),
    );
    await tx.unit.update({ where: { id: stored.id }, data });
    audit(ctx, "Unit", stored.id, row.before, data);
    return { resultId: stored.id };
  };
};

const officialWriter: ChunkWriter = async (rows, ctx) => {
  const { tx, now } = ctx;
  const units = await currentUnits(
    tx,
    rows.map((r) => r.values.unitId),
    now,
  );
  const creates = rows.filter((r) => r.outcome === "CREATE");
  const colleagues = new Set(
    (
      await tx.official.findMany({
        where: {
          AND: [{ nameAscii: { in: strings(creates.map((r) => searchKey(String(r.values.fullName)))) } }, inPost(now)],
        },
        select: { fullName: true, unitId: true },
      })
    ).map((o) => `${nameKey(o.fullName)}|${o.unitId}`),
  );
  const targets = new Map(
    (
      await tx.official.findMany({
        where: { AND: [{ id: { in: strings(rows.map((r) => r.targetId)) } }, inPost(now)] },
      })
    ).map((o) => [o.id, o]),
  );
  const names = (fullName: string) => ({ fullName, nameAscii: searchKey(fullName), givenName: givenNameOf(fullName) });

  return async (row) => {
    const v = row.values;
    if (row.outcome === "CREATE") {
      const unitId = v.unitId as string;
      const fullName = v.fullName as string;
      if (!units.has(unitId) || colleagues.has(`${nameKey(fullName)}|${unitId}`)) return CHANGED;
      const official = await tx.official.create({
        data: { ...names(fullName), title: v.title as string, unitId, email: str(v.email), phone: str(v.phone) },
        select: { id: true },
      });
      audit(ctx, "Official", official.id, undefined, v);
      return { resultId: official.id };
    }
    const stored = targets.get(row.targetId!);
    if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
    const data = {
      ...(typeof v.fullName === "string" ? names(v.fullName) : {}),
      ...(v.email !== undefined ? { email: str(v.email) } : {}),
      ...(v.phone !== undefined ? { phone: str(v.phone) } : {}),
    };
    await tx.official.update({ where: { id: stored.id }, data });
    audit(ctx, "Official", stored.id, row.before, v);
    return { resultId: stored.id };
  };
};

const userWriter: ChunkWriter = async (rows, ctx) => {
  const { tx, now } = ctx;
  const existing = await tx.user.findMany({
    where: {
      OR: [
        { email: { in: strings(rows.map((r) => r.values.email)) } },
        { id: { in: strings(rows.map((r) => r.targetId)) } },
      ],
    },
    select: { id: true, email: true, name: true, phone: true },
  });
  const emails = new Set(existing.map((u) => u.email));
  const targets = new Map(existing.map((u) => [u.id, u]));
  const units = await currentUnits(
    tx,
    rows.map((r) => r.values.unitId),
    now,
  );

  return async (row) => {
    const v = row.values;
    if (row.outcome === "CREATE") {
      const email = v.email as string;
      const officialId = str(v.officialId) ?? null;
      if (emails.has(email) || !units.has(v.unitId as string)) return CHANGED;
      if (officialId) {
        const official = await tx.official.findFirst({
          where: { AND: [{ id: officialId }, inPost(now)] },
          select: { id: true },
        });
        if (!official || (await tx.user.findUnique({ where: { officialId }, select: { id: true } }))) return CHANGED;
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
      audit(ctx, "User", user.id, undefined, v);
      return { resultId: user.id };
    }
    const stored = targets.get(row.targetId!);
    if (!stored || !unchangedSince(stored, row.before)) return CHANGED;
    const data = {
      ...(typeof v.name === "string" ? { name: v.name } : {}),
      ...(v.phone !== undefined ? { phone: str(v.phone) } : {}),
    };
    await tx.user.update({ where: { id: stored.id }, data });
    audit(ctx, "User", stored.id, row.before, data);
    return { resultId: stored.id };
  };
};

export const WRITERS: Record<ImportKind, ChunkWriter> = {
  UNITS: unitWriter,
  OFFICIALS: officialWriter,
  USERS: userWriter,
};
