import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound } from "@/lib/errors";
import { meetingToManage } from "@/lib/meetings/authorise";
import { notifyUnits } from "@/lib/notifications/notify";
import { publishMeetingChange } from "@/lib/live/bus";
import type { z } from "zod";
import type { AnswerInput, decideSubstituteSchema, reopenInvitationSchema } from "./answer-schema";

const TX = { timeout: 20_000, maxWait: 10_000 };

/**
 * Whether a unit may still answer: until the deadline, or, once the secretariat has reopened the
 * invitation, until the meeting starts. Never after the meeting has started or been cancelled.
 */
export function answerWindowOpen(
  invitation: { answerDeadline: Date | null; reopenedAt: Date | null },
  meeting: { startsAt: Date; status: string },
  now: Date,
): "open" | "deadlinePassed" | "closed" {
  if (meeting.status === "CANCELLED" || meeting.status === "HELD" || now >= meeting.startsAt) return "closed";
  if (invitation.answerDeadline && now > invitation.answerDeadline && !invitation.reopenedAt) return "deadlinePassed";
  return "open";
}

/**
 * A unit representative answers for their unit. Every answer is kept; the newest is in force and
 * replaces the list of named attendees. Answers for the same invitation are serialised by bumping its
 * version first, so a double tap or two devices end with exactly one list: the last one.
 */
export async function answerInvitation(user: SessionUser, input: AnswerInput, now = new Date()) {
  if (user.role !== "UNIT_REP") throw new AccessDenied();
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.invitation.updateMany({
      where: { id: input.invitationId, unitId: user.unitId, sentAt: { not: null } },
      data: { version: { increment: 1 } },
    });
    if (locked.count === 0) throw new NotFound();
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: input.invitationId },
      select: {
        id: true,
        status: true,
        seats: true,
        answerDeadline: true,
        reopenedAt: true,
        meetingPointId: true,
        meeting: { select: { id: true, startsAt: true, status: true } },
      },
    });
    const window = answerWindowOpen(invitation, invitation.meeting, now);
    if (window !== "open")
      throw new DomainError(window === "closed" ? "answers.errors.closed" : "answers.errors.deadlinePassed");
    if (input.attendees.length > invitation.seats)
      throw new DomainError(
        "errors.invalidInput",
        { attendeeName: "answers.validation.tooMany" },
        { seats: invitation.seats },
      );
    const response = await tx.invitationResponse.create({
      data: {
        invitationId: invitation.id,
        kind: input.kind,
        reason: input.reason,
        attendeeNames: JSON.stringify({ attendees: input.attendees, replaces: input.replacesName }),
        forStartsAt: invitation.meeting.startsAt,
        respondedById: user.id,
        substituteDecision: input.kind === "SUBSTITUTE" ? "PENDING" : null,
      },
      select: { id: true, kind: true },
    });
    // The previous answer's people leave the list, unless they have already been checked in.
    await tx.attendee.deleteMany({ where: { invitationId: invitation.id, walkIn: false, checkIn: "EXPECTED" } });
    await tx.attendee.createMany({
      data: input.attendees.map((a) => ({
        meetingPointId: invitation.meetingPointId,
        invitationId: invitation.id,
        responseId: response.id,
        fullName: a.fullName,
        title: a.title,
      })),
    });
    const status = input.kind === "CONFIRM" ? "CONFIRMED" : input.kind === "DECLINE" ? "DECLINED" : "SUBSTITUTE";
    await tx.invitation.update({ where: { id: invitation.id }, data: { status } });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.answer",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { status: invitation.status },
      after: {
        status,
        kind: input.kind,
        attendees: input.attendees,
        reason: input.reason,
        replaces: input.replacesName,
      },
    });
    return { meetingId: invitation.meeting.id, status, responseId: response.id };
  }, TX);
  await publishMeetingChange(result.meetingId);
  return result;
}

/** The chair of the point agrees to (or refuses) a substitute, as QĐ 45/2018 requires. */
export async function decideSubstitute(
  user: SessionUser,
  input: z.output<typeof decideSubstituteSchema>,
  now = new Date(),
) {
  if (user.role !== "CHAIR" || !user.officialId) throw new AccessDenied();
  const result = await db.$transaction(async (tx) => {
    const response = await tx.invitationResponse.findFirst({
      where: {
        id: input.responseId,
        kind: "SUBSTITUTE",
        invitation: { meetingPoint: { chairOfficialId: user.officialId } },
      },
      select: {
        id: true,
        substituteDecision: true,
        invitation: {
          select: {
            id: true,
            unitId: true,
            meetingId: true,
            responses: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
          },
        },
      },
    });
    if (!response) throw new NotFound();
    if (response.invitation.responses[0]?.id !== response.id) throw new DomainError("answers.errors.answerReplaced");
    await tx.invitationResponse.update({
      where: { id: response.id },
      data: { substituteDecision: input.decision, decisionNote: input.note, decidedById: user.id, decidedAt: now },
    });
    await notifyUnits(tx, [response.invitation.unitId], {
      kind: input.decision === "AGREED" ? "substitute.agreed" : "substitute.refused",
      title: input.decision === "AGREED" ? "Chủ trì đồng ý người dự thay" : "Chủ trì không đồng ý người dự thay",
      body: input.note ?? undefined,
      link: `/invitations/${response.invitation.id}`,
    });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.substituteDecision",
      entityType: "InvitationResponse",
      entityId: response.id,
      before: { decision: response.substituteDecision },
      after: { decision: input.decision, note: input.note },
    });
    return { meetingId: response.invitation.meetingId };
  }, TX);
  await publishMeetingChange(result.meetingId);
  return { decision: input.decision };
}

/** The organiser's secretariat lets a unit change its answer after the deadline (until the meeting starts). */
export async function reopenInvitation(
  user: SessionUser,
  input: z.output<typeof reopenInvitationSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({
      where: { id: input.invitationId },
      select: { id: true, meetingId: true, unitId: true, reopenedAt: true },
    });
    if (!invitation) throw new NotFound();
    await meetingToManage(tx, user, invitation.meetingId);
    await tx.invitation.update({ where: { id: invitation.id }, data: { reopenedAt: now } });
    await notifyUnits(tx, [invitation.unitId], {
      kind: "invitation.reopened",
      title: "Văn phòng đã mở lại giấy mời để đơn vị trả lời",
      link: `/invitations/${invitation.id}`,
    });
    await recordAudit(tx, {
      actor: user,
      action: "invitation.reopen",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { reopenedAt: invitation.reopenedAt },
      after: { reopenedAt: now },
    });
    return { id: invitation.id };
  }, TX);
}
