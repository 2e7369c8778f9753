import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, StaleVersion } from "@/lib/errors";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { validOnWhere } from "@/lib/units/validity";
import { pointToManage, meetingToManage } from "@/lib/meetings/authorise";
import { refuseConflicts, storedPlan } from "@/lib/meetings/conflict-check";
import { nextDocumentNumber } from "@/lib/documents/register";
import { notifyUnits } from "@/lib/notifications/notify";
import { mailInvitedUnits } from "@/lib/mail/meeting-mail";
import type { inviteUnitsSchema, removeInvitationSchema, sendInvitationsSchema } from "@/lib/meetings/schema";
import type { z } from "zod";

const TX = { timeout: 20_000, maxWait: 10_000 };
const ADMINISTRATIVE = ["PROVINCE", "DISTRICT", "COMMUNE", "WARD"] as const;

/**
 * Invites units at one point: chosen one by one, the administrative units under a unit ("all 7 wards
 * of Cửa Lò"), or a unit's organisations of one block ("all mass organisations of the town"). Only
 * units existing on the meeting date qualify; a unit already invited at another point is a conflict;
 * one already invited here is left as it is.
 */
export async function inviteUnits(user: SessionUser, input: z.output<typeof inviteUnitsSchema>) {
  return db.$transaction(async (tx) => {
    const point = await pointToManage(tx, user, input.meetingPointId);
    const meeting = point.meeting;
    if (meeting.status === "CANCELLED" || meeting.status === "HELD") throw new DomainError("scheduling.errors.closed");
    const existsOnDate = validOnWhere(meeting.startsAt);
    const where =
      input.how === "units"
        ? { id: { in: input.unitIds } }
        : input.how === "children"
          ? { parentId: input.parentUnitId!, kind: { in: [...ADMINISTRATIVE] } }
          : { parentId: input.parentUnitId!, block: input.block!, kind: { notIn: [...ADMINISTRATIVE] } };
    const candidates = await tx.unit.findMany({ where, select: { id: true, name: true } });
    if (input.how === "units" && candidates.length !== new Set(input.unitIds).size)
      throw new DomainError("errors.invalidInput", { unitIds: "validation.unknownUnit" });
    const valid = await tx.unit.findMany({
      where: { AND: [{ id: { in: candidates.map((c) => c.id) } }, existsOnDate] },
      select: { id: true },
    });
    const validIds = new Set(valid.map((u) => u.id));
    const gone = candidates.filter((c) => !validIds.has(c.id));
    if (input.how === "units" && gone.length) {
      throw new DomainError("scheduling.errors.unitsNoLongerExist", undefined, { units: gone.map((u) => u.name) });
    }
    if (validIds.size === 0) throw new DomainError("scheduling.errors.noUnitsFound");
    const here = new Set(
      (await tx.invitation.findMany({ where: { meetingPointId: point.id }, select: { unitId: true } })).map(
        (i) => i.unitId,
      ),
    );
    const fresh = [...validIds].filter((id) => !here.has(id));
    await tx.invitation.createMany({
      data: fresh.map((unitId) => ({
        meetingId: meeting.id,
        meetingPointId: point.id,
        unitId,
        seats: input.seats,
        answerDeadline: input.answerDeadline,
      })),
    });
    await refuseConflicts(tx, user, await storedPlan(tx, meeting.id));
    await tx.meeting.update({ where: { id: meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.invite",
      entityType: "MeetingPoint",
      entityId: point.id,
      after: { unitIds: fresh, seats: input.seats, answerDeadline: input.answerDeadline },
    });
    return {
      invited: fresh.length,
      alreadyInvited: validIds.size - fresh.length,
      skippedNoLongerExisting: gone.length,
    };
  }, TX);
}

export async function removeInvitation(user: SessionUser, input: z.output<typeof removeInvitationSchema>) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: input.invitationId },
      select: { id: true, unitId: true, meetingPointId: true, sentAt: true },
    });
    if (!invitation) throw new DomainError("errors.notFound");
    const point = await pointToManage(tx, user, invitation.meetingPointId);
    if (invitation.sentAt) throw new DomainError("scheduling.errors.invitationAlreadySent");
    await tx.invitation.delete({ where: { id: invitation.id } });
    await tx.meeting.update({ where: { id: point.meeting.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.remove",
      entityType: "Invitation",
      entityId: invitation.id,
      before: invitation,
    });
    return { id: invitation.id };
  }, TX);
}

/**
 * Issues the invitation (one number from the organiser's GM register for the whole mailing), marks the
 * unsent invitations as sent, schedules the meeting and notifies each unit. Refused when it would be
 * fewer than 3 working days ahead, unless the meeting is marked urgent.
 */
export async function sendInvitations(
  user: SessionUser,
  input: z.output<typeof sendInvitationsSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingToManage(tx, user, input.meetingId);
    // Claim the version the form was loaded with, atomically: of two sends at once, the second waits for
    // the first's row lock, then finds the version moved on and is refused — one GM number, one e-mail each.
    const claimed = await tx.meeting.updateMany({
      where: { id: meeting.id, version: input.version },
      data: { version: { increment: 1 } },
    });
    if (claimed.count === 0) throw new StaleVersion();
    if (meeting.status === "CANCELLED" || meeting.status === "HELD") throw new DomainError("scheduling.errors.closed");
    if (!(await tx.meetingPoint.count({ where: { meetingId: meeting.id, isMain: true } })))
      throw new DomainError("scheduling.errors.noMainPoint");
    const unsent = await tx.invitation.findMany({
      where: { meetingId: meeting.id, sentAt: null },
      select: { id: true, unitId: true },
    });
    if (unsent.length === 0) throw new DomainError("scheduling.errors.nothingToSend");
    // A unit invited before its merger (or closure) was recorded cannot be sent a letter for a day it no
    // longer exists: the secretariat moves the invitation to its successor, or removes it.
    const ceased = await tx.unit.findMany({
      where: { invitations: { some: { meetingId: meeting.id, sentAt: null } }, NOT: validOnWhere(meeting.startsAt) },
      orderBy: { nameAscii: "asc" },
      select: { name: true },
    });
    if (ceased.length)
      throw new DomainError("unitAdmin.errors.invitedUnitsCeased", undefined, { units: ceased.map((u) => u.name) });
    const plan = await storedPlan(tx, meeting.id);
    await refuseConflicts(tx, user, { ...plan, invitationSendAt: now });
    const number = await nextDocumentNumber(tx, meeting.organiserUnitId, "GM", now);
    await tx.invitation.updateMany({
      where: { id: { in: unsent.map((i) => i.id) } },
      data: { sentAt: now, documentNumber: number },
    });
    await tx.meeting.update({ where: { id: meeting.id }, data: { status: "SCHEDULED" } });
    await notifyUnits(
      tx,
      unsent.map((i) => i.unitId),
      {
        kind: "invitation.received",
        title: `Giấy mời: ${meeting.title}`,
        body: `Thời gian: ${formatDateTime(meeting.startsAt)}. Số: ${number}.`,
        link: `/meetings/${meeting.id}`,
      },
    );
    await mailInvitedUnits(tx, "invitation", { meetingId: meeting.id, invitationIds: unsent.map((i) => i.id) });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.send",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { documentNumber: number, invitations: unsent.length },
    });
    return { sent: unsent.length, documentNumber: number };
  }, TX);
}
