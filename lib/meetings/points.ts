import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import type { z } from "zod";
import { managesMeeting, meetingToManage, pointToManage } from "./authorise";
import { refuseConflicts, storedPlan } from "./conflict-check";
import type { addPointSchema, recordTechTestSchema, removePointSchema, updatePointSchema } from "./schema";

const TX = { timeout: 20_000, maxWait: 10_000 };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/** The chair must be an official in post; `ofUnit` narrows them to one unit's officials. */
async function checkChair(tx: Tx, chairOfficialId: string | null, ofUnit?: string) {
  if (!chairOfficialId) return;
  const chair = await tx.official.findUnique({
    where: { id: chairOfficialId },
    select: { validTo: true, unitId: true },
  });
  if (!chair || (chair.validTo && chair.validTo <= new Date()))
    throw new DomainError("errors.invalidInput", { chairOfficialId: "scheduling.validation.unknownOfficial" });
  if (ofUnit !== undefined && chair.unitId !== ofUnit)
    throw new DomainError("errors.invalidInput", { chairOfficialId: "scheduling.validation.chairNotOfHost" });
}

/**
 * Minutes record who chaired where and which point was the main one, and the keeper's register gave
 * them their number: once a point has minutes, its chair and the meeting's main point stay as recorded.
 */
async function refuseIfMinuted(tx: Tx, where: { meetingPointId: string } | { meetingId: string }) {
  if (await tx.minutes.count({ where }))
    throw new DomainError(
      "meetingPointId" in where ? "scheduling.errors.pointHasMinutes" : "scheduling.errors.meetingHasMinutes",
    );
}

/** One main point per meeting: marking a point main demotes the others. */
async function makeOnlyMain(tx: Tx, meetingId: string, pointId: string) {
  await tx.meetingPoint.updateMany({ where: { meetingId, id: { not: pointId } }, data: { isMain: false } });
}

export async function addPoint(user: SessionUser, input: z.output<typeof addPointSchema>) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingToManage(tx, user, input.meetingId);
    // A retired point cannot be booked. The no-op update locks the point's row, so retiring it
    // (lib/points/data.ts) waits for this booking and sees it, or this waits and finds it retired.
    const active =
      await tx.$executeRaw`UPDATE "ConnectionPoint" SET "retiredAt" = "retiredAt" WHERE "id" = ${input.connectionPointId} AND "retiredAt" IS NULL`;
    if (active === 0)
      throw new DomainError("errors.invalidInput", { connectionPointId: "scheduling.validation.unknownPoint" });
    if (
      await tx.meetingPoint.findFirst({
        where: { meetingId: meeting.id, connectionPointId: input.connectionPointId },
        select: { id: true },
      })
    ) {
      throw new DomainError("errors.invalidInput", { connectionPointId: "scheduling.validation.pointAlreadyAdded" });
    }
    await checkChair(tx, input.chairOfficialId);
    const count = await tx.meetingPoint.count({ where: { meetingId: meeting.id } });
    const point = await tx.meetingPoint.create({
      data: {
        meetingId: meeting.id,
        connectionPointId: input.connectionPointId,
        isMain: input.isMain || count === 0,
        position: count,
        chairOfficialId: input.chairOfficialId,
        techTestAt: input.techTestAt,
      },
      select: { id: true, isMain: true, connectionPointId: true, chairOfficialId: true, techTestAt: true },
    });
    if (point.isMain) await makeOnlyMain(tx, meeting.id, point.id);
    await refuseConflicts(tx, user, await storedPlan(tx, meeting.id));
    await tx.meeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "meetingPoint.add",
      entityType: "MeetingPoint",
      entityId: point.id,
      after: point,
    });
    return point;
  }, TX);
}

/**
 * Changes a point's chair, technical test time or main flag. The secretariat hosting the point (not
 * the organiser's) runs only its own point: it cannot make it the main one, which would demote the
 * organiser's, and chooses the chair among its own unit's officials, not any official of the registry
 * (a chair reads the draft minutes of the meeting's points).
 */
export async function updatePoint(user: SessionUser, input: z.output<typeof updatePointSchema>) {
  return db.$transaction(async (tx) => {
    const before = await pointToManage(tx, user, input.pointId);
    const organiser = managesMeeting(user, before.meeting.organiserUnitId);
    const chairChanged = before.chairOfficialId !== input.chairOfficialId;
    if (input.isMain && !before.isMain && !organiser) throw new DomainError("scheduling.errors.mainByOrganiser");
    if (chairChanged) await refuseIfMinuted(tx, { meetingPointId: before.id });
    if (input.isMain && !before.isMain) await refuseIfMinuted(tx, { meetingId: before.meeting.id });
    // A host keeps a chair the organiser chose; a new one must be of its own unit.
    await checkChair(tx, input.chairOfficialId, organiser || !chairChanged ? undefined : user.unitId);
    const after = await tx.meetingPoint.update({
      where: { id: before.id },
      data: {
        isMain: input.isMain || before.isMain,
        chairOfficialId: input.chairOfficialId,
        techTestAt: input.techTestAt,
      },
      select: { id: true, isMain: true, chairOfficialId: true, techTestAt: true },
    });
    if (input.isMain) await makeOnlyMain(tx, before.meeting.id, before.id);
    await refuseConflicts(tx, user, await storedPlan(tx, before.meeting.id));
    await tx.meeting.update({ where: { id: before.meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "meetingPoint.update",
      entityType: "MeetingPoint",
      entityId: before.id,
      before: { isMain: before.isMain, chairOfficialId: before.chairOfficialId },
      after,
    });
    return after;
  }, TX);
}

export async function removePoint(user: SessionUser, input: z.output<typeof removePointSchema>) {
  return db.$transaction(async (tx) => {
    const point = await pointToManage(tx, user, input.pointId);
    if (await tx.invitation.count({ where: { meetingPointId: point.id, sentAt: { not: null } } }))
      throw new DomainError("scheduling.errors.pointHasSentInvitations");
    await refuseIfMinuted(tx, point.isMain ? { meetingId: point.meeting.id } : { meetingPointId: point.id });
    await tx.meetingPoint.delete({ where: { id: point.id } });
    if (point.isMain) {
      const next = await tx.meetingPoint.findFirst({
        where: { meetingId: point.meeting.id },
        orderBy: { position: "asc" },
        select: { id: true },
      });
      if (next) await tx.meetingPoint.update({ where: { id: next.id }, data: { isMain: true } });
    }
    await tx.meeting.update({ where: { id: point.meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "meetingPoint.remove",
      entityType: "MeetingPoint",
      entityId: point.id,
      before: { connectionPointId: point.connectionPointId },
    });
    return { id: point.id };
  }, TX);
}

export async function recordTechTest(user: SessionUser, input: z.output<typeof recordTechTestSchema>) {
  return db.$transaction(async (tx) => {
    const point = await pointToManage(tx, user, input.pointId);
    const after = await tx.meetingPoint.update({
      where: { id: point.id },
      data: { techTestResult: input.result, techTestNote: input.note, techTestRecordedAt: new Date() },
      select: { id: true, techTestResult: true, techTestNote: true, techTestRecordedAt: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "meetingPoint.techTest",
      entityType: "MeetingPoint",
      entityId: point.id,
      after,
    });
    return after;
  }, TX);
}
