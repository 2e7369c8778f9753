import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { DomainError, NotFound } from "@/lib/errors";
import { meetingScope } from "@/lib/meetings/scope";
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
      id: true, meetingId: true, meetingPointId: true, status: true, version: true, documentNumber: true, title: true, place: true,
      chairName: true, chairTitle: true, secretaryName: true, secretaryTitle: true, startedAt: true, endedAt: true,
      approvedAt: true, approvedById: true, contentHash: true, chairOfficialId: true,
      meeting: { select: { title: true, startsAt: true, organiserUnitId: true } },
      meetingPoint: { select: { isMain: true, connectionPoint: { select: { name: true, hostUnitId: true } } } },
      sections: { orderBy: { position: "asc" }, select: { id: true, position: true, heading: true, body: true, version: true } },
      conclusions: {
        orderBy: { position: "asc" },
        select: { id: true, content: true, deadline: true, status: true, version: true, leadUnit: { select: { id: true, name: true } }, cooperators: { select: { unit: { select: { id: true, name: true } } } } },
      },
      reviews: { orderBy: { createdAt: "asc" }, select: { id: true, action: true, comment: true, createdAt: true, byUser: { select: { name: true } } } },
      revisions: { orderBy: { version: "desc" }, take: REVISIONS_LISTED, select: { version: true, createdAt: true, author: { select: { name: true } } } },
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
    approvedBy: m.approvedById ? (await db.user.findUnique({ where: { id: m.approvedById }, select: { name: true } }))?.name ?? null : null,
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

/** The meeting's points with their minutes, for the meeting page: what the caller may open or start. */
export async function minutesOfMeeting(user: SessionUser, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      organiserUnitId: true,
      status: true,
      startsAt: true,
      points: {
        orderBy: [{ isMain: "desc" }, { position: "asc" }],
        select: {
          id: true,
          isMain: true,
          connectionPoint: { select: { name: true, hostUnitId: true } },
          minutes: { select: { id: true, status: true, documentNumber: true, notice: { select: { issuedAt: true } } } },
        },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const held = meeting.status !== "DRAFT" && meeting.status !== "CANCELLED" && meeting.startsAt <= new Date();
  return meeting.points.map((p) => ({
    pointId: p.id,
    name: p.connectionPoint.name,
    isMain: p.isMain,
    minutes: p.minutes,
    canGenerate: held && !p.minutes && keepsMinutes(user, meeting.organiserUnitId, p.connectionPoint.hostUnitId),
  }));
}

/** The chair's queue: minutes waiting for them, oldest first. */
export async function minutesAwaitingChair(user: SessionUser) {
  if (user.role !== "CHAIR" || !user.officialId) return [];
  return db.minutes.findMany({
    where: { status: "SUBMITTED", chairOfficialId: user.officialId },
    orderBy: { updatedAt: "asc" },
    take: 50,
    select: { id: true, meetingId: true, documentNumber: true, updatedAt: true, meeting: { select: { title: true, startsAt: true } }, meetingPoint: { select: { connectionPoint: { select: { name: true } } } } },
  });
}
