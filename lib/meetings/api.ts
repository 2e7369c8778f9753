import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import type { MeetingGetPayload, MeetingPointWhereInput, MeetingSelect } from "@/lib/db/generated/sqlite/models";
import { NotFound } from "@/lib/errors";
import {
  API_PAGE_DEFAULT,
  encodeCursor,
  encodePointCursor,
  type ApiMeetingQuery,
  type ApiMeetingsQuery,
  type PointCursor,
} from "./api-query";
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

/** The points after the cursor, in the order main first, then as placed. */
function pointsAfter(cursor: PointCursor | undefined): MeetingPointWhereInput {
  if (!cursor) return {};
  const later: MeetingPointWhereInput = {
    isMain: cursor.isMain,
    OR: [{ position: { gt: cursor.position } }, { position: cursor.position, id: { gt: cursor.id } }],
  };
  return cursor.isMain ? { OR: [later, { isMain: false }] } : later;
}

/**
 * One meeting with a page of its connection points (main first) and, for each, the invitation lines
 * the caller may read; `nextCursor` is null on the last page. A national conference has thousands of
 * points: a page at a time keeps every answer small and every query within the database's limits.
 */
export async function getMeetingForApi(
  user: SessionUser,
  id: string,
  query: ApiMeetingQuery = { limit: API_PAGE_DEFAULT },
) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: { ...summarySelect, description: true, cancelReason: true, _count: { select: { points: true } } },
  });
  if (!meeting) throw new NotFound();
  const rows = await db.meetingPoint.findMany({
    where: { AND: [{ meetingId: id }, pointsAfter(query.cursor)] },
    orderBy: [{ isMain: "desc" }, { position: "asc" }, { id: "asc" }],
    take: query.limit + 1,
    select: {
      id: true,
      isMain: true,
      position: true,
      techTestAt: true,
      techTestResult: true,
      connectionPoint: { select: { name: true, address: true } },
      chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
    },
  });
  const points = rows.slice(0, query.limit);
  const invitations = await db.invitation.findMany({
    where: { meetingPointId: { in: points.map((p) => p.id) }, ...invitationLineScope(user) },
    orderBy: [{ unit: { nameAscii: "asc" } }, { id: "asc" }],
    select: {
      meetingPointId: true,
      seats: true,
      answerDeadline: true,
      status: true,
      unit: { select: { id: true, name: true } },
    },
  });
  const last = points.at(-1);
  const { description, cancelReason, _count, ...summary } = meeting;
  return {
    data: {
      ...toSummary(summary),
      description,
      cancelReason,
      pointCount: _count.points,
      points: points.map((p) => ({
        main: p.isMain,
        connectionPoint: p.connectionPoint,
        chair: p.chair ? { name: p.chair.fullName, title: officialOn(p.chair, summary.startsAt).title } : null,
        technicalTest: { at: iso(p.techTestAt), result: p.techTestResult },
        invitations: invitations
          .filter((i) => i.meetingPointId === p.id)
          .map((i) => ({ unit: i.unit, seats: i.seats, answerDeadline: iso(i.answerDeadline), status: i.status })),
      })),
    },
    nextCursor: rows.length > query.limit && last ? encodePointCursor(last) : null,
  };
}

export type ApiMeetingDetail = Awaited<ReturnType<typeof getMeetingForApi>>["data"];
