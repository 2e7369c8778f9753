// The minutes' multi-step writes, called truly in parallel (real races on PostgreSQL): each register
// number is taken once and a second caller gets the domain's answer, never an unexpected error.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import type { SessionUser } from "@/lib/auth/roles";
import {
  addConclusionMutation,
  approveMinutesMutation,
  generateMinutesMutation,
  issueNoticeMutation,
  submitMinutesMutation,
} from "./mutations";

const REVIEW =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let presidingChair: SessionUser;
let mainPoint: string;
let provinceId: string;

beforeAll(async () => {
  users = await seedDemoOnce();
  const meeting = await db.meeting.findFirstOrThrow({ where: { title: REVIEW }, include: { points: true } });
  mainPoint = meeting.points.find((p) => p.isMain)!.id;
  provinceId = meeting.organiserUnitId;
  presidingChair = await userFor("CHAIR", "Tỉnh Nghệ An", "Bùi Đình Long");
});

const register = (typeCode: string) =>
  db.documentRegister.findMany({ where: { issuingUnitId: provinceId, typeCode }, select: { lastNumber: true } });
const numbersTaken = async (typeCode: string) => (await register(typeCode)).reduce((n, r) => n + r.lastNumber, 0);
const messages = (results: { ok: boolean; message?: string }[]) => results.map((r) => (r.ok ? "ok" : r.message)).sort();
const current = () => db.minutes.findUniqueOrThrow({ where: { meetingPointId: mainPoint } });

describe("the main point's minutes, drawn up, approved and noticed by several callers at once", () => {
  it("are drawn up once, with one BB number", async () => {
    const before = await numbersTaken("BB");
    const results = await Promise.all(
      [1, 2, 3].map(() => runAction(generateMinutesMutation, users.admin, { meetingPointId: mainPoint })),
    );
    expect(messages(results)).toEqual(["minutes.errors.exists", "minutes.errors.exists", "ok"]);
    expect(await numbersTaken("BB")).toBe(before + 1);
    expect(await db.minutes.count({ where: { meetingPointId: mainPoint } })).toBe(1);
  });

  it("are approved once", async () => {
    const minutes = await current();
    const conclusion = await runAction(addConclusionMutation, users.admin, {
      minutesId: minutes.id,
      content: "Sở Nội vụ tổng hợp kết quả đào tạo nghề năm 2023.",
      leadUnitId: "",
      cooperatorIds: [],
      deadline: "",
    });
    expect(conclusion).toMatchObject({ ok: true });
    const submitted = await runAction(submitMinutesMutation, users.admin, {
      minutesId: minutes.id,
      version: (await current()).version,
    });
    expect(submitted).toMatchObject({ ok: true });
    const { version } = await current();
    const results = await Promise.all(
      [1, 2].map(() => runAction(approveMinutesMutation, presidingChair, { minutesId: minutes.id, version })),
    );
    // Which refusal the second gets depends on whether it read before or after the first committed.
    expect(messages(results)[1]).toBe("ok");
    expect(["errors.staleVersion", "minutes.errors.frozen"]).toContain(messages(results)[0]);
    expect(await db.minutesReview.count({ where: { minutesId: minutes.id, action: "APPROVE" } })).toBe(1);
  });

  it("give one conclusion notice, with one TB number", async () => {
    const minutes = await current();
    const before = await numbersTaken("TB");
    const results = await Promise.all(
      [1, 2, 3].map(() => runAction(issueNoticeMutation, users.admin, { minutesId: minutes.id })),
    );
    expect(messages(results)).toEqual(["minutes.errors.noticeIssued", "minutes.errors.noticeIssued", "ok"]);
    expect(await numbersTaken("TB")).toBe(before + 1);
  });
});
