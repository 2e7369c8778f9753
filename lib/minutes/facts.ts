import "server-only";
import type { Db } from "@/lib/db/connect";
import { previousConclusionsOf, previousConclusionsText } from "@/lib/conclusions/previous";
import { registerYear } from "@/lib/documents/numbering";
import type { MeetingFacts } from "./generate";

type Tx = Pick<Db, "meeting">;

const person = (o: { fullName: string; title: string } | null) => (o ? { name: o.fullName, title: o.title } : null);

/** Everything the first draft of one point's minutes is written from, in a handful of queries. */
export async function meetingFacts(tx: Tx, meetingId: string, meetingPointId: string, now: Date): Promise<MeetingFacts> {
  const meeting = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      startsAt: true,
      endsAt: true,
      points: {
        orderBy: [{ isMain: "desc" }, { position: "asc" }],
        select: {
          id: true,
          isMain: true,
          connectionPoint: { select: { name: true, address: true } },
          chair: { select: { fullName: true, title: true } },
          secretary: { select: { fullName: true, title: true } },
          attendees: {
            orderBy: { createdAt: "asc" },
            select: {
              fullName: true,
              title: true,
              checkIn: true,
              absenceReason: true,
              replacesOfficial: { select: { fullName: true } },
              invitation: { select: { unit: { select: { name: true } } } },
            },
          },
        },
      },
      agendaItems: {
        orderBy: { position: "asc" },
        select: { title: true, minutesSkeleton: true, presenter: { select: { fullName: true, title: true } } },
      },
      indicators: { orderBy: { position: "asc" }, select: { name: true, unitOfMeasure: true, plan: true, actual: true, target: true, note: true } },
    },
  });
  const previous = await previousConclusionsOf(tx, meetingId);
  return {
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    year: registerYear(meeting.startsAt),
    pointIndex: Math.max(0, meeting.points.findIndex((p) => p.id === meetingPointId)),
    points: meeting.points.map((p) => ({
      name: p.connectionPoint.name,
      address: p.connectionPoint.address,
      isMain: p.isMain,
      chair: person(p.chair),
      secretary: person(p.secretary),
      participants: p.attendees.map((a) => ({
        fullName: a.fullName,
        title: a.title,
        unit: a.invitation?.unit.name ?? null,
        presence: a.checkIn,
        absenceReason: a.absenceReason,
        replaces: a.replacesOfficial?.fullName ?? null,
      })),
    })),
    agenda: meeting.agendaItems.map((item) => ({ title: item.title, minutesSkeleton: item.minutesSkeleton, presenter: person(item.presenter) })),
    indicators: meeting.indicators,
    previousConclusions: previousConclusionsText(previous, now),
  };
}
