import "server-only";
import type { Readable } from "node:stream";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { AccessDenied, DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { managesMeeting } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";
import { enqueueForUnits } from "@/lib/mail/outbox";
import { appUrl } from "@/lib/mail/links";
import { detectKind, fileNameFor, isInlineKind, KINDS, kindOfMimeType } from "./content";
import { documentLimits, documentStore } from "./config";
import { discard, stage, TooLarge, type ByteRange, type DocumentStore } from "./store";
import { documentReadScope } from "./scope";
import type {
  addVersionSchema,
  contributeSchema,
  contributionDeadlineSchema,
  createDocumentSchema,
  markReadSchema,
  reviewContributionSchema,
} from "./schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

/** An upload waiting for its action is usable this long. */
const UPLOAD_TTL_MS = 24 * 3600_000;

// ───────────── Upload (the streamed route) ─────────────

/** Bytes already used by the meeting's documents: every version counts, a shared file each time. */
async function meetingBytes(tx: Pick<Tx, "meetingDocumentVersion">, meetingId: string): Promise<number> {
  const { _sum } = await tx.meetingDocumentVersion.aggregate({
    where: { document: { meetingId } },
    _sum: { size: true },
  });
  return _sum.size ?? 0;
}

/** A meeting the caller may upload a file to: its organiser's secretariat, or a unit it asks contributions of. */
async function meetingForUpload(user: SessionUser, meetingId: string, now: Date) {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: { id: true, organiserUnitId: true, status: true },
  });
  if (!meeting) throw new NotFound();
  if (managesMeeting(user, meeting.organiserUnitId)) return meeting;
  if (user.role === "SECRETARIAT") return meeting; // in scope: it hosts a point (meetingToManageDocs decides the rest)
  if (user.role === "UNIT_REP") {
    const open = await db.agendaItem.count({ where: { meetingId, contributionsDueAt: { gt: now } } });
    if (open > 0) return meeting;
  }
  throw new AccessDenied();
}

export interface UploadReceipt {
  uploadId: string;
  sha256: string;
  size: number;
  mimeType: string;
  fileName: string;
}

/**
 * Receives one file for a meeting, streamed: checked against the caller's right to upload before a byte
 * is read, limited per file and by what the meeting has left, checked by its content, then stored under
 * its hash (deduplicated). The document or version is made by the action that names the upload.
 */
export async function receiveUpload(
  user: SessionUser,
  meetingId: string,
  body: ReadableStream<Uint8Array> | Readable,
  originalName: string,
  options: { store?: DocumentStore; now?: Date } = {},
): Promise<UploadReceipt> {
  const now = options.now ?? new Date();
  const store = options.store ?? documentStore();
  await meetingForUpload(user, meetingId, now);
  const limits = documentLimits();
  const left = limits.meetingBytes - (await meetingBytes(db, meetingId));
  const limit = left < limits.fileBytes ? "meeting" : "file";
  if (left <= 0) throw new TooLarge("meeting", limits.meetingBytes);
  const staged = await stage(store, body, {
    maxBytes: Math.min(limits.fileBytes, left),
    limit,
  }).catch((error: unknown) => {
    if (error instanceof TooLarge && error.limit === "meeting") throw new TooLarge("meeting", limits.meetingBytes);
    throw error;
  });
  let kind;
  try {
    if (staged.size === 0) throw new DomainError("meetingDocuments.errors.empty");
    kind = await detectKind(staged.path);
  } catch (error) {
    await discard(staged);
    throw error;
  }
  const { created } = await store.commit(staged);
  const fileName = fileNameFor(originalName, kind);
  const upload = await db.$transaction(async (tx) => {
    const row = await tx.meetingDocumentUpload.create({
      data: {
        meetingId,
        userId: user.id,
        sha256: staged.sha256,
        size: staged.size,
        mimeType: KINDS[kind].mimeType,
        fileName,
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "meetingDocument.upload",
      entityType: "Meeting",
      entityId: meetingId,
      after: {
        uploadId: row.id,
        sha256: staged.sha256,
        size: staged.size,
        mimeType: row.mimeType,
        fileName,
        stored: created,
      },
    });
    return row;
  }, TX);
  return { uploadId: upload.id, sha256: upload.sha256, size: upload.size, mimeType: upload.mimeType, fileName };
}

/** The caller's own unused upload for this meeting, within its time, the meeting's limit respected. */
async function takeUpload(tx: Tx, user: SessionUser, uploadId: string, meetingId: string, now: Date) {
  const upload = await tx.meetingDocumentUpload.findFirst({
    where: {
      id: uploadId,
      userId: user.id,
      meetingId,
      usedAt: null,
      createdAt: { gt: new Date(now.getTime() - UPLOAD_TTL_MS) },
    },
  });
  if (!upload)
    throw new DomainError("meetingDocuments.errors.uploadGone", { uploadId: "meetingDocuments.errors.uploadGone" });
  const limits = documentLimits();
  if ((await meetingBytes(tx, meetingId)) + upload.size > limits.meetingBytes)
    throw new TooLarge("meeting", limits.meetingBytes);
  const { count } = await tx.meetingDocumentUpload.updateMany({
    where: { id: upload.id, usedAt: null },
    data: { usedAt: now },
  });
  if (count !== 1) throw new DomainError("meetingDocuments.errors.uploadGone");
  return upload;
}

// ───────────── The secretariat's documents ─────────────

/**
 * A meeting whose documents the caller keeps: the organiser's secretariat (every document), or the
 * secretariat of a unit hosting points of it (documents for its own points only, as it keeps their minutes).
 */
async function meetingToManageDocs(tx: Tx, user: SessionUser, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      status: true,
      confidential: true,
      organiserUnitId: true,
      points: { select: { id: true, connectionPoint: { select: { hostUnitId: true } } } },
    },
  });
  if (!meeting) throw new NotFound();
  if (managesMeeting(user, meeting.organiserUnitId)) return { ...meeting, hostedPointIds: null };
  const hosted = meeting.points.filter((p) => p.connectionPoint.hostUnitId === user.unitId).map((p) => p.id);
  if (user.role === "SECRETARIAT" && hosted.length) return { ...meeting, hostedPointIds: hosted };
  throw new AccessDenied();
}

/** Keeps the document: an administrator, the organiser's secretariat, or the secretariat that added it. */
function keepsDocument(user: SessionUser, document: { ownerUnitId: string; meeting: { organiserUnitId: string } }) {
  return (
    managesMeeting(user, document.meeting.organiserUnitId) ||
    (user.role === "SECRETARIAT" && user.unitId === document.ownerUnitId)
  );
}

/** Confidential documents are read in the app only; without a converter that means PDF or an image. */
function checkConfidentialKind(confidential: boolean, mimeType: string) {
  const kind = kindOfMimeType(mimeType);
  if (confidential && (!kind || !isInlineKind(kind)))
    throw new DomainError("meetingDocuments.errors.confidentialNeedsPdf", {
      uploadId: "meetingDocuments.errors.confidentialNeedsPdf",
    });
}

export async function createDocument(
  user: SessionUser,
  input: z.output<typeof createDocumentSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingToManageDocs(tx, user, input.meetingId);
    if (input.agendaItemId) {
      const item = await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, meetingId: meeting.id } });
      if (!item) throw new NotFound();
    }
    let audience = input.audience;
    let pointIds = input.audience === "POINTS" ? input.pointIds : [];
    const unitIds = input.audience === "UNITS" ? input.unitIds : [];
    if (meeting.hostedPointIds) {
      // A host's document is for its own points: "everyone" means everyone there.
      if (audience === "INVITED") pointIds = meeting.hostedPointIds;
      else if (audience !== "POINTS" || pointIds.some((id) => !meeting.hostedPointIds.includes(id)))
        throw new AccessDenied();
      audience = "POINTS";
    }
    if (
      pointIds.length &&
      (await tx.meetingPoint.count({ where: { id: { in: pointIds }, meetingId: meeting.id } })) !== pointIds.length
    )
      throw new NotFound();
    if (unitIds.length && (await tx.unit.count({ where: { id: { in: unitIds } } })) !== unitIds.length)
      throw new NotFound();
    if (input.presentingUnitId && !(await tx.unit.findUnique({ where: { id: input.presentingUnitId } })))
      throw new NotFound();
    const confidential = meeting.confidential || input.confidential;
    const upload = await takeUpload(tx, user, input.uploadId, meeting.id, now);
    checkConfidentialKind(confidential, upload.mimeType);
    const document = await tx.meetingDocument.create({
      data: {
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        title: input.title,
        ownerUnitId: meeting.hostedPointIds ? user.unitId : meeting.organiserUnitId,
        presentingUnitId: input.presentingUnitId,
        audience,
        confidential,
        status: "PUBLISHED",
        audiencePoints: { create: pointIds.map((meetingPointId) => ({ meetingPointId })) },
        audienceUnits: { create: unitIds.map((unitId) => ({ unitId })) },
        versions: {
          create: {
            number: 1,
            sha256: upload.sha256,
            size: upload.size,
            mimeType: upload.mimeType,
            fileName: upload.fileName,
            uploadedById: user.id,
          },
        },
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "meetingDocument.create",
      entityType: "MeetingDocument",
      entityId: document.id,
      after: {
        meetingId: meeting.id,
        agendaItemId: input.agendaItemId,
        title: input.title,
        audience: input.audience,
        pointIds,
        unitIds,
        confidential,
        sha256: upload.sha256,
      },
    });
    await notifyReaders(tx, document.id, "new");
    return { id: document.id };
  }, TX);
}

/** A document the caller may replace: the organiser's secretariat, or the contributing unit while it waits or was returned. */
async function documentToReplace(tx: Tx, user: SessionUser, documentId: string, now: Date) {
  const document = await tx.meetingDocument.findFirst({
    where: { AND: [{ id: documentId }, documentReadScope(user)] },
    select: {
      id: true,
      meetingId: true,
      status: true,
      version: true,
      currentVersion: true,
      confidential: true,
      contributedByUnitId: true,
      ownerUnitId: true,
      agendaItem: { select: { contributionsDueAt: true } },
      meeting: { select: { organiserUnitId: true } },
    },
  });
  if (!document) throw new NotFound();
  if (keepsDocument(user, document)) return document;
  if (user.role === "UNIT_REP" && document.contributedByUnitId === user.unitId) {
    if (document.status === "ACCEPTED") throw new DomainError("meetingDocuments.errors.alreadyAccepted");
    const due = document.agendaItem?.contributionsDueAt;
    if (!due || due <= now) throw new DomainError("meetingDocuments.errors.deadlinePassed");
    return document;
  }
  throw new AccessDenied();
}

export async function addVersion(user: SessionUser, input: z.output<typeof addVersionSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const document = await documentToReplace(tx, user, input.documentId, now);
    if (document.version !== input.version) throw new StaleVersion();
    const upload = await takeUpload(tx, user, input.uploadId, document.meetingId, now);
    checkConfidentialKind(document.confidential, upload.mimeType);
    const number = document.currentVersion + 1;
    await tx.meetingDocumentVersion.create({
      data: {
        documentId: document.id,
        number,
        sha256: upload.sha256,
        size: upload.size,
        mimeType: upload.mimeType,
        fileName: upload.fileName,
        changeNote: input.changeNote,
        uploadedById: user.id,
      },
    });
    const contribution = document.contributedByUnitId !== null && !keepsDocument(user, document);
    const { count } = await tx.meetingDocument.updateMany({
      where: { id: document.id, version: input.version },
      data: {
        currentVersion: number,
        version: { increment: 1 },
        // A returned contribution sent again waits for the secretariat again.
        ...(contribution ? { status: "SUBMITTED", returnNote: null } : {}),
      },
    });
    if (count !== 1) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "meetingDocument.addVersion",
      entityType: "MeetingDocument",
      entityId: document.id,
      before: { currentVersion: document.currentVersion },
      after: { currentVersion: number, changeNote: input.changeNote, sha256: upload.sha256 },
    });
    if (!contribution) await notifyReaders(tx, document.id, "updated");
    return { id: document.id, number };
  }, TX);
}

// ───────────── Contributions of units ─────────────

export async function setContributionDeadline(user: SessionUser, input: z.output<typeof contributionDeadlineSchema>) {
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, meeting: meetingScope(user) },
      select: {
        id: true,
        version: true,
        title: true,
        contributionsDueAt: true,
        meetingId: true,
        meeting: { select: { organiserUnitId: true } },
      },
    });
    if (!item) throw new NotFound();
    if (!managesMeeting(user, item.meeting.organiserUnitId)) throw new AccessDenied();
    if (item.version !== input.version) throw new StaleVersion();
    const { count } = await tx.agendaItem.updateMany({
      where: { id: item.id, version: input.version },
      data: { contributionsDueAt: input.dueAt, version: { increment: 1 } },
    });
    if (count !== 1) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: "agendaItem.contributionDeadline",
      entityType: "AgendaItem",
      entityId: item.id,
      before: { contributionsDueAt: item.contributionsDueAt },
      after: { contributionsDueAt: input.dueAt },
    });
    return { id: item.id };
  }, TX);
}

export async function contribute(user: SessionUser, input: z.output<typeof contributeSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const item = await tx.agendaItem.findFirst({
      where: { id: input.agendaItemId, meeting: meetingScope(user) },
      select: {
        id: true,
        title: true,
        contributionsDueAt: true,
        meeting: { select: { id: true, confidential: true, organiserUnitId: true } },
      },
    });
    if (!item) throw new NotFound();
    if (user.role !== "UNIT_REP") throw new AccessDenied();
    if (!item.contributionsDueAt) throw new DomainError("meetingDocuments.errors.noContributions");
    if (item.contributionsDueAt <= now) throw new DomainError("meetingDocuments.errors.deadlinePassed");
    const upload = await takeUpload(tx, user, input.uploadId, item.meeting.id, now);
    checkConfidentialKind(item.meeting.confidential, upload.mimeType);
    const document = await tx.meetingDocument.create({
      data: {
        meetingId: item.meeting.id,
        agendaItemId: item.id,
        title: input.title,
        ownerUnitId: item.meeting.organiserUnitId,
        presentingUnitId: user.unitId,
        contributedByUnitId: user.unitId,
        audience: "INVITED",
        confidential: item.meeting.confidential,
        status: "SUBMITTED",
        versions: {
          create: {
            number: 1,
            sha256: upload.sha256,
            size: upload.size,
            mimeType: upload.mimeType,
            fileName: upload.fileName,
            uploadedById: user.id,
          },
        },
      },
    });
    await recordAudit(tx, {
      actor: user,
      action: "meetingDocument.contribute",
      entityType: "MeetingDocument",
      entityId: document.id,
      after: { agendaItemId: item.id, title: input.title, unitId: user.unitId, sha256: upload.sha256 },
    });
    const secretariat = await tx.user.findMany({
      where: { unitId: item.meeting.organiserUnitId, role: "SECRETARIAT", active: true },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: secretariat.map((u) => ({
        userId: u.id,
        kind: "meetingDocument.contributed",
        title: `Tài liệu đóng góp mới: ${input.title}`,
        body: item.title,
        link: `/meetings/${item.meeting.id}#documents`,
      })),
    });
    return { id: document.id };
  }, TX);
}

export async function reviewContribution(user: SessionUser, input: z.output<typeof reviewContributionSchema>) {
  return db.$transaction(async (tx) => {
    const document = await tx.meetingDocument.findFirst({
      where: { AND: [{ id: input.documentId }, documentReadScope(user)] },
      select: {
        id: true,
        title: true,
        status: true,
        version: true,
        meetingId: true,
        contributedByUnitId: true,
        ownerUnitId: true,
        meeting: { select: { organiserUnitId: true } },
      },
    });
    if (!document) throw new NotFound();
    if (!keepsDocument(user, document)) throw new AccessDenied();
    if (!document.contributedByUnitId || document.status !== "SUBMITTED")
      throw new DomainError("meetingDocuments.errors.notWaiting");
    if (document.version !== input.version) throw new StaleVersion();
    const status = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
    const { count } = await tx.meetingDocument.updateMany({
      where: { id: document.id, version: input.version },
      data: { status, returnNote: input.decision === "RETURN" ? input.note : null, version: { increment: 1 } },
    });
    if (count !== 1) throw new StaleVersion();
    await recordAudit(tx, {
      actor: user,
      action: input.decision === "ACCEPT" ? "meetingDocument.accept" : "meetingDocument.return",
      entityType: "MeetingDocument",
      entityId: document.id,
      before: { status: document.status },
      after: { status, note: input.note },
    });
    const reps = await tx.user.findMany({
      where: { unitId: document.contributedByUnitId, role: "UNIT_REP", active: true },
      select: { id: true },
    });
    await tx.notification.createMany({
      data: reps.map((u) => ({
        userId: u.id,
        kind: `meetingDocument.${status.toLowerCase()}`,
        title: `${status === "ACCEPTED" ? "Tài liệu đã được tiếp nhận" : "Tài liệu bị trả lại"}: ${document.title}`,
        body: input.note,
        link: `/meetings/${document.meetingId}/documents/${document.id}`,
      })),
    });
    if (status === "ACCEPTED") await notifyReaders(tx, document.id, "new");
    return { id: document.id };
  }, TX);
}

// ───────────── Readers ─────────────

/**
 * The users who may read a published document (documentReadScope, from the document's side), but not
 * the organiser's secretariat, who published it.
 */
async function readersOf(tx: Tx, documentId: string) {
  const d = await tx.meetingDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      audience: true,
      meeting: {
        select: {
          status: true,
          points: {
            select: {
              id: true,
              chairOfficialId: true,
              connectionPoint: { select: { hostUnitId: true } },
              invitations: { select: { unitId: true } },
            },
          },
        },
      },
      audiencePoints: { select: { meetingPointId: true } },
      audienceUnits: { select: { unitId: true } },
    },
  });
  const chosen = new Set(d.audiencePoints.map((p) => p.meetingPointId));
  const points = d.audience === "POINTS" ? d.meeting.points.filter((p) => chosen.has(p.id)) : d.meeting.points;
  const chairs = points.flatMap((p) => (p.chairOfficialId ? [p.chairOfficialId] : []));
  const hosts = points.map((p) => p.connectionPoint.hostUnitId);
  const invited = d.meeting.status === "DRAFT" ? [] : points.flatMap((p) => p.invitations.map((i) => i.unitId));
  let repUnits: string[] = [];
  let secretariatUnits: string[] = [];
  let chairOfficials: string[] = [];
  switch (d.audience) {
    case "INVITED":
    case "POINTS":
      repUnits = invited;
      secretariatUnits = hosts;
      chairOfficials = chairs;
      break;
    case "UNITS": {
      const units = new Set(d.audienceUnits.map((u) => u.unitId));
      repUnits = invited.filter((u) => units.has(u));
      secretariatUnits = hosts.filter((u) => units.has(u));
      break;
    }
    case "CHAIRS":
      chairOfficials = chairs;
      break;
  }
  const users = await tx.user.findMany({
    where: {
      active: true,
      OR: [
        { role: "UNIT_REP", unitId: { in: [...new Set(repUnits)] } },
        { role: "SECRETARIAT", unitId: { in: [...new Set(secretariatUnits)] } },
        { role: "CHAIR", officialId: { in: [...new Set(chairOfficials)] } },
      ],
    },
    select: { id: true, role: true, unitId: true },
  });
  return { users, repUnits: [...new Set(repUnits)] };
}

/** A new or updated document: its readers are told in the app, and the units by e-mail with a link (never the file). */
async function notifyReaders(tx: Tx, documentId: string, what: "new" | "updated") {
  const document = await tx.meetingDocument.findUniqueOrThrow({
    where: { id: documentId },
    select: {
      id: true,
      title: true,
      confidential: true,
      currentVersion: true,
      ownerUnitId: true,
      meeting: { select: { id: true, title: true, status: true, confidential: true, organiserUnitId: true } },
    },
  });
  if (document.meeting.status === "DRAFT" || document.meeting.status === "CANCELLED") return;
  const { users, repUnits } = await readersOf(tx, documentId);
  const keepers = new Set([document.meeting.organiserUnitId, document.ownerUnitId]);
  const readers = users.filter((u) => !(u.role === "SECRETARIAT" && keepers.has(u.unitId)));
  const link = `/meetings/${document.meeting.id}/documents/${document.id}`;
  const secret = document.confidential || document.meeting.confidential;
  const heading =
    what === "new" ? "Tài liệu họp mới" : `Tài liệu họp được cập nhật (phiên bản ${document.currentVersion})`;
  if (readers.length)
    await tx.notification.createMany({
      data: readers.map((u) => ({
        userId: u.id,
        kind: `meetingDocument.${what}`,
        title: secret ? heading : `${heading}: ${document.title}`,
        body: secret ? null : document.meeting.title,
        link,
      })),
    });
  const url = appUrl(link);
  await enqueueForUnits(tx, repUnits, {
    kind: `meetingDocument.${what}`,
    meetingId: document.meeting.id,
    // A confidential document's e-mail says only that there is something to read, and where.
    subject: secret ? heading : `${heading}: ${document.title}`,
    text: secret
      ? `${heading}. Tài liệu mật chỉ đọc trong ứng dụng, sau khi đăng nhập:\n${url}\n`
      : `${heading}: ${document.title}\nHội nghị: ${document.meeting.title}\n\nĐọc tài liệu (sau khi đăng nhập):\n${url}\n`,
  });
}

export async function markRead(user: SessionUser, input: z.output<typeof markReadSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const document = await tx.meetingDocument.findFirst({
      where: { AND: [{ id: input.documentId }, documentReadScope(user)] },
      select: { id: true, currentVersion: true },
    });
    if (!document) throw new NotFound();
    await tx.meetingDocumentRead.upsert({
      where: { documentId_userId: { documentId: document.id, userId: user.id } },
      create: { documentId: document.id, userId: user.id, readAt: now, readVersion: document.currentVersion },
      update: { readAt: now, readVersion: document.currentVersion },
    });
    await recordAudit(tx, {
      actor: user,
      action: "meetingDocument.markRead",
      entityType: "MeetingDocument",
      entityId: document.id,
      after: { version: document.currentVersion },
    });
    return { id: document.id };
  }, TX);
}

// ───────────── Opening a file (the download and inline routes) ─────────────

export interface OpenedFile {
  stream: Readable;
  size: number;
  totalSize: number;
  range: ByteRange | null;
  mimeType: string;
  fileName: string;
  confidential: boolean;
}

/**
 * A version's bytes for a reader. A confidential document is never sent as an attachment (NotFound: it
 * has no download route); each opening (a request from the first byte) is recorded on the reader's
 * receipt and in the audit log, in one transaction.
 */
export async function openDocumentFile(
  user: SessionUser,
  documentId: string,
  options: {
    versionNumber?: number;
    disposition: "inline" | "attachment";
    range?: (size: number) => ByteRange | null | "unsatisfiable";
    store?: DocumentStore;
    now?: Date;
  },
): Promise<OpenedFile | "unsatisfiable"> {
  const now = options.now ?? new Date();
  const document = await db.meetingDocument.findFirst({
    where: { AND: [{ id: documentId }, documentReadScope(user)] },
    select: {
      id: true,
      confidential: true,
      currentVersion: true,
      meeting: { select: { confidential: true } },
      versions: { where: { number: options.versionNumber ?? undefined }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  const version = document?.versions[0];
  if (!document || !version) throw new NotFound();
  const confidential = document.confidential || document.meeting.confidential;
  if (confidential && options.disposition === "attachment") throw new NotFound();
  const store = options.store ?? documentStore();
  const size = await store.size(version.sha256);
  if (size === null) throw new NotFound();
  const range = options.range ? options.range(size) : null;
  if (range === "unsatisfiable") return "unsatisfiable";
  if (!range || range.start === 0) {
    await db.$transaction(async (tx) => {
      await tx.meetingDocumentRead.upsert({
        where: { documentId_userId: { documentId: document.id, userId: user.id } },
        create: {
          documentId: document.id,
          userId: user.id,
          firstOpenedAt: now,
          lastOpenedAt: now,
          openedVersion: version.number,
        },
        update: { lastOpenedAt: now, openedVersion: version.number },
      });
      await tx.meetingDocumentRead.updateMany({
        where: { documentId: document.id, userId: user.id, firstOpenedAt: null },
        data: { firstOpenedAt: now },
      });
      await recordAudit(tx, {
        actor: user,
        action: "meetingDocument.open",
        entityType: "MeetingDocument",
        entityId: document.id,
        after: { version: version.number, disposition: options.disposition, confidential },
      });
    }, TX);
  }
  return {
    stream: await store.read(version.sha256, range ?? undefined),
    size: range ? range.end - range.start + 1 : size,
    totalSize: size,
    range,
    mimeType: version.mimeType,
    fileName: version.fileName,
    confidential,
  };
}
