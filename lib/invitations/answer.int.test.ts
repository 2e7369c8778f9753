import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { representativeOf, seedDemoOnce } from "@/lib/testing/fixtures";
import { answerInvitationMutation, decideSubstituteMutation, reopenInvitationMutation } from "./mutations";
import { answerInvitation } from "./answer";
import { invitationForUnit, substitutesAwaitingChair } from "./inbox";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let invitationId: string;

beforeAll(async () => {
  users = await seedDemoOnce();
  // Nghi Hải's invitation to the upcoming provincial conference (Cửa Lò point chaired by Hoàng Văn Phúc).
  const invitation = await db.invitation.findFirstOrThrow({
    where: { unitId: users.nghiHai.unitId, meeting: { kind: "THEMATIC", status: "SCHEDULED" } },
  });
  invitationId = invitation.id;
});

const state = async () => ({
  responses: await db.invitationResponse.count({ where: { invitationId } }),
  attendees: await db.attendee.count({ where: { invitationId } }),
  status: (await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).status,
});

describe("answering an invitation", () => {
  it("confirms two named attendees from a plain form post", async () => {
    const form = new FormData();
    form.set("invitationId", invitationId);
    form.set("kind", "CONFIRM");
    form.append("attendeeName", "Nguyễn Văn Hải");
    form.append("attendeeTitle", "Chủ tịch UBND phường Nghi Hải");
    form.append("attendeeName", "Trần Thị Lan");
    form.append("attendeeTitle", "Công chức Văn hóa - Xã hội");
    const result = await runAction(answerInvitationMutation, users.nghiHai, form);
    expect(result).toMatchObject({ ok: true, data: { status: "CONFIRMED" } });
    expect(await state()).toMatchObject({ responses: 1, attendees: 2, status: "CONFIRMED" });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: invitationId, action: "invitation.answer" },
    });
    expect(audit.actorId).toBe(users.nghiHai.id);
  });

  it("keeps one attendee list when the same answer arrives twice, and both in the history", async () => {
    const answer = {
      invitationId,
      kind: "CONFIRM" as const,
      attendees: [{ fullName: "Nguyễn Văn Hải", title: null }],
      reason: null,
      replacesName: null,
    };
    await Promise.all([answerInvitation(users.nghiHai, answer), answerInvitation(users.nghiHai, answer)]);
    const after = await state();
    expect(after.attendees).toBe(1);
    expect(after.responses).toBe(3);
  });

  it("refuses more people than seats, another unit's representative, and other roles, writing nothing", async () => {
    const before = await state();
    const tooMany = await runAction(answerInvitationMutation, users.nghiHai, {
      invitationId,
      kind: "CONFIRM",
      attendeeName: ["A B", "C D", "E F"],
    });
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { attendeeName: "answers.validation.tooMany" } });
    const other = await representativeOf("Phường Nghi Thu");
    expect(
      await runAction(answerInvitationMutation, other, { invitationId, kind: "DECLINE", reason: "x" }),
    ).toMatchObject({ ok: false, message: "errors.notFound" });
    expect(
      await runAction(answerInvitationMutation, users.secretariat, { invitationId, kind: "DECLINE", reason: "x" }),
    ).toEqual({ ok: false, message: "errors.forbidden" });
    expect(await runAction(answerInvitationMutation, users.nghiHai, { invitationId, kind: "DECLINE" })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "answers.validation.reasonRequired" },
    });
    expect(await runAction(answerInvitationMutation, users.nghiHai, { invitationId: 7, kind: [] })).toMatchObject({
      ok: false,
      message: "errors.invalidInput",
    });
    expect(await state()).toEqual(before);
  });

  it("sends a substitute that waits for the chair, who agrees", async () => {
    const result = await runAction(answerInvitationMutation, users.nghiHai, {
      invitationId,
      kind: "SUBSTITUTE",
      attendeeName: "Trần Quốc Việt",
      attendeeTitle: "Phó Chủ tịch UBND phường Nghi Hải",
      replacesName: "Nguyễn Văn Hải",
      reason: "Đồng chí Chủ tịch đi công tác",
    });
    expect(result).toMatchObject({ ok: true, data: { status: "SUBSTITUTE" } });
    const queue = await substitutesAwaitingChair(users.chair);
    const request = queue.find((q) => q.invitation.id === invitationId)!;
    expect(request).toMatchObject({
      replaces: "Nguyễn Văn Hải",
      attendees: [{ fullName: "Trần Quốc Việt", title: "Phó Chủ tịch UBND phường Nghi Hải" }],
    });

    // Only the chair of that point may decide.
    expect(
      await runAction(decideSubstituteMutation, users.secretariat, { responseId: request.id, decision: "AGREED" }),
    ).toEqual({ ok: false, message: "errors.forbidden" });
    const agreed = await runAction(decideSubstituteMutation, users.chair, {
      responseId: request.id,
      decision: "AGREED",
      note: "Đồng ý",
    });
    expect(agreed.ok).toBe(true);
    expect((await db.invitationResponse.findUniqueOrThrow({ where: { id: request.id } })).substituteDecision).toBe(
      "AGREED",
    );
    expect((await substitutesAwaitingChair(users.chair)).some((q) => q.id === request.id)).toBe(false);
    const page = await invitationForUnit(users.nghiHai, invitationId);
    expect(page.responses[0]).toMatchObject({ kind: "SUBSTITUTE", substituteDecision: "AGREED" });
  });

  it("closes answers after the deadline until the secretariat reopens the invitation", async () => {
    const invitation = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    const afterDeadline = new Date(invitation.answerDeadline!.getTime() + 60_000);
    const answer = { invitationId, kind: "DECLINE" as const, attendees: [], reason: "Trùng lịch", replacesName: null };
    await expect(answerInvitation(users.nghiHai, answer, afterDeadline)).rejects.toMatchObject({
      key: "answers.errors.deadlinePassed",
    });
    expect(await runAction(reopenInvitationMutation, users.nghiHai, { invitationId })).toEqual({
      ok: false,
      message: "errors.forbidden",
    });
    // The Cửa Lò office hosts this point but does not organise the provincial meeting: not theirs to reopen.
    expect(await runAction(reopenInvitationMutation, users.secretariat, { invitationId })).toEqual({
      ok: false,
      message: "errors.forbidden",
      fieldErrors: undefined,
      details: undefined,
    });
    expect((await runAction(reopenInvitationMutation, users.admin, { invitationId })).ok).toBe(true);
    const reopenedAt = (await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).reopenedAt!;
    const result = await answerInvitation(
      users.nghiHai,
      answer,
      new Date(Math.max(afterDeadline.getTime(), reopenedAt.getTime()) + 1000),
    );
    expect(result.status).toBe("DECLINED");
  });
});
