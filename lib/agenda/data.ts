import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { managesMeeting } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { ISSUING_UNIT_SELECT, issuingBodyOf } from "@/lib/documents/issuing-body";
import { itemTimes, overrunMinutes, totalMinutes } from "./schedule";

/**
 * A meeting's agenda with each item's computed start and end. Whoever sees the meeting may read it;
 * `manageable` says whether the caller may change it.
 */
export async function getAgenda(user: SessionUser, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      organiserUnitId: true,
      organiserUnit: { select: ISSUING_UNIT_SELECT },
      template: { select: { id: true, name: true, version: true } },
      points: {
        where: { isMain: true },
        take: 1,
        select: {
          chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
          connectionPoint: { select: { name: true, room: true, address: true } },
        },
      },
      agendaItems: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          title: true,
          presenterRole: true,
          presenterOfficialId: true,
          durationMinutes: true,
          minutesSkeleton: true,
          version: true,
          presenter: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
        },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const { agendaItems, points, organiserUnit, ...rest } = meeting;
  const durations = agendaItems.map((i) => i.durationMinutes);
  const times = itemTimes(meeting.startsAt, durations);
  const main = points[0];
  return {
    ...rest,
    organiser: organiserUnit.name,
    ...issuingBodyOf(organiserUnit),
    // The people named with the posts they held on the meeting's day.
    chair: main?.chair ? officialOn(main.chair, meeting.startsAt) : null,
    location: main
      ? [main.connectionPoint.name, main.connectionPoint.room, main.connectionPoint.address].filter(Boolean).join(", ")
      : null,
    manageable: managesMeeting(user, meeting.organiserUnitId) && meeting.status !== "CANCELLED",
    items: agendaItems.map((item, i) => ({
      ...item,
      presenter: item.presenter && officialOn(item.presenter, meeting.startsAt),
      ...times[i]!,
    })),
    totalMinutes: totalMinutes(durations),
    overrunMinutes: overrunMinutes(meeting.startsAt, meeting.endsAt, durations),
  };
}

export type Agenda = Awaited<ReturnType<typeof getAgenda>>;
