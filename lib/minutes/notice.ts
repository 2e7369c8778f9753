import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { workCalendarFrom } from "@/lib/calendar/holidays";
import { conclusionNoticeDueDay } from "@/lib/calendar/working-days";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";
import { nextDocumentNumber } from "@/lib/documents/register";
import { lockRow } from "@/lib/db/locks";
import { DomainError } from "@/lib/errors";
import { minutesToKeep } from "./access";
import { TX } from "./manage";
import type { minutesIdSchema } from "./schema";

/**
 * Issues the conclusion notice (TB) of approved minutes: it takes the next TB number of the keeper's
 * register and the issuing date; its content is the approved conclusions, which can no longer change.
 */
export async function issueNotice(user: SessionUser, input: z.output<typeof minutesIdSchema>, now = new Date()) {
  return db.$transaction(async (tx) => {
    const minutes = await minutesToKeep(tx, user, input.minutesId);
    await lockRow(tx, "minutes", minutes.id); // one notice per minutes, one TB number
    if (minutes.status !== "APPROVED") throw new DomainError("minutes.errors.notApproved");
    if (await tx.conclusionNotice.findUnique({ where: { minutesId: minutes.id }, select: { id: true } }))
      throw new DomainError("minutes.errors.noticeIssued");
    if ((await tx.conclusion.count({ where: { minutesId: minutes.id } })) === 0)
      throw new DomainError("minutes.errors.noConclusions");
    const issuer = minutes.meetingPoint.isMain
      ? minutes.meeting.organiserUnitId
      : minutes.meetingPoint.connectionPoint.hostUnitId;
    const calendar = await workCalendarFrom(tx, dayKey(minutes.meeting.startsAt));
    const dueAt = startOfDay(conclusionNoticeDueDay(minutes.meeting.startsAt, calendar));
    const documentNumber = await nextDocumentNumber(tx, issuer, "TB", now);
    const notice = await tx.conclusionNotice.create({
      data: { meetingId: minutes.meetingId, minutesId: minutes.id, documentNumber, dueAt, issuedAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "notice.issue",
      entityType: "ConclusionNotice",
      entityId: notice.id,
      after: { documentNumber, dueAt, issuedAt: now },
    });
    return { id: notice.id, documentNumber };
  }, TX);
}
