import "server-only";
import type { Db } from "@/lib/db/connect";
import { composeMail, type MailKind } from "./compose";
import { appUrl } from "./links";
import { enqueueForUnits } from "./outbox";
import { findByIds, loadInSlices } from "@/lib/db/by-ids";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";

type Tx = Pick<
  Db,
  "meeting" | "invitation" | "meetingPoint" | "connectionPoint" | "official" | "unit" | "user" | "outboxMessage"
>;

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
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      confidential: true,
      organiserUnit: { select: { name: true, shortName: true } },
    },
  });
  // Invitations, their points and chairs loaded flat, sliced by id: a filter or a nested load naming a
  // thousand invitations would exceed the database's parameter limit.
  const select = {
    id: true,
    unitId: true,
    answerDeadline: true,
    documentNumber: true,
    meetingPointId: true,
    createdAt: true,
  } as const;
  const invitations = (
    options.invitationIds
      ? await loadInSlices(options.invitationIds, (ids) =>
          tx.invitation.findMany({ where: { meetingId: meeting.id, id: { in: ids } }, select }),
        )
      : await tx.invitation.findMany({ where: { meetingId: meeting.id, sentAt: { not: null } }, select })
  ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  const points = await findByIds(
    invitations.map((i) => i.meetingPointId),
    (ids) =>
      tx.meetingPoint.findMany({
        where: { id: { in: ids } },
        select: { id: true, connectionPointId: true, chairOfficialId: true },
      }),
  );
  const [places, chairs] = await Promise.all([
    findByIds(
      [...points.values()].map((p) => p.connectionPointId),
      (ids) =>
        tx.connectionPoint.findMany({
          where: { id: { in: ids } },
          select: { id: true, name: true, room: true, address: true },
        }),
    ),
    findByIds(
      [...points.values()].flatMap((p) => (p.chairOfficialId ? [p.chairOfficialId] : [])),
      (ids) =>
        tx.official.findMany({
          where: { id: { in: ids } },
          select: { id: true, fullName: true, title: true, posts: POSTS_SELECT },
        }),
    ),
  ]);
  const byUnit = new Map<string, (typeof invitations)[number]>();
  for (const invitation of invitations) if (!byUnit.has(invitation.unitId)) byUnit.set(invitation.unitId, invitation);
  const link = appUrl(`/meetings/${meeting.id}`);
  return enqueueForUnits(tx, [...byUnit.keys()], (unitId) => {
    const invitation = byUnit.get(unitId)!;
    const point = points.get(invitation.meetingPointId)!;
    const chair = point.chairOfficialId ? chairs.get(point.chairOfficialId) : undefined;
    const composed = composeMail(kind, {
      title: meeting.title,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      organiser: meeting.organiserUnit.shortName ?? meeting.organiserUnit.name,
      point: places.get(point.connectionPointId)!,
      // Named with the post held on the meeting's day.
      chair: chair ? officialOn(chair, meeting.startsAt) : null,
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
