import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound } from "@/lib/errors";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { meetingToManage } from "@/lib/meetings/authorise";
import { notifyUnits } from "@/lib/notifications/notify";
import { mailInvitedUnits } from "@/lib/mail/meeting-mail";
import { loadInSlices } from "@/lib/db/by-ids";
import { groupBy } from "@/lib/collections/group-by";
import type { remindUnansweredSchema } from "./schema";
import { manualQuietSince, parseReminderHours, REMINDER_SETTING, reminderWindow } from "./window";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];
const TX = { timeout: 20_000, maxWait: 10_000 };

interface Unanswered {
  id: string;
  unitId: string;
  answerDeadline: Date | null;
}

/**
 * Reminds the given invitations of one meeting: marks each as reminded only if it is still sent and
 * unanswered and not reminded since `quietSince`, so a unit answering at the
 * same moment, or a second app instance, does not get a reminder it should not. Then the in-app
 * notification and the e-mail, in the same transaction. Returns the invitations reminded and the
 * number of e-mails queued.
 */
async function remindInvitations(
  tx: Tx,
  meeting: { id: string; title: string },
  invitations: Unanswered[],
  now: Date,
  quietSince: Date,
): Promise<{ reminded: Unanswered[]; emails: number }> {
  // One conditional UPDATE per slice, returning the rows it changed: those are the ones reminded.
  const changed = await loadInSlices(
    invitations.map((i) => i.id),
    (ids) =>
      tx.invitation.updateManyAndReturn({
        where: {
          id: { in: ids },
          status: "PENDING",
          sentAt: { not: null },
          OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: quietSince } }],
        },
        data: { lastRemindedAt: now },
        select: { id: true },
      }),
  );
  const changedIds = new Set(changed.map((c) => c.id));
  const reminded = invitations.filter((i) => changedIds.has(i.id));
  if (reminded.length === 0) return { reminded, emails: 0 };
  // Usually one deadline for the whole mailing: one notification batch per deadline.
  const byDeadline = groupBy(reminded, (invitation) => invitation.answerDeadline?.toISOString() ?? "");
  for (const group of byDeadline.values()) {
    const deadline = group[0]!.answerDeadline;
    await notifyUnits(
      tx,
      group.map((i) => i.unitId),
      {
        kind: "invitation.reminder",
        title: `Nhắc trả lời giấy mời: ${meeting.title}`,
        body: deadline
          ? `Đơn vị chưa trả lời. Hạn trả lời: ${formatDateTime(deadline)}.`
          : "Đơn vị chưa trả lời giấy mời.",
        link: `/meetings/${meeting.id}`,
      },
    );
  }
  const emails = await mailInvitedUnits(tx, "reminder", {
    meetingId: meeting.id,
    invitationIds: reminded.map((i) => i.id),
  });
  return { reminded, emails };
}

/**
 * The organiser's secretariat (or an administrator) reminds the units that have not answered: every
 * sent invitation still PENDING, or only the chosen ones. Reminders follow the invitation letter, which
 * only the organiser issues; a secretariat hosting one point of another body's meeting cannot send them.
 * A unit reminded in the quiet period before (by hand or automatically) is left out: pressing the button
 * again cannot flood a ward's inbox. Returns how many were reminded and how many left out for that.
 */
export async function remindUnanswered(
  user: SessionUser,
  input: z.output<typeof remindUnansweredSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const meeting = await meetingToManage(tx, user, input.meetingId);
    if (meeting.status === "CANCELLED" || meeting.status === "HELD") throw new DomainError("scheduling.errors.closed");
    if (meeting.startsAt.getTime() <= now.getTime()) throw new DomainError("mail.errors.meetingStarted");
    const chosen = input.invitationIds ? [...new Set(input.invitationIds)] : undefined;
    if (
      chosen &&
      (await tx.invitation.count({ where: { meetingId: meeting.id, id: { in: chosen } } })) !== chosen.length
    )
      throw new NotFound();
    const candidates = await tx.invitation.findMany({
      where: {
        meetingId: meeting.id,
        status: "PENDING",
        sentAt: { not: null },
        ...(chosen ? { id: { in: chosen } } : {}),
      },
      orderBy: { createdAt: "asc" },
      select: { id: true, unitId: true, answerDeadline: true },
    });
    const quietSince = manualQuietSince(now);
    const { reminded, emails } = await remindInvitations(tx, meeting, candidates, now, quietSince);
    if (reminded.length === 0)
      throw new DomainError(candidates.length ? "mail.errors.remindedRecently" : "mail.errors.nothingToRemind");
    await recordAudit(tx, {
      actor: user,
      action: "invitation.remind",
      entityType: "Meeting",
      entityId: meeting.id,
      after: { invitationIds: reminded.map((i) => i.id) },
    });
    return { reminded: reminded.length, emails, quiet: candidates.length - reminded.length };
  }, TX);
}

/** Hours before the deadline that automatic reminders go out (AppSetting, default 24; 0 = off). */
export async function reminderHours(): Promise<number> {
  const setting = await db.appSetting.findUnique({ where: { key: REMINDER_SETTING } });
  return parseReminderHours(setting?.value);
}

/**
 * The worker's automatic reminders: invitations sent, still unanswered, whose deadline falls within the
 * configured window, not sent or reminded in the last 12 hours, of meetings still scheduled and ahead.
 * One transaction per meeting, at most `batch` invitations per run (the next run takes the rest).
 */
export async function sendDueReminders(now: Date, { batch = 200 }: { batch?: number } = {}) {
  const window = reminderWindow(now, await reminderHours());
  if (!window) return { reminded: 0, meetings: 0 };
  const due = await db.invitation.findMany({
    where: {
      status: "PENDING",
      sentAt: { not: null, lte: window.quietSince },
      answerDeadline: { gt: window.deadlineAfter, lte: window.deadlineBy },
      OR: [{ lastRemindedAt: null }, { lastRemindedAt: { lte: window.quietSince } }],
      meeting: { status: "SCHEDULED", startsAt: { gt: now } },
    },
    orderBy: [{ answerDeadline: "asc" }, { id: "asc" }],
    take: batch,
    select: { id: true, unitId: true, answerDeadline: true, meeting: { select: { id: true, title: true } } },
  });
  const byMeeting = new Map<string, typeof due>();
  for (const invitation of due)
    byMeeting.set(invitation.meeting.id, [...(byMeeting.get(invitation.meeting.id) ?? []), invitation]);
  let reminded = 0;
  for (const invitations of byMeeting.values()) {
    const meeting = invitations[0]!.meeting;
    reminded += await db.$transaction(async (tx) => {
      const { reminded: done } = await remindInvitations(tx, meeting, invitations, now, window.quietSince);
      if (done.length)
        await recordAudit(tx, {
          actor: null,
          action: "invitation.remind.auto",
          entityType: "Meeting",
          entityId: meeting.id,
          after: { invitationIds: done.map((i) => i.id) },
        });
      return done.length;
    }, TX);
  }
  return { reminded, meetings: byMeeting.size };
}
