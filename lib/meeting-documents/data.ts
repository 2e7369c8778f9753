import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { NotFound } from "@/lib/errors";
import { managesMeeting } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { isInlineKind, kindOfMimeType } from "./content";
import { documentReadScope } from "./scope";

const DOCUMENT_SELECT = {
  id: true,
  title: true,
  audience: true,
  confidential: true,
  status: true,
  returnNote: true,
  currentVersion: true,
  version: true,
  ownerUnitId: true,
  contributedByUnitId: true,
  agendaItemId: true,
  presentingUnit: { select: { name: true } },
  contributedByUnit: { select: { name: true } },
  audiencePoints: { select: { meetingPoint: { select: { connectionPoint: { select: { name: true } } } } } },
  audienceUnits: { select: { unit: { select: { name: true } } } },
  versions: {
    orderBy: { number: "desc" as const },
    select: {
      number: true,
      fileName: true,
      mimeType: true,
      size: true,
      changeNote: true,
      createdAt: true,
      uploadedBy: { select: { name: true } },
    },
  },
} as const;

/**
 * The meeting's documents the caller may read, in agenda order (the meeting's own first), with the
 * caller's receipt, and for the secretariat that keeps a document who has opened and read it.
 */
export async function meetingDocuments(user: SessionUser, meetingId: string) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      id: true,
      confidential: true,
      organiserUnitId: true,
      agendaItems: {
        orderBy: { position: "asc" },
        select: { id: true, title: true, position: true, version: true, contributionsDueAt: true },
      },
      points: {
        orderBy: { position: "asc" },
        select: { id: true, connectionPoint: { select: { name: true, hostUnitId: true } } },
      },
      invitations: {
        take: 500,
        orderBy: { unit: { name: "asc" } },
        select: { unit: { select: { id: true, name: true } } },
      },
    },
  });
  if (!meeting) throw new NotFound();
  const organiser = managesMeeting(user, meeting.organiserUnitId);
  const hostedPointIds =
    user.role === "SECRETARIAT"
      ? meeting.points.filter((p) => p.connectionPoint.hostUnitId === user.unitId).map((p) => p.id)
      : [];
  const documents = await db.meetingDocument.findMany({
    where: { AND: [{ meetingId }, documentReadScope(user)] },
    orderBy: { createdAt: "asc" },
    select: {
      ...DOCUMENT_SELECT,
      reads: {
        orderBy: { firstOpenedAt: "asc" },
        select: {
          userId: true,
          firstOpenedAt: true,
          lastOpenedAt: true,
          readAt: true,
          readVersion: true,
          user: { select: { name: true, unit: { select: { name: true } } } },
        },
      },
    },
  });
  const position = new Map(meeting.agendaItems.map((i) => [i.id, i.position]));
  const rows = documents
    .map(({ reads, ...d }) => {
      const keeps = organiser || (user.role === "SECRETARIAT" && d.ownerUnitId === user.unitId);
      return {
        ...d,
        keeps,
        mine: reads.find((r) => r.userId === user.id) ?? null,
        reads: keeps ? reads : [],
        confidential: d.confidential || meeting.confidential,
      };
    })
    .sort((a, b) => (position.get(a.agendaItemId ?? "") ?? -1) - (position.get(b.agendaItemId ?? "") ?? -1));
  return {
    meetingId: meeting.id,
    organiser,
    /** May attach documents: the organiser's secretariat, or a hosting secretariat (for its points). */
    mayAttach: organiser || hostedPointIds.length > 0,
    hostedPointIds,
    agendaItems: meeting.agendaItems,
    points: meeting.points
      .filter((p) => organiser || hostedPointIds.includes(p.id))
      .map((p) => ({ id: p.id, name: p.connectionPoint.name })),
    units: [...new Map(meeting.invitations.map((i) => [i.unit.id, i.unit])).values()],
    documents: rows,
  };
}

export type MeetingDocumentRow = Awaited<ReturnType<typeof meetingDocuments>>["documents"][number];

/** One document for its viewer page. */
export async function documentForReader(
  user: SessionUser,
  meetingId: string,
  documentId: string,
  versionNumber?: number,
) {
  const document = await db.meetingDocument.findFirst({
    where: { AND: [{ id: documentId, meetingId }, documentReadScope(user)] },
    select: {
      ...DOCUMENT_SELECT,
      meeting: { select: { id: true, title: true, confidential: true } },
      agendaItem: { select: { title: true, position: true } },
      reads: { where: { userId: user.id }, select: { readAt: true, readVersion: true } },
    },
  });
  if (!document) throw new NotFound();
  const shown =
    document.versions.find((v) => v.number === (versionNumber ?? document.currentVersion)) ?? document.versions[0];
  if (!shown) throw new NotFound();
  const kind = kindOfMimeType(shown.mimeType);
  return {
    ...document,
    confidential: document.confidential || document.meeting.confidential,
    shown,
    inline: kind !== null && isInlineKind(kind),
    isPdf: kind === "pdf",
    mine: document.reads[0] ?? null,
  };
}
