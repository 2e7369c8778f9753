import "server-only";
import type { Db } from "@/lib/db/connect";
import { findByIds } from "@/lib/db/by-ids";
import { previousConclusionsOf, previousConclusionsText } from "@/lib/conclusions/previous";
import { registerYear } from "@/lib/documents/numbering";
import { officialOn, POSTS_SELECT, type Post } from "@/lib/officials/post-on-date";
import type { MeetingFacts } from "./generate";

type Tx = Pick<Db, "meeting" | "meetingPoint" | "attendee" | "invitation" | "connectionPoint" | "official" | "unit">;

/** A person as the minutes name them: with the post held on the meeting's day. */
const person = (o: { fullName: string; title: string; posts: Post[] } | null | undefined, on: Date) =>
  o ? { name: o.fullName, title: officialOn(o, on).title } : null;

/**
 * Everything the first draft of one point's minutes is written from. A national conference has
 * thousands of points, so the points, people and units are loaded as flat lists (a query each, sliced
 * by id where needed) rather than as one nested query.
 */
export async function meetingFacts(
  tx: Tx,
  meetingId: string,
  meetingPointId: string,
  now: Date,
): Promise<MeetingFacts> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      startsAt: true,
      endsAt: true,
      agendaItems: {
        orderBy: { position: "asc" },
        select: {
          title: true,
          minutesSkeleton: true,
          presenter: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
        },
      },
      indicators: {
        orderBy: { position: "asc" },
        select: { name: true, unitOfMeasure: true, plan: true, actual: true, target: true, note: true },
      },
    },
  });
  const points = await tx.meetingPoint.findMany({
    where: { meetingId },
    orderBy: [{ isMain: "desc" }, { position: "asc" }],
    select: { id: true, isMain: true, connectionPointId: true, chairOfficialId: true, secretaryOfficialId: true },
  });
  const pointIndex = Math.max(
    0,
    points.findIndex((p) => p.id === meetingPointId),
  );
  // The main point's minutes list everyone; a hub's only its own people.
  const attendees = await tx.attendee.findMany({
    where: pointIndex === 0 ? { meetingPoint: { meetingId } } : { meetingPointId },
    orderBy: { createdAt: "asc" },
    select: {
      meetingPointId: true,
      fullName: true,
      title: true,
      checkIn: true,
      absenceReason: true,
      replacesOfficialId: true,
      invitationId: true,
    },
  });
  const invitations = await tx.invitation.findMany({ where: { meetingId }, select: { id: true, unitId: true } });
  const unitOfInvitation = new Map(invitations.map((i) => [i.id, i.unitId]));
  const [places, officials, units] = await Promise.all([
    findByIds(
      points.map((p) => p.connectionPointId),
      (ids) =>
        tx.connectionPoint.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, address: true } }),
    ),
    findByIds(
      [
        ...points.flatMap((p) => [p.chairOfficialId, p.secretaryOfficialId]),
        ...attendees.map((a) => a.replacesOfficialId),
      ].filter((id): id is string => Boolean(id)),
      (ids) =>
        tx.official.findMany({
          where: { id: { in: ids } },
          select: { id: true, fullName: true, title: true, posts: POSTS_SELECT },
        }),
    ),
    findByIds(
      invitations.map((i) => i.unitId),
      (ids) => tx.unit.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    ),
  ]);
  const peopleOf = new Map<string, typeof attendees>();
  for (const a of attendees) {
    const list = peopleOf.get(a.meetingPointId);
    if (list) list.push(a);
    else peopleOf.set(a.meetingPointId, [a]);
  }
  const previous = await previousConclusionsOf(tx, meetingId, points[pointIndex]!);
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    year: registerYear(meeting.startsAt),
    pointIndex,
    points: points.map((p) => ({
      name: places.get(p.connectionPointId)?.name ?? "",
      address: places.get(p.connectionPointId)?.address ?? null,
      isMain: p.isMain,
      chair: person(p.chairOfficialId ? officials.get(p.chairOfficialId) : null, meeting.startsAt),
      secretary: person(p.secretaryOfficialId ? officials.get(p.secretaryOfficialId) : null, meeting.startsAt),
      participants: (peopleOf.get(p.id) ?? []).map((a) => ({
        fullName: a.fullName,
        title: a.title,
        unit: (a.invitationId && units.get(unitOfInvitation.get(a.invitationId) ?? "")?.name) || null,
        presence: a.checkIn,
        absenceReason: a.absenceReason,
        replaces: (a.replacesOfficialId && officials.get(a.replacesOfficialId)?.fullName) || null,
      })),
    })),
    agenda: meeting.agendaItems.map((item) => ({
      title: item.title,
      minutesSkeleton: item.minutesSkeleton,
      presenter: person(item.presenter, meeting.startsAt),
    })),
    indicators: meeting.indicators,
    previousConclusions: previousConclusionsText(previous, now),
  };
}
