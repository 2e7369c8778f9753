import "server-only";
import { db } from "@/lib/db/client";
import type { OfficialUncheckedUpdateManyInput } from "@/lib/db/generated/sqlite/models";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { givenNameOf, searchKey } from "@/lib/text/normalize";
import { matchAllWords } from "@/lib/text/search";
import { meetingScope } from "@/lib/meetings/scope";
import { keepsUnit } from "@/lib/units/keeper";
import { isValidOn } from "@/lib/units/validity";
import { currentPostOf, postEndRefusal } from "./appointment";
import { officialOn, POSTS_SELECT } from "./post-on-date";
import type { CreateOfficialOutput, EndAppointmentOutput, MoveOfficialOutput, UpdateOfficialOutput } from "./schema";

// The officials' registry is read by every administrator and secretariat (any of them may pick any
// chair); an official is kept, as connection points are, by the administrators and by the secretariat
// of the official's unit or of the unit directly above it.

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

function requireRegistryUser(user: SessionUser) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
}

const inPostOn = (at: Date) => ({ OR: [{ validTo: null }, { validTo: { gt: at } }] });

/** Officials in post (or all, with `ended`), searched without accents ("hoang van phuc"), sorted by given name as lists are. */
export async function listOfficials(user: SessionUser, query = "", { now = new Date(), ended = false } = {}) {
  requireRegistryUser(user);
  const rows = await db.official.findMany({
    where: { AND: [matchAllWords("nameAscii", query), ended ? {} : inPostOn(now)] },
    orderBy: [{ givenName: "asc" }, { nameAscii: "asc" }],
    take: 200,
    select: {
      id: true,
      fullName: true,
      title: true,
      validTo: true,
      unit: { select: { id: true, name: true, parentId: true } },
    },
  });
  return rows.map((o) => ({ ...o, manageable: keepsUnit(user, o.unit) }));
}

const officialSelect = {
  id: true,
  fullName: true,
  title: true,
  unitId: true,
  email: true,
  phone: true,
  validFrom: true,
  validTo: true,
  version: true,
  unit: { select: { id: true, name: true, parentId: true } },
  posts: { select: { id: true, title: true, unitId: true, validFrom: true, validTo: true } },
} as const;

/**
 * One official: the record, the posts held (latest first), the account that acts as them, and the
 * last meetings they chaired that the caller may see, each with the title they held that day.
 */
export async function getOfficial(user: SessionUser, id: string, now = new Date()) {
  requireRegistryUser(user);
  const official = await db.official.findUnique({
    where: { id },
    select: {
      ...officialSelect,
      posts: {
        orderBy: [{ validFrom: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
        select: { id: true, title: true, validFrom: true, validTo: true, unit: { select: { id: true, name: true } } },
      },
      user: { select: { name: true, email: true, role: true, active: true } },
    },
  });
  if (!official) throw new NotFound();
  const chaired = await db.meetingPoint.findMany({
    where: { chairOfficialId: id, meeting: meetingScope(user) },
    orderBy: [{ meeting: { startsAt: "desc" } }, { id: "asc" }],
    take: 10,
    select: {
      meeting: { select: { id: true, title: true, startsAt: true } },
      connectionPoint: { select: { name: true } },
      chair: { select: { title: true, posts: POSTS_SELECT } },
    },
  });
  const today = officialOn({ title: official.title, posts: official.posts }, now);
  return {
    ...official,
    // A move recorded ahead of its day changes the record at once; until the day the old title holds.
    titleToday: today.title,
    manageable: keepsUnit(user, official.unit),
    chaired: chaired.map((p) => ({
      meeting: p.meeting,
      point: p.connectionPoint.name,
      title: officialOn(p.chair!, p.meeting.startsAt).title,
    })),
  };
}

/** A unit the caller may place an official in, existing on `at`. */
async function checkUnit(tx: Tx, user: SessionUser, unitId: string, at: Date) {
  const unit = await tx.unit.findUnique({
    where: { id: unitId },
    select: { id: true, parentId: true, validFrom: true, validTo: true },
  });
  if (!unit) throw new DomainError("errors.invalidInput", { unitId: "validation.unknownUnit" });
  if (!keepsUnit(user, unit))
    throw new DomainError("errors.invalidInput", { unitId: "officialAdmin.validation.unitNotYours" });
  if (!isValidOn(unit, at)) throw new DomainError("errors.invalidInput", { unitId: "validation.parentNotValid" });
}

/** An official the caller keeps: a missing one is NotFound, one kept by another unit AccessDenied. */
async function officialToKeep(tx: Tx, user: SessionUser, id: string) {
  requireRegistryUser(user);
  const official = await tx.official.findUnique({ where: { id }, select: officialSelect });
  if (!official) throw new NotFound();
  if (!keepsUnit(user, official.unit)) throw new AccessDenied();
  return official;
}

/** Changes the record only over the version the form loaded. */
async function claim(tx: Tx, id: string, version: number, data: Omit<OfficialUncheckedUpdateManyInput, "version">) {
  const { count } = await tx.official.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new StaleVersion();
}

export async function createOfficial(user: SessionUser, input: CreateOfficialOutput, now = new Date()) {
  requireRegistryUser(user);
  return db.$transaction(async (tx) => {
    await checkUnit(tx, user, input.unitId, input.validFrom ?? now);
    const { validFrom, ...fields } = input;
    const official = await tx.official.create({
      data: { ...fields, nameAscii: searchKey(fields.fullName), givenName: givenNameOf(fields.fullName), validFrom },
      select: { id: true, fullName: true },
    });
    await tx.officialPost.create({
      data: { officialId: official.id, title: input.title, unitId: input.unitId, validFrom },
    });
    await recordAudit(tx, {
      actor: user,
      action: "official.create",
      entityType: "Official",
      entityId: official.id,
      after: input,
    });
    return official;
  });
}

/**
 * Corrects the record and the current post in place (a misspelt name, a title entered wrong): past
 * meetings read the corrected post too. A real change of post is a move, which keeps the old one.
 */
export async function updateOfficial(user: SessionUser, input: UpdateOfficialOutput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const before = await officialToKeep(tx, user, input.id);
    const { id, version, ...fields } = input;
    if (fields.unitId !== before.unitId) await checkUnit(tx, user, fields.unitId, now);
    await claim(tx, id, version, {
      ...fields,
      nameAscii: searchKey(fields.fullName),
      givenName: givenNameOf(fields.fullName),
    });
    const post = currentPostOf(before);
    if (post.id)
      await tx.officialPost.update({ where: { id: post.id }, data: { title: fields.title, unitId: fields.unitId } });
    const { fullName, email, phone, title, unitId } = before;
    await recordAudit(tx, {
      actor: user,
      action: "official.update",
      entityType: "Official",
      entityId: id,
      before: { fullName, email, phone, title, unitId },
      after: fields,
    });
    return { id, version: version + 1 };
  }, TX);
}

/** Ends the current post on `at`: the row kept, or, for an official recorded before posts were kept, written now. */
async function endCurrentPost(tx: Tx, official: Awaited<ReturnType<typeof officialToKeep>>, at: Date) {
  const post = currentPostOf(official);
  if (post.id) await tx.officialPost.update({ where: { id: post.id }, data: { validTo: at } });
  else
    await tx.officialPost.create({
      data: {
        officialId: official.id,
        title: official.title,
        unitId: official.unitId,
        validFrom: official.validFrom,
        validTo: at,
      },
    });
}

/** Moves an official to another post (title, unit or both) from a day; meetings before it keep the old title. */
export async function moveOfficial(user: SessionUser, input: MoveOfficialOutput) {
  return db.$transaction(async (tx) => {
    const official = await officialToKeep(tx, user, input.id);
    const refusal = postEndRefusal(official, input.effectiveOn);
    if (refusal === "officialAdmin.errors.appointmentEnded") throw new DomainError(refusal);
    if (refusal) throw new DomainError("errors.invalidInput", { effectiveOn: refusal });
    if (input.title === official.title && input.unitId === official.unitId)
      throw new DomainError("errors.invalidInput", { title: "officialAdmin.validation.samePost" });
    if (input.unitId !== official.unitId) await checkUnit(tx, user, input.unitId, input.effectiveOn);
    await claim(tx, official.id, input.version, {
      title: input.title,
      unitId: input.unitId,
      validFrom: input.effectiveOn,
    });
    await endCurrentPost(tx, official, input.effectiveOn);
    await tx.officialPost.create({
      data: { officialId: official.id, title: input.title, unitId: input.unitId, validFrom: input.effectiveOn },
    });
    await recordAudit(tx, {
      actor: user,
      action: "official.move",
      entityType: "Official",
      entityId: official.id,
      before: { title: official.title, unitId: official.unitId, validFrom: official.validFrom },
      after: { title: input.title, unitId: input.unitId, validFrom: input.effectiveOn },
    });
    return { id: official.id, version: input.version + 1 };
  }, TX);
}

/**
 * Ends an official's appointment on a day. Refused while they chair or keep the minutes of a meeting
 * on or after that day that is not yet held: another official must take it over first.
 */
export async function endAppointment(user: SessionUser, input: EndAppointmentOutput) {
  return db.$transaction(async (tx) => {
    const official = await officialToKeep(tx, user, input.id);
    const refusal = postEndRefusal(official, input.effectiveOn);
    if (refusal === "officialAdmin.errors.appointmentEnded") throw new DomainError(refusal);
    if (refusal) throw new DomainError("errors.invalidInput", { effectiveOn: refusal });
    await claim(tx, official.id, input.version, { validTo: input.effectiveOn });
    const ahead = await tx.meeting.findMany({
      where: {
        status: { in: ["DRAFT", "SCHEDULED"] },
        startsAt: { gte: input.effectiveOn },
        points: { some: { OR: [{ chairOfficialId: official.id }, { secretaryOfficialId: official.id }] } },
      },
      orderBy: { startsAt: "asc" },
      select: { startsAt: true },
    });
    if (ahead.length)
      throw new DomainError("officialAdmin.errors.chairsAhead", undefined, {
        count: ahead.length,
        next: ahead[0]!.startsAt.toISOString(),
      });
    await endCurrentPost(tx, official, input.effectiveOn);
    await recordAudit(tx, {
      actor: user,
      action: "official.end",
      entityType: "Official",
      entityId: official.id,
      before: { validTo: null },
      after: { validTo: input.effectiveOn },
    });
    return { id: official.id, version: input.version + 1 };
  }, TX);
}
