import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { DomainError, NotFound } from "@/lib/errors";
import { meetingScope } from "@/lib/meetings/scope";
import { managesMeeting } from "@/lib/meetings/authorise";
import { keepsMinutes, minutesToRead } from "./access";
import type { RevisionContent } from "./content";
import { diffRevisions } from "./revision-diff";

/** How many revisions the history lists; autosave makes many, the oldest matter least. */
export const REVISIONS_LISTED = 100;

export async function minutesPage(user: SessionUser, minutesId: string) {
  await minutesToRead(db, user, minutesId);
  const m = await db.minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: {
      id: true,
      meetingId: true,
      meetingPointId: true,
      status: true,
      version: true,
      documentNumber: true,
      title: true,
      place: true,
      chairName: true,
      chairTitle: true,
      secretaryName: true,
      secretaryTitle: true,
      startedAt: true,
      endedAt: true,
      approvedAt: true,
      approvedById: true,
      contentHash: true,
      chairOfficialId: true,
      meeting: { select: { title: true, startsAt: true, organiserUnitId: true } },
      meetingPoint: { select: { isMain: true, connectionPoint: { select: { name: true, hostUnitId: true } } } },
      sections: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, heading: true, body: true, version: true },
      },
      conclusions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          content: true,
          deadline: true,
          status: true,
          version: true,
          leadUnit: { select: { id: true, name: true } },
          cooperators: { select: { unit: { select: { id: true, name: true } } } },
        },
      },
      reviews: {
        orderBy: { createdAt: "asc" },
        select: { id: true, action: true, comment: true, createdAt: true, byUser: { select: { name: true } } },
      },
      revisions: {
        orderBy: { version: "desc" },
        take: REVISIONS_LISTED,
        select: { version: true, createdAt: true, author: { select: { name: true } } },
      },
      notice: { select: { documentNumber: true, issuedAt: true, dueAt: true } },
    },
  });
  const keeps = keepsMinutes(user, m.meeting.organiserUnitId, m.meetingPoint.connectionPoint.hostUnitId);
  const chairs = user.role === "CHAIR" && user.officialId !== null && user.officialId === m.chairOfficialId;
  return {
    ...m,
    canKeep: keeps,
    canEdit: keeps && m.status === "DRAFT",
    canReview: chairs && m.status === "SUBMITTED",
    approvedBy: m.approvedById
      ? ((await db.user.findUnique({ where: { id: m.approvedById }, select: { name: true } }))?.name ?? null)
      : null,
  };
}

export type MinutesPage = Awaited<ReturnType<typeof minutesPage>>;

/** Two saved versions compared: the header lines first, then each section word by word. */
export async function revisionDiff(user: SessionUser, minutesId: string, from: number, to: number) {
  await minutesToRead(db, user, minutesId);
  const rows = await db.minutesRevision.findMany({
    where: { minutesId, version: { in: [from, to] } },
    select: { version: true, content: true, createdAt: true, author: { select: { name: true } } },
  });
  const before = rows.find((r) => r.version === from);
  const after = rows.find((r) => r.version === to);
  if (!before || !after) throw new DomainError("minutes.errors.noSuchRevision");
  const a = JSON.parse(before.content) as RevisionContent;
  const b = JSON.parse(after.content) as RevisionContent;
  return {
    from: { version: before.version, createdAt: before.createdAt, author: before.author.name },
    to: { version: after.version, createdAt: after.createdAt, author: after.author.name },
    sections: diffRevisions([a.header, ...a.sections], [b.header, ...b.sections]),
  };
}

/** Rows of the minutes list per page: a conference of thousands of points is not listed at once. */
export const MINUTES_PER_PAGE = 20;

/**
 * The minutes of a meeting, one row per connection point that has minutes or that the caller may draw
 * them up for (once the meeting is held), a page at a time, main point first; with the count of each
 * status over the whole meeting. A unit representative sees the meeting but none of its minutes: the
 * list is empty for them (the minutes pages refuse them too, see minutesToRead).
 */
export async function minutesOfMeeting(user: SessionUser, meetingId: string, page = 1) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: { title: true, organiserUnitId: true, status: true, startsAt: true },
  });
  if (!meeting) throw new NotFound();
  const held = meeting.status !== "DRAFT" && meeting.status !== "CANCELLED" && meeting.startsAt <= new Date();
  const hasMinutes = { minutes: { isNot: null } };
  // Points with minutes, and once the meeting is held the points whose minutes the caller keeps (see
  // keepsMinutes): every point for the organiser, a secretariat's own hubs otherwise.
  const keepsAll = managesMeeting(user, meeting.organiserUnitId);
  const kept =
    user.role === "SECRETARIAT" ? { OR: [hasMinutes, { connectionPoint: { hostUnitId: user.unitId } }] } : hasMinutes;
  const readsNone = user.role === "UNIT_REP";
  const where = readsNone ? { id: { in: [] } } : { meetingId, ...(!held ? hasMinutes : keepsAll ? {} : kept) };
  const [total, statuses] = await Promise.all([
    db.meetingPoint.count({ where }),
    readsNone ? [] : db.minutes.groupBy({ by: ["status"], where: { meetingId }, _count: true }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MINUTES_PER_PAGE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const points = await db.meetingPoint.findMany({
    where,
    orderBy: [{ isMain: "desc" }, { position: "asc" }],
    skip: (current - 1) * MINUTES_PER_PAGE,
    take: MINUTES_PER_PAGE,
    select: {
      id: true,
      isMain: true,
      connectionPoint: { select: { name: true, hostUnitId: true } },
      minutes: { select: { id: true, status: true, documentNumber: true, notice: { select: { issuedAt: true } } } },
    },
  });
  return {
    meetingTitle: meeting.title,
    rows: points.map((p) => ({
      pointId: p.id,
      name: p.connectionPoint.name,
      isMain: p.isMain,
      minutes: p.minutes,
      canGenerate: held && !p.minutes && keepsMinutes(user, meeting.organiserUnitId, p.connectionPoint.hostUnitId),
    })),
    total,
    page: current,
    pageCount,
    statusCounts: Object.fromEntries(statuses.map((s) => [s.status, s._count])) as Partial<
      Record<"DRAFT" | "SUBMITTED" | "APPROVED", number>
    >,
  };
}

/** The chair's queue: minutes waiting for them, oldest first. */
export async function minutesAwaitingChair(user: SessionUser) {
  if (user.role !== "CHAIR" || !user.officialId) return [];
  return db.minutes.findMany({
    where: { status: "SUBMITTED", chairOfficialId: user.officialId },
    orderBy: { updatedAt: "asc" },
    take: 50,
    select: {
      id: true,
      meetingId: true,
      documentNumber: true,
      updatedAt: true,
      meeting: { select: { title: true, startsAt: true } },
      meetingPoint: { select: { connectionPoint: { select: { name: true } } } },
    },
  });
}
