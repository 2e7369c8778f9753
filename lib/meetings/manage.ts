import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, StaleVersion } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { isValidOn } from "@/lib/units/validity";
import { notifyUnits } from "@/lib/notifications/notify";
import { mailInvitedUnits } from "@/lib/mail/meeting-mail";
import type { z } from "zod";
import { managesMeeting, meetingToManage } from "./authorise";
import { refuseConflicts, storedPlan } from "./conflict-check";
import { expandOccurrences, toICalendarRecurrence } from "./recurrence";
import { ruleFromFirstOccurrence } from "./series";
import type { cancelMeetingSchema, createMeetingSchema, duplicateMeetingSchema, updateMeetingSchema } from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

/** The organiser must be the secretariat's own unit (any unit for an administrator) and exist on the meeting date. */
async function checkOrganiser(tx: Tx, user: SessionUser, organiserUnitId: string, startsAt: Date) {
  if (!managesMeeting(user, organiserUnitId))
    throw new DomainError("errors.invalidInput", { organiserUnitId: "scheduling.validation.notYourUnit" });
  const unit = await tx.unit.findUnique({ where: { id: organiserUnitId }, select: { validFrom: true, validTo: true } });
  if (!unit) throw new DomainError("errors.invalidInput", { organiserUnitId: "validation.unknownUnit" });
  if (!isValidOn(unit, startsAt))
    throw new DomainError("errors.invalidInput", { organiserUnitId: "validation.parentNotValid" });
}

const auditFields = {
  id: true,
  title: true,
  kind: true,
  mode: true,
  status: true,
  organiserUnitId: true,
  startsAt: true,
  endsAt: true,
  description: true,
  confidential: true,
  urgent: true,
  cancelReason: true,
  version: true,
} as const;

/** Creates a draft, or a series of drafts when it repeats (each then planned and sent on its own). */
export async function createMeeting(user: SessionUser, input: z.output<typeof createMeetingSchema>) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  const { repeat, repeatCount, ...fields } = input;
  const occurrences =
    repeat === "NONE"
      ? [{ startsAt: fields.startsAt, endsAt: fields.endsAt }]
      : expandOccurrences(ruleFromFirstOccurrence(repeat, fields.startsAt, fields.endsAt, repeatCount), {
          from: fields.startsAt,
          to: new Date(fields.startsAt.getTime() + 5 * 366 * 86_400_000),
        });
  return db.$transaction(async (tx) => {
    await checkOrganiser(tx, user, fields.organiserUnitId, fields.startsAt);
    const series =
      repeat === "NONE"
        ? null
        : await tx.meetingSeries.create({
            data: {
              title: fields.title,
              organiserUnitId: fields.organiserUnitId,
              rule: toICalendarRecurrence(ruleFromFirstOccurrence(repeat, fields.startsAt, fields.endsAt, repeatCount)),
              startsOn: occurrences[0]!.startsAt,
              until: occurrences.at(-1)!.startsAt,
            },
          });
    const ids: string[] = [];
    for (const occurrence of occurrences) {
      const meeting = await tx.meeting.create({
        data: {
          ...fields,
          ...occurrence,
          seriesId: series?.id ?? null,
          titleAscii: searchKey(fields.title),
          status: "DRAFT",
          createdById: user.id,
        },
        select: auditFields,
      });
      await recordAudit(tx, {
        actor: user,
        action: "meeting.create",
        entityType: "Meeting",
        entityId: meeting.id,
        after: { ...meeting, seriesId: series?.id },
      });
      ids.push(meeting.id);
    }
    return { id: ids[0]!, count: ids.length };
  }, TX);
}

/**
 * Edits or reschedules. The form names the version it was loaded with; if someone saved since, the
 * change is refused rather than silently overwriting theirs. A new time is checked for conflicts and,
 * once invitations are out, every invited unit is told; their earlier answers stay, flagged as given for
 * the old time (InvitationResponse.forStartsAt).
 */
export async function updateMeeting(user: SessionUser, input: z.output<typeof updateMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const before = await meetingToManage(tx, user, input.id);
    if (before.status === "CANCELLED" || before.status === "HELD") throw new DomainError("scheduling.errors.closed");
    await checkOrganiser(tx, user, input.organiserUnitId, input.startsAt);
    // The minutes were numbered in the organiser's register and print its letterhead.
    if (
      input.organiserUnitId !== before.organiserUnitId &&
      (await tx.minutes.count({ where: { meetingId: input.id } }))
    )
      throw new DomainError("scheduling.errors.meetingHasMinutes");
    const { id, version, ...fields } = input;
    const { count } = await tx.meeting.updateMany({
      where: { id, version },
      data: { ...fields, titleAscii: searchKey(fields.title), version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    const rescheduled =
      before.startsAt.getTime() !== input.startsAt.getTime() || before.endsAt.getTime() !== input.endsAt.getTime();
    if (rescheduled) await refuseConflicts(tx, user, await storedPlan(tx, id));
    const after = await tx.meeting.findUniqueOrThrow({ where: { id }, select: auditFields });
    if (rescheduled && before.status === "SCHEDULED") {
      const units = await tx.invitation.findMany({
        where: { meetingId: id, sentAt: { not: null } },
        select: { unitId: true },
      });
      await notifyUnits(
        tx,
        units.map((u) => u.unitId),
        {
          kind: "meeting.rescheduled",
          title: `Thay đổi thời gian: ${after.title}`,
          body: `Thời gian mới: ${formatDateTime(after.startsAt)} (trước đây ${formatDateTime(before.startsAt)}).`,
          link: `/meetings/${id}`,
        },
      );
      await mailInvitedUnits(tx, "rescheduled", {
        meetingId: id,
        previousStartsAt: before.startsAt,
        previousEndsAt: before.endsAt,
      });
    }
    await recordAudit(tx, {
      actor: user,
      action: rescheduled ? "meeting.reschedule" : "meeting.update",
      entityType: "Meeting",
      entityId: id,
      before,
      after,
    });
    return { id, version: after.version };
  }, TX);
}

export async function cancelMeeting(user: SessionUser, input: z.output<typeof cancelMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const before = await meetingToManage(tx, user, input.id);
    if (before.status === "CANCELLED" || before.status === "HELD") throw new DomainError("scheduling.errors.closed");
    const { count } = await tx.meeting.updateMany({
      where: { id: input.id, version: input.version },
      data: { status: "CANCELLED", cancelReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw new StaleVersion();
    const units = await tx.invitation.findMany({
      where: { meetingId: input.id, sentAt: { not: null } },
      select: { unitId: true },
    });
    await notifyUnits(
      tx,
      units.map((u) => u.unitId),
      {
        kind: "meeting.cancelled",
        title: `Hủy hội nghị: ${before.title}`,
        body: `Lý do: ${input.reason}`,
        link: `/meetings/${input.id}`,
      },
    );
    await mailInvitedUnits(tx, "cancelled", { meetingId: input.id, reason: input.reason });
    await recordAudit(tx, {
      actor: user,
      action: "meeting.cancel",
      entityType: "Meeting",
      entityId: input.id,
      before,
      after: { status: "CANCELLED", cancelReason: input.reason },
    });
    return { id: input.id };
  }, TX);
}

/** A new draft with the same points, chairs and invited units at a new time; nothing is sent. */
export async function duplicateMeeting(user: SessionUser, input: z.output<typeof duplicateMeetingSchema>) {
  return db.$transaction(async (tx) => {
    const source = await meetingToManage(tx, user, input.id);
    const full = await tx.meeting.findUniqueOrThrow({
      where: { id: source.id },
      select: {
        title: true,
        titleAscii: true,
        kind: true,
        mode: true,
        organiserUnitId: true,
        description: true,
        confidential: true,
        urgent: true,
        templateId: true,
        seriesId: true,
        startsAt: true,
        endsAt: true,
        points: {
          // A retired connection point cannot be booked again: the copy leaves it out.
          where: { connectionPoint: { retiredAt: null } },
          orderBy: { position: "asc" },
          select: {
            connectionPointId: true,
            isMain: true,
            position: true,
            chairOfficialId: true,
            secretaryOfficialId: true,
            techTestAt: true,
            invitations: { select: { unitId: true, seats: true, invitedOfficialId: true, answerDeadline: true } },
          },
        },
      },
    });
    const shift = input.startsAt.getTime() - full.startsAt.getTime();
    const moved = (d: Date | null) => (d ? new Date(d.getTime() + shift) : null);
    const { points, startsAt, endsAt, ...fields } = full;
    const copy = await tx.meeting.create({
      data: { ...fields, startsAt: moved(startsAt)!, endsAt: moved(endsAt)!, status: "DRAFT", createdById: user.id },
      select: { id: true },
    });
    // Without its main point (retired), the copy's first point becomes the main one.
    const hasMain = points.some((p) => p.isMain);
    for (const [position, p] of points.entries()) {
      const point = await tx.meetingPoint.create({
        data: {
          meetingId: copy.id,
          connectionPointId: p.connectionPointId,
          isMain: p.isMain || (!hasMain && position === 0),
          position,
          chairOfficialId: p.chairOfficialId,
          secretaryOfficialId: p.secretaryOfficialId,
          techTestAt: moved(p.techTestAt),
        },
        select: { id: true },
      });
      // Units that no longer exist on the new date are left out rather than invited.
      const valid = await tx.unit.findMany({
        where: { id: { in: p.invitations.map((i) => i.unitId) } },
        select: { id: true, validFrom: true, validTo: true },
      });
      const keep = new Set(valid.filter((u) => isValidOn(u, input.startsAt)).map((u) => u.id));
      await tx.invitation.createMany({
        data: p.invitations
          .filter((i) => keep.has(i.unitId))
          .map((i) => ({
            meetingId: copy.id,
            meetingPointId: point.id,
            unitId: i.unitId,
            seats: i.seats,
            invitedOfficialId: i.invitedOfficialId,
            answerDeadline: moved(i.answerDeadline),
          })),
      });
    }
    await refuseConflicts(tx, user, await storedPlan(tx, copy.id), source.id);
    await recordAudit(tx, {
      actor: user,
      action: "meeting.duplicate",
      entityType: "Meeting",
      entityId: copy.id,
      before: { sourceId: input.id },
      after: { startsAt: input.startsAt },
    });
    return { id: copy.id };
  }, TX);
}
