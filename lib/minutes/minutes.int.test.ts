import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import {
  addConclusionMutation,
  approveMinutesMutation,
  generateMinutesMutation,
  issueNoticeMutation,
  removeConclusionMutation,
  returnMinutesMutation,
  saveSectionMutation,
  submitMinutesMutation,
  updateConclusionMutation,
  updateHeaderMutation,
  verifyMinutesMutation,
} from "./mutations";
import { minutesOfMeeting, minutesPage, revisionDiff } from "./data";
import { minutesRecord, noticeRecord } from "./record";
import { removePointMutation, updatePointMutation } from "@/lib/meetings/mutations";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let cuaLoPoint: string;
let mainPoint: string;
let minutesId: string;
const REVIEW =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023";

/** Everything a refused call must leave untouched. */
const snapshot = async () => ({
  minutes: await db.minutes.findMany({
    orderBy: { id: "asc" },
    select: { id: true, status: true, version: true, place: true, startedAt: true, contentHash: true },
  }),
  sections: await db.minutesSection.findMany({
    orderBy: { id: "asc" },
    select: { id: true, heading: true, body: true, version: true },
  }),
  conclusions: await db.conclusion.findMany({
    orderBy: { id: "asc" },
    select: { id: true, content: true, version: true, deadline: true },
  }),
  revisions: await db.minutesRevision.count(),
  reviews: await db.minutesReview.count(),
  notices: await db.conclusionNotice.count(),
  audit: await db.auditLog.count(),
});

const version = async () => (await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).version;
const section = (position: number) => db.minutesSection.findFirstOrThrow({ where: { minutesId, position } });

beforeAll(async () => {
  users = await seedDemoOnce();
  const meeting = await db.meeting.findFirstOrThrow({
    where: { title: REVIEW },
    include: { points: { include: { connectionPoint: true } } },
  });
  cuaLoPoint = meeting.points.find((p) => p.connectionPoint.name.includes("Cửa Lò"))!.id;
  mainPoint = meeting.points.find((p) => p.isMain)!.id;
});

describe("the minutes of the Cửa Lò point of the 27/12/2022 conference", () => {
  it("are offered on the meeting to whoever keeps the point, and to no one else", async () => {
    const meetingId = (await db.meeting.findFirstOrThrow({ where: { title: REVIEW } })).id;
    const points = async (user: Parameters<typeof minutesOfMeeting>[0]) =>
      (await minutesOfMeeting(user, meetingId)).rows.map((r) => [r.pointId, r.canGenerate]);
    // The town's office keeps its own hub; the administrator could draw up either; the chair of the hub
    // has nothing to read yet.
    expect(await points(users.secretariat)).toEqual([[cuaLoPoint, true]]);
    expect(await points(users.admin)).toEqual([
      [mainPoint, true],
      [cuaLoPoint, true],
    ]);
    expect(await points(users.chair)).toEqual([]);
    await expect(minutesOfMeeting(await userFor("SECRETARIAT", "Phường Nghi Hòa"), meetingId)).rejects.toThrow(
      "errors.notFound",
    );
  });

  it("are generated only by a secretariat keeping that point", async () => {
    const before = await snapshot();
    expect(await runAction(generateMinutesMutation, null, { meetingPointId: cuaLoPoint })).toMatchObject({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await runAction(generateMinutesMutation, users.chair, { meetingPointId: cuaLoPoint })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(generateMinutesMutation, users.nghiHai, { meetingPointId: cuaLoPoint })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    // The town's office keeps its own point's minutes, not the province's main record.
    expect(await runAction(generateMinutesMutation, users.secretariat, { meetingPointId: mainPoint })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    const ward = await userFor("SECRETARIAT", "Phường Nghi Hòa");
    expect(await runAction(generateMinutesMutation, ward, { meetingPointId: cuaLoPoint })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("are generated with a BB number, the point's chair and secretary, participants and the 2022 figures", async () => {
    const result = await runAction(generateMinutesMutation, users.secretariat, { meetingPointId: cuaLoPoint });
    expect(result.ok).toBe(true);
    minutesId = (result as { data: { id: string } }).data.id;
    const minutes = await db.minutes.findUniqueOrThrow({
      where: { id: minutesId },
      include: { sections: { orderBy: { position: "asc" } } },
    });
    expect(minutes.documentNumber).toMatch(/^\d{2}\/BB-UBND$/);
    expect(minutes.chairName).toBe("Hoàng Văn Phúc");
    expect(minutes.secretaryName).toBe("Nguyễn Thị Hà");
    expect(minutes.status).toBe("DRAFT");
    const participants = minutes.sections[0]!.body;
    expect(participants).toContain("Có mặt tại điểm cầu (24):");
    expect(participants).toContain("Phường Nghi Hương");
    expect(participants).not.toContain("Nguyễn Văn Quang"); // at the main point, not here
    const all = minutes.sections.map((s) => s.body).join("\n");
    expect(all).toContain("| 1 | Số lao động được tạo việc làm mới | người | 42.900 | 45.000 | 104,9% | 43.000 |");
    expect(all).toContain("{{conclusions.list}}");
    expect(await db.minutesRevision.count({ where: { minutesId } })).toBe(1);
    // Generating again without saying so would throw the draft away.
    expect(await runAction(generateMinutesMutation, users.secretariat, { meetingPointId: cuaLoPoint })).toMatchObject({
      ok: false,
      message: "minutes.errors.exists",
    });
  });

  it("are listed to no unit representative, though their ward is invited to the meeting", async () => {
    const meetingId = (await db.meeting.findFirstOrThrow({ where: { title: REVIEW } })).id;
    expect(await db.invitation.count({ where: { meetingId, unitId: users.nghiHai.unitId } })).toBe(1);
    expect(await minutesOfMeeting(users.nghiHai, meetingId)).toMatchObject({ total: 0, rows: [], statusCounts: {} });
    // The office keeping the point lists them, so the minutes do exist.
    expect((await minutesOfMeeting(users.secretariat, meetingId)).statusCounts).toEqual({ DRAFT: 1 });
  });

  it("refuse every write from a caller who does not keep them, writing nothing", async () => {
    const opening = await section(3);
    const v = await version();
    const ward = await userFor("SECRETARIAT", "Phường Nghi Thủy");
    const calls = [
      [
        saveSectionMutation,
        { minutesId, sectionId: opening.id, version: opening.version, heading: opening.heading, body: "x" },
      ],
      [
        updateHeaderMutation,
        {
          minutesId,
          version: v,
          startedAt: "2022-12-27T07:30",
          endedAt: "2022-12-27T11:30",
          place: "x",
          secretaryName: "x",
        },
      ],
      [addConclusionMutation, { minutesId, content: "x" }],
      [submitMinutesMutation, { minutesId, version: v }],
      [issueNoticeMutation, { minutesId }],
    ] as const;
    const before = await snapshot();
    for (const [mutation, input] of calls) {
      expect(await runAction(mutation as never, null, input)).toMatchObject({
        ok: false,
        message: "errors.signInRequired",
      });
      expect(await runAction(mutation as never, users.nghiHai, input)).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
      expect(await runAction(mutation as never, users.chair, input)).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
      expect(await runAction(mutation as never, ward, input)).toMatchObject({ ok: false, message: "errors.notFound" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuse the second of two saves made from the same version, returning the first one's text", async () => {
    const opening = await section(3);
    const first = await runAction(saveSectionMutation, users.secretariat, {
      minutesId,
      sectionId: opening.id,
      version: opening.version,
      heading: opening.heading,
      body: "Đồng chí Hoàng Văn Phúc khai mạc tại điểm cầu Cửa Lò.",
    });
    expect(first).toMatchObject({ ok: true, data: { version: opening.version + 1, changed: true } });
    const before = await snapshot();
    const second = await runAction(saveSectionMutation, users.admin, {
      minutesId,
      sectionId: opening.id,
      version: opening.version,
      heading: opening.heading,
      body: "Bản của người thứ hai.",
    });
    expect(second).toMatchObject({
      ok: false,
      message: "minutes.errors.sectionConflict",
      details: {
        body: "Đồng chí Hoàng Văn Phúc khai mạc tại điểm cầu Cửa Lò.",
        version: opening.version + 1,
        savedBy: "Nguyễn Thị Hà",
      },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("let only one of two simultaneous saves of a section through", async () => {
    const place = await section(2);
    const [a, b] = await Promise.all([
      runAction(saveSectionMutation, users.secretariat, {
        minutesId,
        sectionId: place.id,
        version: place.version,
        heading: place.heading,
        body: "Bản A.",
      }),
      runAction(saveSectionMutation, users.admin, {
        minutesId,
        sectionId: place.id,
        version: place.version,
        heading: place.heading,
        body: "Bản B.",
      }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ message: "minutes.errors.sectionConflict" });
    const saved = await section(2);
    expect(saved.version).toBe(place.version + 1);
    expect(["Bản A.", "Bản B."]).toContain(saved.body);
  });

  it("keep every save as a revision that can be compared with any other", async () => {
    const revisions = await db.minutesRevision.findMany({ where: { minutesId }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.version)).toEqual([1, 2, 3]);
    const diff = await revisionDiff(users.secretariat, minutesId, 1, 2);
    const changed = diff.sections.filter((s) => s.change === "changed");
    expect(changed).toHaveLength(1);
    expect(
      changed[0]!.parts
        .filter((p) => p.change === "added")
        .map((p) => p.text)
        .join(""),
    ).toContain("tại điểm cầu Cửa Lò");
  });

  it("keep the point's chair and the meeting's main point as recorded", async () => {
    const before = await snapshot();
    const points = await db.meetingPoint.findMany({ where: { id: { in: [cuaLoPoint, mainPoint] } } });
    const hub = points.find((p) => p.id === cuaLoPoint)!;
    const long = points.find((p) => p.id === mainPoint)!.chairOfficialId;
    expect(
      await runAction(updatePointMutation, users.admin, { pointId: cuaLoPoint, chairOfficialId: long, isMain: false }),
    ).toMatchObject({ ok: false, message: "scheduling.errors.pointHasMinutes" });
    expect(
      await runAction(updatePointMutation, users.admin, {
        pointId: cuaLoPoint,
        chairOfficialId: hub.chairOfficialId,
        isMain: true,
      }),
    ).toMatchObject({ ok: false, message: "scheduling.errors.meetingHasMinutes" });
    expect(await runAction(removePointMutation, users.admin, { pointId: cuaLoPoint })).toMatchObject({ ok: false });
    expect(await db.minutes.count({ where: { meetingPointId: cuaLoPoint } })).toBe(1);
    expect(await snapshot()).toEqual(before);
  });

  it("refuse two saves of the general information made from the same version: one wins", async () => {
    const v = await version();
    const header = (place: string) => ({
      minutesId,
      version: v,
      startedAt: "2022-12-27T07:30",
      endedAt: "2022-12-27T11:45",
      place,
      secretaryName: "Nguyễn Thị Hà",
    });
    const [a, b] = await Promise.all([
      runAction(updateHeaderMutation, users.secretariat, header("Hội trường A")),
      runAction(updateHeaderMutation, users.admin, header("Hội trường B")),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect([a, b].find((r) => !r.ok)).toMatchObject({ message: "errors.staleVersion" });
    expect(["Hội trường A", "Hội trường B"]).toContain(
      (await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).place,
    );
  });

  it("write nothing on bad input, and say which field is wrong", async () => {
    const opening = await section(3);
    const before = await snapshot();
    expect(
      await runAction(saveSectionMutation, users.secretariat, {
        minutesId,
        sectionId: opening.id,
        version: opening.version,
        heading: "  ",
        body: "x",
      }),
    ).toMatchObject({ ok: false, message: "errors.invalidInput", fieldErrors: { heading: "validation.required" } });
    expect(
      await runAction(updateHeaderMutation, users.secretariat, {
        minutesId,
        version: await version(),
        startedAt: "2022-12-27T11:30",
        endedAt: "2022-12-27T07:30",
        place: "Hội trường",
        secretaryName: "Nguyễn Thị Hà",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { endedAt: "minutes.errors.endBeforeStart" } });
    expect(
      await runAction(addConclusionMutation, users.secretariat, {
        minutesId,
        content: "Rà soát",
        leadUnitId: "no-such-unit",
        deadline: "2023-01-31",
      }),
    ).toMatchObject({ ok: false, message: "errors.invalidInput" });
    expect(
      await runAction(addConclusionMutation, users.secretariat, {
        minutesId,
        content: "Rà soát",
        deadline: "31/01/2023",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { deadline: "validation.date" } });
    expect(await snapshot()).toEqual(before);
  });

  it("record structured conclusions: content, lead unit, cooperating units and a deadline", async () => {
    const labour = await db.unit.findFirstOrThrow({ where: { name: { contains: "Phòng Lao động" } } });
    const wards = await db.unit.findMany({ where: { name: { in: ["Phường Nghi Hải", "Phường Nghi Hòa"] } } });
    const added = await runAction(addConclusionMutation, users.secretariat, {
      minutesId,
      content: "Rà soát, hoàn thành chỉ tiêu giải quyết việc làm năm 2023.",
      leadUnitId: labour.id,
      cooperatorIds: wards.map((w) => w.id),
      deadline: "2023-01-31",
    });
    expect(added.ok).toBe(true);
    const conclusion = await db.conclusion.findFirstOrThrow({ where: { minutesId }, include: { cooperators: true } });
    expect(conclusion.cooperators).toHaveLength(2);
    expect(conclusion.deadline?.toISOString()).toBe("2023-01-30T17:00:00.000Z");
    // An edit from a stale form is refused.
    expect(
      await runAction(updateConclusionMutation, users.secretariat, {
        id: conclusion.id,
        version: conclusion.version + 1,
        content: "x",
        leadUnitId: labour.id,
      }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
  });

  it("refuse conclusion edits, returns and checks from callers outside, writing nothing", async () => {
    const conclusion = await db.conclusion.findFirstOrThrow({ where: { minutesId } });
    const ward = await userFor("SECRETARIAT", "Phường Nghi Thủy");
    const before = await snapshot();
    for (const caller of [null, users.nghiHai, users.chair, ward]) {
      expect(
        await runAction(updateConclusionMutation, caller, {
          id: conclusion.id,
          version: conclusion.version,
          content: "x",
        }),
      ).toMatchObject({ ok: false });
      expect(
        await runAction(removeConclusionMutation, caller, { id: conclusion.id, version: conclusion.version }),
      ).toMatchObject({ ok: false });
    }
    expect(
      await runAction(returnMinutesMutation, users.secretariat, { minutesId, version: await version(), comment: "x" }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(await runAction(verifyMinutesMutation, ward, { minutesId })).toMatchObject({
      ok: false,
      message: "errors.notFound",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("go to the chair, who returns them with a comment that the secretariat sees", async () => {
    expect(
      await runAction(submitMinutesMutation, users.secretariat, { minutesId, version: (await version()) - 1 }),
    ).toMatchObject({ ok: false, message: "errors.staleVersion" });
    expect(
      await runAction(submitMinutesMutation, users.secretariat, { minutesId, version: await version() }),
    ).toMatchObject({ ok: true });
    // Under review, nobody edits.
    const opening = await section(3);
    expect(
      await runAction(saveSectionMutation, users.secretariat, {
        minutesId,
        sectionId: opening.id,
        version: opening.version,
        heading: opening.heading,
        body: "x",
      }),
    ).toMatchObject({ ok: false, message: "minutes.errors.underReview" });
    expect(await db.notification.count({ where: { userId: users.chair.id, kind: "minutes.submitted" } })).toBe(1);
    expect(
      await runAction(returnMinutesMutation, users.chair, { minutesId, version: await version(), comment: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { comment: "validation.required" } });
    expect(
      await runAction(returnMinutesMutation, users.chair, {
        minutesId,
        version: await version(),
        comment: "Bổ sung ý kiến của phường Nghi Hải.",
      }),
    ).toMatchObject({ ok: true });
    const page = await minutesPage(users.secretariat, minutesId);
    expect(page.status).toBe("DRAFT");
    expect(page.reviews.at(-1)).toMatchObject({ action: "RETURN", comment: "Bổ sung ý kiến của phường Nghi Hải." });
  });

  it("are approved by the chair at that point only", async () => {
    const opening = await section(3);
    await runAction(saveSectionMutation, users.secretariat, {
      minutesId,
      sectionId: opening.id,
      version: opening.version,
      heading: opening.heading,
      body: `${opening.body}\nĐại diện phường Nghi Hải phát biểu ý kiến.`,
    });
    await runAction(submitMinutesMutation, users.secretariat, { minutesId, version: await version() });
    const before = await snapshot();
    const v = await version();
    expect(await runAction(approveMinutesMutation, users.secretariat, { minutesId, version: v })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await runAction(approveMinutesMutation, users.admin, { minutesId, version: v })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    const presidingChair = await userFor("CHAIR", "Tỉnh Nghệ An", "Bùi Đình Long");
    expect(await runAction(approveMinutesMutation, presidingChair, { minutesId, version: v })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    expect(await snapshot()).toEqual(before);
    const approved = await runAction(approveMinutesMutation, users.chair, { minutesId, version: v });
    expect(approved).toMatchObject({ ok: true, data: { contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    const minutes = await db.minutes.findUniqueOrThrow({ where: { id: minutesId } });
    expect(minutes).toMatchObject({ status: "APPROVED", approvedById: users.chair.id });
    expect(minutes.approvedAt).toBeInstanceOf(Date);
  });

  it("cannot change once approved: every write path refuses", async () => {
    const before = await snapshot();
    const v = await version();
    const opening = await section(3);
    const conclusion = await db.conclusion.findFirstOrThrow({ where: { minutesId } });
    const refusals = [
      await runAction(saveSectionMutation, users.secretariat, {
        minutesId,
        sectionId: opening.id,
        version: opening.version,
        heading: opening.heading,
        body: "sửa sau khi duyệt",
      }),
      await runAction(updateHeaderMutation, users.secretariat, {
        minutesId,
        version: v,
        startedAt: "2022-12-27T07:30",
        endedAt: "2022-12-27T12:00",
        place: "Hội trường",
        secretaryName: "Nguyễn Thị Hà",
      }),
      await runAction(addConclusionMutation, users.secretariat, { minutesId, content: "Thêm kết luận" }),
      await runAction(updateConclusionMutation, users.secretariat, {
        id: conclusion.id,
        version: conclusion.version,
        content: "Sửa kết luận",
      }),
      await runAction(removeConclusionMutation, users.secretariat, { id: conclusion.id, version: conclusion.version }),
      await runAction(generateMinutesMutation, users.secretariat, {
        meetingPointId: cuaLoPoint,
        replace: true,
        version: v,
      }),
      await runAction(submitMinutesMutation, users.secretariat, { minutesId, version: v }),
      await runAction(returnMinutesMutation, users.chair, { minutesId, version: v, comment: "Sửa lại" }),
      await runAction(approveMinutesMutation, users.chair, { minutesId, version: v }),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, message: "minutes.errors.frozen" });
    expect(await snapshot()).toEqual(before);
  });

  it("prove on demand that the approved content is unchanged, and show when it was tampered with", async () => {
    expect(await runAction(verifyMinutesMutation, users.chair, { minutesId })).toMatchObject({
      ok: true,
      data: { intact: true },
    });
    expect(await runAction(verifyMinutesMutation, users.nghiHai, { minutesId })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    const opening = await section(3);
    await db.minutesSection.update({
      where: { id: opening.id },
      data: { body: `${opening.body} (sửa trực tiếp trong cơ sở dữ liệu)` },
    });
    expect(await runAction(verifyMinutesMutation, users.secretariat, { minutesId })).toMatchObject({
      ok: true,
      data: { intact: false },
    });
    await db.minutesSection.update({ where: { id: opening.id }, data: { body: opening.body } });
    expect(await runAction(verifyMinutesMutation, users.secretariat, { minutesId })).toMatchObject({
      ok: true,
      data: { intact: true },
    });
  });

  it("give their documents only to those who may read them", async () => {
    // What the download route serves: the record, refused outside the minutes' readers.
    await expect(minutesRecord(users.nghiHai, minutesId)).rejects.toMatchObject({ key: "errors.notFound" });
    await expect(minutesRecord(await userFor("SECRETARIAT", "Phường Nghi Thủy"), minutesId)).rejects.toMatchObject({
      key: "errors.notFound",
    });
    await expect(noticeRecord(users.nghiHai, minutesId)).rejects.toMatchObject({ key: "errors.notFound" });
    expect(await minutesRecord(users.chair, minutesId)).toMatchObject({
      draft: false,
      chair: { name: "Hoàng Văn Phúc" },
    });
  });

  it("lead to a conclusion notice with a TB number, due 5 working days after the meeting", async () => {
    expect(await runAction(issueNoticeMutation, users.chair, { minutesId })).toMatchObject({
      ok: false,
      message: "errors.forbidden",
    });
    const issued = await runAction(issueNoticeMutation, users.secretariat, { minutesId });
    expect(issued).toMatchObject({ ok: true, data: { documentNumber: expect.stringMatching(/^\d{2}\/TB-UBND$/) } });
    const notice = await db.conclusionNotice.findUniqueOrThrow({ where: { minutesId } });
    // Tue 27/12/2022 + 5 working days, with Monday 02/01/2023 a public holiday when configured.
    expect(["2023-01-02T17:00:00.000Z", "2023-01-03T17:00:00.000Z"]).toContain(notice.dueAt.toISOString());
    expect(await runAction(issueNoticeMutation, users.secretariat, { minutesId })).toMatchObject({
      ok: false,
      message: "minutes.errors.noticeIssued",
    });
  });
});
