import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { fromLocalInput, toLocalInput } from "@/lib/datetime/vietnam";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import * as m from "@/lib/meetings/mutations";
import { remindUnansweredMutation } from "./mutations";
import { sendDueReminders } from "./remind";
import { answerSummary } from "@/lib/meetings/point-list";
import { REMINDER_SETTING } from "./window";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; province: string; hall: string };
const DAY = 86_400_000;
const HOUR = 3_600_000;
const at = (days: number, hhmm: string) => `${toLocalInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${hhmm}`;

/** Everything a reminder writes, to show that a refused one writes nothing. */
const footprint = async () => ({
  outbox: await db.outboxMessage.count(),
  notifications: await db.notification.count(),
  audit: await db.auditLog.count(),
  reminded: await db.invitation.count({ where: { lastRemindedAt: { not: null } } }),
});

beforeAll(async () => {
  users = await seedDemoOnce();
  ids = {
    town: (await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } })).id,
    province: (await db.unit.findFirstOrThrow({ where: { name: "Tỉnh Nghệ An" } })).id,
    hall: (
      await db.connectionPoint.findFirstOrThrow({ where: { name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã" } })
    ).id,
  };
});

// Days 10–16 at 08:00, no chair: the demo's meetings at the Cửa Lò hall are from day 21 on.
/** A Cửa Lò meeting `days` ahead inviting the 7 wards, sent; returns it with its answer deadline. */
async function sentMeeting(days: number, deadline = at(days - 2, "16:00")) {
  const created = await runAction(m.createMeetingMutation, users.secretariat, {
    title: `Giao ban công tác cải cách hành chính (${days})`,
    kind: "BRIEFING",
    mode: "ON_SITE",
    organiserUnitId: ids.town,
    startsAt: at(days, "08:00"),
    endsAt: at(days, "10:00"),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = created.data.id;
  const point = await runAction(m.addPointMutation, users.secretariat, {
    meetingId: id,
    connectionPointId: ids.hall,
    isMain: true,
  });
  if (!point.ok) throw new Error(JSON.stringify(point));
  const invited = await runAction(m.inviteUnitsMutation, users.secretariat, {
    meetingPointId: point.data.id,
    how: "children",
    parentUnitId: ids.town,
    seats: 1,
    answerDeadline: deadline,
  });
  if (!invited.ok) throw new Error(JSON.stringify(invited));
  const { version } = await db.meeting.findUniqueOrThrow({ where: { id } });
  const sent = await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version });
  if (!sent.ok) throw new Error(JSON.stringify(sent));
  return { id, deadline: fromLocalInput(deadline)! };
}

const invitationOf = (meetingId: string, unitName: string) =>
  db.invitation.findFirstOrThrow({ where: { meetingId, unit: { name: unitName } } });

describe("reminding units that have not answered", () => {
  it("refuses a unit representative or a chair, writing nothing", async () => {
    const { id } = await sentMeeting(10);
    const before = await footprint();
    for (const caller of [users.nghiHai, users.chair]) {
      expect(await runAction(remindUnansweredMutation, caller, { meetingId: id })).toEqual({
        ok: false,
        message: "errors.forbidden",
      });
    }
    expect(await footprint()).toEqual(before);
  });

  it("does not let the Cửa Lò secretariat remind for another organisation's meeting, even one with a Cửa Lò point", async () => {
    // The province's mid-year review has a Cửa Lò point whose wards have not all answered.
    const provincial = await db.meeting.findFirstOrThrow({
      where: {
        organiserUnitId: ids.province,
        status: "SCHEDULED",
        points: { some: { connectionPoint: { hostUnitId: ids.town } } },
      },
    });
    expect(
      await db.invitation.count({ where: { meetingId: provincial.id, status: "PENDING", sentAt: { not: null } } }),
    ).toBeGreaterThan(0);
    const internal = await db.meeting.create({
      data: {
        title: "Họp nội bộ Sở Nội vụ",
        titleAscii: "hop noi bo so noi vu",
        kind: "BRIEFING",
        mode: "ON_SITE",
        status: "SCHEDULED",
        organiserUnitId: ids.province,
        startsAt: new Date(Date.now() + 30 * DAY),
        endsAt: new Date(Date.now() + 30 * DAY + HOUR),
      },
    });
    const before = await footprint();
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: provincial.id })).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    const pending = await db.invitation.findFirstOrThrow({ where: { meetingId: provincial.id, status: "PENDING" } });
    expect(
      await runAction(remindUnansweredMutation, users.secretariat, {
        meetingId: provincial.id,
        invitationIds: [pending.id],
      }),
    ).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: internal.id })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await footprint()).toEqual(before);
    // The province's own office may.
    expect(await runAction(remindUnansweredMutation, users.admin, { meetingId: provincial.id })).toMatchObject({
      ok: true,
    });
  });

  it("reminds every sent invitation still unanswered: notification, e-mail with the deadline, lastRemindedAt, audit", async () => {
    const { id } = await sentMeeting(11);
    const answered = await invitationOf(id, "Phường Nghi Thủy");
    await db.invitation.update({ where: { id: answered.id }, data: { status: "CONFIRMED" } });
    const notesBefore = await db.notification.count({
      where: { userId: users.nghiHai.id, kind: "invitation.reminder" },
    });

    const result = await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id });
    // Six wards; each ward's contact address (Nghi Hải's is also its representative's).
    expect(result).toEqual({ ok: true, data: { reminded: 6, emails: 6, quiet: 0 } });

    const invitations = await db.invitation.findMany({ where: { meetingId: id }, include: { unit: true } });
    expect(invitations.filter((i) => i.lastRemindedAt).map((i) => i.unit.name)).not.toContain("Phường Nghi Thủy");
    expect(invitations.filter((i) => i.lastRemindedAt)).toHaveLength(6);
    const mails = await db.outboxMessage.findMany({ where: { meetingId: id, kind: "reminder" } });
    expect(mails.map((r) => r.to)).not.toContain("nghithuy@hoinghi.local");
    const nghiHai = mails.find((r) => r.to === "nghihai@hoinghi.local")!;
    expect(nghiHai.subject).toMatch(
      /^Nhắc trả lời giấy mời trước 16:00 ngày \d\d\/\d\d\/\d{4}: Giao ban công tác cải cách hành chính \(11\)$/,
    );
    expect(nghiHai.text).toMatch(/Hạn trả lời: 16:00 ngày \d\d\/\d\d\/\d{4}/);
    const note = await db.notification.findFirstOrThrow({
      where: { userId: users.nghiHai.id, kind: "invitation.reminder" },
      orderBy: { createdAt: "desc" },
    });
    expect(await db.notification.count({ where: { userId: users.nghiHai.id, kind: "invitation.reminder" } })).toBe(
      notesBefore + 1,
    );
    expect(note).toMatchObject({
      title: "Nhắc trả lời giấy mời: Giao ban công tác cải cách hành chính (11)",
      link: `/meetings/${id}`,
    });
    expect(note.body).toMatch(/Hạn trả lời: 16:00 \d\d\/\d\d\/\d{4}/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "invitation.remind", entityId: id } });
    expect(audit.actorId).toBe(users.secretariat.id);
    expect(JSON.parse(audit.after!).invitationIds).toHaveLength(6);
  });

  it("reminds only the chosen invitations, and refuses what it cannot remind", async () => {
    const { id } = await sentMeeting(12);
    const tan = await invitationOf(id, "Phường Nghi Tân");
    const thu = await invitationOf(id, "Phường Nghi Thu");
    await db.invitation.update({ where: { id: thu.id }, data: { status: "DECLINED" } });

    expect(
      await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id, invitationIds: [tan.id] }),
    ).toEqual({ ok: true, data: { reminded: 1, emails: 1, quiet: 0 } });
    expect(
      await db.outboxMessage.findMany({ where: { meetingId: id, kind: "reminder" }, select: { to: true } }),
    ).toEqual([{ to: "nghitan@hoinghi.local" }]);
    // A plain form posts one id as a string.
    const huong = await invitationOf(id, "Phường Nghi Hương");
    const form = new FormData();
    form.set("meetingId", id);
    form.set("invitationIds", huong.id);
    expect(await runAction(remindUnansweredMutation, users.secretariat, form)).toMatchObject({
      ok: true,
      data: { reminded: 1 },
    });

    const before = await footprint();
    expect(
      await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id, invitationIds: [thu.id] }),
    ).toMatchObject({ ok: false, message: "mail.errors.nothingToRemind" });
    const elsewhere = await db.invitation.findFirstOrThrow({ where: { meetingId: { not: id } } });
    expect(
      await runAction(remindUnansweredMutation, users.secretariat, {
        meetingId: id,
        invitationIds: [tan.id, elsewhere.id],
      }),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(
      await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id, invitationIds: [] }),
    ).toMatchObject({ ok: false, fieldErrors: { invitationIds: "validation.required" } });
    expect(await footprint()).toEqual(before);
  });

  it("leaves a unit alone for 4 hours after its last reminder, by hand or automatic, and says so", async () => {
    const { id } = await sentMeeting(17);
    const hai = await invitationOf(id, "Phường Nghi Hải");
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);
    // Nghi Hải was reminded (by the worker, say) three hours ago.
    await db.invitation.update({ where: { id: hai.id }, data: { lastRemindedAt: hoursAgo(3) } });
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id })).toEqual({
      ok: true,
      data: { reminded: 6, emails: 6, quiet: 1 },
    });
    expect(
      await db.outboxMessage.count({ where: { meetingId: id, kind: "reminder", to: "nghihai@hoinghi.local" } }),
    ).toBe(0);

    // Pressed again at once, for everyone or for one unit: nothing goes, and the refusal says why.
    const before = await footprint();
    for (const input of [{ meetingId: id }, { meetingId: id, invitationIds: [hai.id] }])
      expect(await runAction(remindUnansweredMutation, users.secretariat, input)).toEqual({
        ok: false,
        message: "mail.errors.remindedRecently",
      });
    expect(await footprint()).toEqual(before);
    // The meeting page's button says so: none to remind now, and when the last reminder went.
    const { lastRemindedAt } = await db.invitation.findFirstOrThrow({
      where: { meetingId: id, lastRemindedAt: { not: null } },
      orderBy: { lastRemindedAt: "desc" },
    });
    expect(await answerSummary(users.secretariat, id)).toMatchObject({ unanswered: 7, remindable: 0, lastRemindedAt });

    // Once four hours have passed since Nghi Hải's reminder, it may be reminded again, alone.
    await db.invitation.update({ where: { id: hai.id }, data: { lastRemindedAt: hoursAgo(4) } });
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id })).toEqual({
      ok: true,
      data: { reminded: 1, emails: 1, quiet: 6 },
    });
  });

  it("refuses a meeting that is cancelled or not yet sent", async () => {
    const { id } = await sentMeeting(13);
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id } });
    expect((await runAction(m.cancelMeetingMutation, users.secretariat, { id, version, reason: "Hoãn" })).ok).toBe(
      true,
    );
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: id })).toMatchObject({
      ok: false,
      message: "scheduling.errors.closed",
    });

    const draft = await runAction(m.createMeetingMutation, users.secretariat, {
      title: "Dự thảo",
      kind: "BRIEFING",
      mode: "ON_SITE",
      organiserUnitId: ids.town,
      startsAt: at(40, "08:00"),
      endsAt: at(40, "09:00"),
    });
    if (!draft.ok) throw new Error("draft");
    expect(await runAction(remindUnansweredMutation, users.secretariat, { meetingId: draft.data.id })).toMatchObject({
      ok: false,
      message: "mail.errors.nothingToRemind",
    });
  });
});

describe("automatic reminders", () => {
  const remindedAt = (meetingId: string, when: Date) =>
    db.invitation.count({ where: { meetingId, lastRemindedAt: when } });
  const reminderMails = (meetingId: string) => db.outboxMessage.count({ where: { meetingId, kind: "reminder" } });

  it("reminds unanswered invitations whose deadline is within the window, once per 12 hours", async () => {
    const { id, deadline } = await sentMeeting(15);
    const answered = await invitationOf(id, "Phường Thu Thủy");
    await db.invitation.update({ where: { id: answered.id }, data: { status: "CONFIRMED" } });
    const before = (hours: number) => new Date(deadline.getTime() - hours * HOUR);

    // 30 hours before the deadline is outside the default 24-hour window.
    await sendDueReminders(before(30));
    expect(await reminderMails(id)).toBe(0);

    const first = before(20);
    await sendDueReminders(first);
    expect(await remindedAt(id, first)).toBe(6);
    expect(await reminderMails(id)).toBe(6);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "invitation.remind.auto", entityId: id } });
    expect(audit.actorId).toBeNull();

    // The same round again, or another instance running it, and six hours later: nothing new.
    await sendDueReminders(first);
    await sendDueReminders(before(14));
    expect(await reminderMails(id)).toBe(6);

    // Switched off, nothing goes; with a 6-hour window, 13 hours after the first reminder, they go again.
    await db.appSetting.upsert({
      where: { key: REMINDER_SETTING },
      create: { key: REMINDER_SETTING, value: "0" },
      update: { value: "0" },
    });
    await sendDueReminders(before(5));
    expect(await reminderMails(id)).toBe(6);
    await db.appSetting.update({ where: { key: REMINDER_SETTING }, data: { value: "6" } });
    await sendDueReminders(before(7));
    expect(await reminderMails(id)).toBe(6);
    await sendDueReminders(before(5));
    expect(await remindedAt(id, before(5))).toBe(6);
    expect(await reminderMails(id)).toBe(12);
    await db.appSetting.delete({ where: { key: REMINDER_SETTING } });

    // After the deadline there is nothing left to remind.
    await sendDueReminders(new Date(deadline.getTime() + HOUR));
    expect(await reminderMails(id)).toBe(12);
  });

  it("leaves an invitation alone in the 12 hours after it was sent, and a cancelled meeting's for good", async () => {
    // Sent just now with a deadline six hours away.
    const soon = toLocalInput(new Date(Date.now() + 6 * HOUR));
    const { id } = await sentMeeting(16, soon);
    await sendDueReminders(new Date(Date.now() + HOUR));
    expect(await reminderMails(id)).toBe(0);

    const { id: cancelled, deadline } = await sentMeeting(14);
    const { version } = await db.meeting.findUniqueOrThrow({ where: { id: cancelled } });
    expect(
      (await runAction(m.cancelMeetingMutation, users.secretariat, { id: cancelled, version, reason: "Hoãn" })).ok,
    ).toBe(true);
    await sendDueReminders(new Date(deadline.getTime() - 2 * HOUR));
    expect(await reminderMails(cancelled)).toBe(0);
  });
});
