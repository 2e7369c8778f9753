import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { nextDocumentNumber } from "@/lib/documents/register";
import { lockRow } from "@/lib/db/locks";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { pointToManage } from "@/lib/meetings/authorise";
import { assertDraft, minutesToEdit } from "./access";
import { meetingFacts } from "./facts";
import { generateMinutes as draftMinutes } from "./generate";
import { nextDraftVersion, saveRevision } from "./revisions";
import type { generateMinutesSchema, saveSectionSchema, updateHeaderSchema } from "./schema";

export const TX = { timeout: 20_000, maxWait: 10_000 };

/**
 * Writes the first draft of a point's minutes from the meeting's data, taking the BB number from the
 * keeper's register (the organiser for the main point, the hub's host for a hub). Regenerating a draft
 * replaces its text but keeps its number; it needs the version the secretary saw.
 */
export async function generateMinutes(
  user: SessionUser,
  input: z.output<typeof generateMinutesSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const point = await pointToManage(tx, user, input.meetingPointId);
    await lockRow(tx, "meetingPoint", point.id); // one point, one minutes: two first drafts at once are one
    const meeting = point.meeting;
    if (meeting.status === "DRAFT" || meeting.status === "CANCELLED" || meeting.startsAt > now)
      throw new DomainError("minutes.errors.notHeld");
    const { chairOfficialId, secretaryOfficialId } = await tx.meetingPoint.findUniqueOrThrow({
      where: { id: point.id },
      select: { chairOfficialId: true, secretaryOfficialId: true },
    });
    if (!chairOfficialId) throw new DomainError("minutes.errors.noChair");

    const existing = await tx.minutes.findUnique({
      where: { meetingPointId: point.id },
      select: { id: true, status: true, version: true, documentNumber: true },
    });
    if (existing && !input.replace) throw new DomainError("minutes.errors.exists");
    if (existing) {
      assertDraft(existing.status);
      if (input.version !== existing.version) throw new StaleVersion();
    }

    const draft = draftMinutes(await meetingFacts(tx, meeting.id, point.id, now));
    const issuer = point.isMain ? meeting.organiserUnitId : point.connectionPoint.hostUnitId;
    const fields = {
      title: draft.title,
      place: draft.place,
      chairName: draft.chair.name,
      chairTitle: draft.chair.title,
      secretaryName: draft.secretary.name,
      secretaryTitle: draft.secretary.title,
      startedAt: draft.startedAt,
      endedAt: draft.endedAt,
      chairOfficialId,
      secretaryOfficialId,
    };
    const sections = draft.sections.map((s, position) => ({ position, ...s }));
    let minutesId: string;
    let version = 1;
    if (existing) {
      minutesId = existing.id;
      version = await nextDraftVersion(tx, minutesId, existing.version);
      await tx.minutesSection.deleteMany({ where: { minutesId } });
      await tx.minutes.update({ where: { id: minutesId }, data: { ...fields, sections: { create: sections } } });
    } else {
      const documentNumber = await nextDocumentNumber(tx, issuer, "BB", meeting.startsAt);
      const created = await tx.minutes.create({
        data: {
          meetingId: meeting.id,
          meetingPointId: point.id,
          documentNumber,
          ...fields,
          sections: { create: sections },
        },
        select: { id: true },
      });
      minutesId = created.id;
    }
    await saveRevision(tx, minutesId, version, user);
    await recordAudit(tx, {
      actor: user,
      action: existing ? "minutes.regenerate" : "minutes.generate",
      entityType: "Minutes",
      entityId: minutesId,
      after: { meetingPointId: point.id, version, sections: sections.length },
    });
    return { id: minutesId, meetingId: meeting.id };
  }, TX);
}

async function sectionConflict(
  tx: Pick<typeof db, "minutesSection" | "minutesRevision">,
  minutesId: string,
  sectionId: string,
): Promise<never> {
  const current = await tx.minutesSection.findUniqueOrThrow({
    where: { id: sectionId },
    select: { heading: true, body: true, version: true },
  });
  const last = await tx.minutesRevision.findFirst({
    where: { minutesId },
    orderBy: { version: "desc" },
    select: { createdAt: true, author: { select: { name: true } } },
  });
  throw new DomainError("minutes.errors.sectionConflict", undefined, {
    ...current,
    savedBy: last?.author.name ?? "",
    savedAt: last?.createdAt.toISOString() ?? null,
  });
}

/**
 * Saves one section. The editor names the section version it loaded: if a colleague saved that
 * section since, the save is refused and their text comes back with the error, so nothing is lost.
 */
export async function saveSection(user: SessionUser, input: z.output<typeof saveSectionSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToEdit(tx, user, input.minutesId);
    const section = await tx.minutesSection.findFirst({
      where: { id: input.sectionId, minutesId: minutes.id },
      select: { heading: true, body: true, version: true },
    });
    if (!section) throw new NotFound();
    if (section.version !== input.version) return sectionConflict(tx, minutes.id, input.sectionId);
    // Autosave fires on focus changes too; an unchanged text is not a revision.
    if (section.heading === input.heading && section.body === input.body)
      return { version: section.version, minutesVersion: minutes.version, changed: false };
    const minutesVersion = await nextDraftVersion(tx, minutes.id);
    const { count } = await tx.minutesSection.updateMany({
      where: { id: input.sectionId, version: input.version },
      data: { heading: input.heading, body: input.body, version: { increment: 1 } },
    });
    if (count === 0) return sectionConflict(tx, minutes.id, input.sectionId);
    await saveRevision(tx, minutes.id, minutesVersion, user);
    await recordAudit(tx, {
      actor: user,
      action: "minutes.section.save",
      entityType: "MinutesSection",
      entityId: input.sectionId,
      before: { version: section.version },
      after: { version: section.version + 1, minutesVersion },
    });
    return { version: section.version + 1, minutesVersion, changed: true };
  }, TX);
}

/** Times, place and secretary as they really were (the meeting may have run late). */
export async function updateHeader(user: SessionUser, input: z.output<typeof updateHeaderSchema>) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToEdit(tx, user, input.minutesId);
    const version = await nextDraftVersion(tx, minutes.id, input.version);
    const fields = {
      startedAt: input.startedAt,
      endedAt: input.endedAt,
      place: input.place,
      secretaryName: input.secretaryName,
      secretaryTitle: input.secretaryTitle,
    };
    await tx.minutes.update({ where: { id: minutes.id }, data: fields });
    await saveRevision(tx, minutes.id, version, user);
    await recordAudit(tx, {
      actor: user,
      action: "minutes.header.save",
      entityType: "Minutes",
      entityId: minutes.id,
      after: { ...fields, version },
    });
    return { minutesVersion: version };
  }, TX);
}
