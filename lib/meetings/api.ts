import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import type { MeetingGetPayload, MeetingSelect } from "@/lib/db/generated/sqlite/models";
import { NotFound } from "@/lib/errors";
import { encodeCursor, type ApiMeetingsQuery } from "./api-query";
import { invitationLineScope, meetingScope } from "./scope";

// What the JSON API (/api/v1) returns: the caller's meetings, under the same scope as the app's
// screens, as plain objects with UTC ISO instants and nothing internal (search keys, versions, authors).

const iso = (date: Date | null) => date?.toISOString() ?? null;

const summarySelect = {
  id: true,
  title: true,
  kind: true,
  mode: true,
  status: true,
  startsAt: true,
  endsAt: true,
  confidential: true,
  organiserUnit: { select: { id: true, name: true } },
} as const satisfies MeetingSelect;

type SummaryRow = MeetingGetPayload<{ select: typeof summarySelect }>;

function toSummary(m: SummaryRow) {
  return {
    id: m.id,
    title: m.title,
    kind: m.kind,
    mode: m.mode,
    status: m.status,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    confidential: m.confidential,
    organiser: { id: m.organiserUnit.id, name: m.organiserUnit.name },
  };
}

export type ApiMeetingSummary = ReturnType<typeof toSummary>;

/** One page of the caller's meetings in start order; `nextCursor` is null on the last page. */
export async function listMeetingsForApi(user: SessionUser, query: ApiMeetingsQuery) {
  const { from, to, status, cursor, limit } = query;
  const rows = await db.meeting.findMany({
    where: {
      AND: [
        meetingScope(user),
        // A meeting belongs to [from, to) if any part of it does.
        from ? { endsAt: { gt: from } } : {},
        to ? { startsAt: { lt: to } } : {},
        status ? { status } : {},
        cursor
          ? { OR: [{ startsAt: { gt: cursor.startsAt } }, { startsAt: cursor.startsAt, id: { gt: cursor.id } }] }
          : {},
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { data: page.map(toSummary), nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** One meeting with its connection points and the invitation lines the caller may read. */
export async function getMeetingForApi(user: SessionUser, id: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: {
      ...summarySelect,
      description: true,
      cancelReason: true,
      points: {
        orderBy: [{ isMain: "desc" }, { position: "asc" }],
        select: {
          isMain: true,
          techTestAt: true,
          techTestResult: true,
          connectionPoint: { select: { name: true, address: true } },
          chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
          invitations: {
            where: invitationLineScope(user),
            orderBy: { unit: { nameAscii: "asc" } },
            select: { seats: true, answerDeadline: true, status: true, unit: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const { points, description, cancelReason, ...summary } = meeting;
  return {
    ...toSummary(summary),
    description,
    cancelReason,
    points: points.map((p) => ({
      main: p.isMain,
      connectionPoint: p.connectionPoint,
      chair: p.chair ? { name: p.chair.fullName, title: officialOn(p.chair, summary.startsAt).title } : null,
      technicalTest: { at: iso(p.techTestAt), result: p.techTestResult },
      invitations: p.invitations.map((i) => ({
        unit: i.unit,
        seats: i.seats,
        answerDeadline: iso(i.answerDeadline),
        status: i.status,
      })),
    })),
  };
}

export type ApiMeetingDetail = Awaited<ReturnType<typeof getMeetingForApi>>;
