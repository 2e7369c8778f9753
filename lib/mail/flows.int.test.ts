import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { toLocalInput } from "@/lib/datetime/vietnam";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import * as m from "@/lib/meetings/mutations";

// Makes the audit write of one chosen action fail, to show that the e-mails of a change roll back with it.
const failAudit = vi.hoisted(() => ({ action: null as string | null }));
vi.mock("@/lib/audit/record", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/audit/record")>();
  return {
    ...actual,
    recordAudit: async (...args: Parameters<typeof actual.recordAudit>) => {
      if (args[1].action === failAudit.action) throw new Error("audit store unavailable");
      return actual.recordAudit(...args);
    },
  };
});

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let ids: { town: string; hall: string; phuc: string };
let nghiHoaRep: string;
const DAY = 86_400_000;
const WARDS = ["nghihai", "nghihoa", "nghihuong", "nghitan", "nghithu", "nghithuy", "thuthuy"].map(
  (w) => `${w}@hoinghi.local`,
);
const at = (days: number, hhmm: string) => `${toLocalInput(new Date(Date.now() + days * DAY)).slice(0, 10)}T${hhmm}`;

beforeAll(async () => {
  users = await seedDemoOnce();
  ids = {
    town: (await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } })).id,
    hall: (
      await db.connectionPoint.findFirstOrThrow({ where: { name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã" } })
    ).id,
    phuc: (await db.official.findFirstOrThrow({ where: { fullName: "Hoàng Văn Phúc" } })).id,
  };
  // A second representative for Nghi Hòa: its e-mail joins the ward's contact address.
  nghiHoaRep = (await representativeOf("Phường Nghi Hòa")).email.toLowerCase();
});

// Days from 40 on: the demo's own meetings at the Cửa Lò hall (and Hoàng Văn Phúc's) are all within the next 35 days.
/** A Cửa Lò meeting with its hall as the main point, chaired by Hoàng Văn Phúc, inviting the 7 wards. */
async function meetingWithWards(days: number, extra: Record<string, unknown> = {}) {
  const created = await runAction(m.createMeetingMutation, users.secretariat, {
    title: "Hội nghị triển khai công tác chuyển đổi số năm 2027",
    kind: "THEMATIC",
    mode: "HYBRID",
    organiserUnitId: ids.town,
    startsAt: at(days, "14:00"),
    endsAt: at(days, "16:30"),
    ...extra,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const point = await runAction(m.addPointMutation, users.secretariat, {
    meetingId: created.data.id,
    connectionPointId: ids.hall,
    isMain: true,
    chairOfficialId: ids.phuc,
  });
  if (!point.ok) throw new Error(JSON.stringify(point));
  const invited = await runAction(m.inviteUnitsMutation, users.secretariat, {
    meetingPointId: point.data.id,
    how: "children",
    parentUnitId: ids.town,
    seats: 2,
    answerDeadline: at(days - 2, "16:00"),
  });
  if (!invited.ok) throw new Error(JSON.stringify(invited));
  return created.data.id;
}

const version = async (id: string) => (await db.meeting.findUniqueOrThrow({ where: { id } })).version;
const outbox = (meetingId: string, kind: string) =>
  db.outboxMessage.findMany({ where: { meetingId, kind }, orderBy: { to: "asc" } });

describe("e-mail from the scheduling flows", () => {
  it("sendInvitations queues one invitation e-mail per recipient of each invited unit", async () => {
    const id = await meetingWithWards(40);
    const sent = await runAction(m.sendInvitationsMutation, users.secretariat, {
      meetingId: id,
      version: await version(id),
    });
    if (!sent.ok) throw new Error(JSON.stringify(sent));
    const rows = await outbox(id, "invitation");
    expect(rows.map((r) => r.to).sort()).toEqual([...WARDS, nghiHoaRep].sort());
    const invitations = await db.invitation.findMany({ where: { meetingId: id }, include: { unit: true } });
    const nghiHai = rows.find((r) => r.to === "nghihai@hoinghi.local")!;
    expect(nghiHai.invitationId).toBe(invitations.find((i) => i.unit.name === "Phường Nghi Hải")!.id);
    expect(nghiHai).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(nghiHai.subject).toMatch(
      /^Giấy mời: Hội nghị triển khai công tác chuyển đổi số năm 2027 \(14:00 ngày \d\d\/\d\d\/\d{4}\)$/,
    );
    expect(nghiHai.text).toContain(`Giấy mời số: ${sent.data.documentNumber}`);
    expect(nghiHai.text).toContain("Chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã");
    expect(nghiHai.text).toContain("Địa điểm: Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã");
    expect(nghiHai.text).toMatch(/Hạn trả lời: 16:00 ngày \d\d\/\d\d\/\d{4}/);
    expect(nghiHai.text).toContain(`/meetings/${id}`);
    expect(nghiHai.html).toContain("<strong>Hội nghị triển khai công tác chuyển đổi số năm 2027</strong>");
  });

  it("writes the e-mails in the same transaction as the mailing: a failure leaves no e-mail, notification or sent mark", async () => {
    const id = await meetingWithWards(41);
    const notifications = await db.notification.count();
    failAudit.action = "invitation.send";
    try {
      const sent = await runAction(m.sendInvitationsMutation, users.secretariat, {
        meetingId: id,
        version: await version(id),
      });
      expect(sent).toEqual({ ok: false, message: "errors.unexpected" });
    } finally {
      failAudit.action = null;
    }
    expect(await db.outboxMessage.count({ where: { meetingId: id } })).toBe(0);
    expect(await db.notification.count()).toBe(notifications);
    expect(await db.invitation.count({ where: { meetingId: id, sentAt: { not: null } } })).toBe(0);

    expect(
      (await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version: await version(id) })).ok,
    ).toBe(true);
    expect(await db.outboxMessage.count({ where: { meetingId: id, kind: "invitation" } })).toBe(WARDS.length + 1);
  });

  it("tells every recipient about a new time, then about the cancellation with its reason", async () => {
    const id = await meetingWithWards(42);
    expect(
      (await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version: await version(id) })).ok,
    ).toBe(true);
    const meeting = await db.meeting.findUniqueOrThrow({ where: { id } });
    const base = { id, title: meeting.title, kind: meeting.kind, mode: meeting.mode, organiserUnitId: ids.town };

    // An edit that keeps the time sends nothing.
    expect(
      (
        await runAction(m.updateMeetingMutation, users.secretariat, {
          ...base,
          version: meeting.version,
          description: "Thêm nội dung",
          startsAt: toLocalInput(meeting.startsAt),
          endsAt: toLocalInput(meeting.endsAt),
        })
      ).ok,
    ).toBe(true);
    expect(await outbox(id, "rescheduled")).toHaveLength(0);

    const moved = await runAction(m.updateMeetingMutation, users.secretariat, {
      ...base,
      version: meeting.version + 1,
      startsAt: at(45, "08:00"),
      endsAt: at(45, "10:00"),
    });
    expect(moved.ok).toBe(true);
    const rescheduled = await outbox(id, "rescheduled");
    expect(rescheduled.map((r) => r.to).sort()).toEqual([...WARDS, nghiHoaRep].sort());
    expect(rescheduled[0]!.subject).toBe("Thay đổi thời gian: Hội nghị triển khai công tác chuyển đổi số năm 2027");
    expect(rescheduled[0]!.text).toMatch(/Thời gian mới: 08:00 - 10:00, .*ngày \d\d\/\d\d\/\d{4}/);
    expect(rescheduled[0]!.text).toMatch(/Thời gian cũ: 14:00 - 16:30, /);

    const cancelled = await runAction(m.cancelMeetingMutation, users.secretariat, {
      id,
      version: meeting.version + 2,
      reason: "Trùng lịch làm việc với đoàn công tác của tỉnh",
    });
    expect(cancelled.ok).toBe(true);
    const notices = await outbox(id, "cancelled");
    expect(notices).toHaveLength(WARDS.length + 1);
    expect(notices[0]!.subject).toBe("Hủy hội nghị: Hội nghị triển khai công tác chuyển đổi số năm 2027");
    expect(notices[0]!.text).toContain("Lý do: Trùng lịch làm việc với đoàn công tác của tỉnh");
  });

  it("sends nothing when a draft that was never sent is cancelled", async () => {
    const id = await meetingWithWards(43);
    expect(
      (
        await runAction(m.cancelMeetingMutation, users.secretariat, {
          id,
          version: await version(id),
          reason: "Không tổ chức nữa",
        })
      ).ok,
    ).toBe(true);
    expect(await db.outboxMessage.count({ where: { meetingId: id } })).toBe(0);
  });

  it("keeps a confidential meeting's title out of the e-mails", async () => {
    const id = await meetingWithWards(44, { title: "Họp về công tác nhân sự", confidential: true });
    expect(
      (await runAction(m.sendInvitationsMutation, users.secretariat, { meetingId: id, version: await version(id) })).ok,
    ).toBe(true);
    const rows = await outbox(id, "invitation");
    expect(rows).toHaveLength(WARDS.length + 1);
    for (const row of rows) expect(row.subject + row.text + (row.html ?? "")).not.toContain("nhân sự");
    expect(rows[0]!.subject).toMatch(/^Giấy mời họp \(mật\) - số \d+\/GM-UBND$/);
  });
});
