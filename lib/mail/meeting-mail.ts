import "server-only";
import type { Db } from "@/lib/db/connect";
import { composeMail, type MailKind } from "./compose";
import { appUrl } from "./links";
import { enqueueForUnits } from "./outbox";

type Tx = Pick<Db, "meeting" | "invitation" | "unit" | "user" | "outboxMessage">;

export interface MeetingMailOptions {
  meetingId: string;
  /** These invitations only; otherwise every invitation of the meeting that has been sent. */
  invitationIds?: string[];
  /** Rescheduled: the time the units were told before. */
  previousStartsAt?: Date;
  previousEndsAt?: Date;
  /** Cancelled: the reason given. */
  reason?: string;
}

/**
 * Queues the e-mail about a meeting for each invited unit, in the caller's transaction: each unit's
 * own point, chair, deadline and letter number. Returns the number of messages queued.
 */
export async function mailInvitedUnits(tx: Tx, kind: MailKind, options: MeetingMailOptions): Promise<number> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: options.meetingId },
    select: { id: true, title: true, startsAt: true, endsAt: true, confidential: true, organiserUnit: { select: { name: true, shortName: true } } },
  });
  const invitations = await tx.invitation.findMany({
    where: options.invitationIds ? { meetingId: meeting.id, id: { in: options.invitationIds } } : { meetingId: meeting.id, sentAt: { not: null } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      unitId: true,
      answerDeadline: true,
      documentNumber: true,
      meetingPoint: { select: { connectionPoint: { select: { name: true, room: true, address: true } }, chair: { select: { fullName: true, title: true } } } },
    },
  });
  const byUnit = new Map<string, (typeof invitations)[number]>();
  for (const invitation of invitations) if (!byUnit.has(invitation.unitId)) byUnit.set(invitation.unitId, invitation);
  const link = appUrl(`/meetings/${meeting.id}`);
  return enqueueForUnits(tx, [...byUnit.keys()], (unitId) => {
    const invitation = byUnit.get(unitId)!;
    const composed = composeMail(kind, {
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      organiser: meeting.organiserUnit.shortName ?? meeting.organiserUnit.name,
      point: invitation.meetingPoint.connectionPoint,
      chair: invitation.meetingPoint.chair,
      answerDeadline: invitation.answerDeadline,
      documentNumber: invitation.documentNumber,
      link,
      previousStartsAt: options.previousStartsAt,
      previousEndsAt: options.previousEndsAt,
      reason: options.reason,
      confidential: meeting.confidential,
    });
    return { kind, ...composed, meetingId: meeting.id, invitationId: invitation.id };
  });
}
