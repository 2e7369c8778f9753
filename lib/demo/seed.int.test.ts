import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";
import { minutesRecord, noticeRecord } from "@/lib/minutes/record";
import { renderMinutesDocx } from "@/lib/documents/minutes-docx";
import { renderConclusionNoticeDocx } from "@/lib/documents/conclusion-notice-docx";
import { renderInvitationDocx } from "@/lib/documents/invitation-docx";
import { docxPart, docxParagraphs } from "@/lib/documents/testing-extract";
import { invitationLetterFor } from "@/lib/invitations/letter";
import { verifyMinutes } from "@/lib/minutes/review";

beforeAll(async () => {
  await seedDemoOnce();
});

describe("demo data", () => {
  it("has the four demo accounts with the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(DEMO_PASSWORD, user.passwordHash!)).toBe(true);
    }
  });

  it("tells the 27/12/2022 story: two points, their chairs, the 7 wards and the figures", async () => {
    const review = await db.meeting.findFirstOrThrow({
      where: { startsAt: new Date("2022-12-27T00:30:00Z") },
      include: { points: { include: { chair: true, invitations: { include: { unit: true } } } }, indicators: true },
    });
    const main = review.points.find((p) => p.isMain)!;
    const cuaLo = review.points.find((p) => !p.isMain)!;
    expect(main.chair?.fullName).toBe("Bùi Đình Long");
    expect(cuaLo.chair?.fullName).toBe("Hoàng Văn Phúc");
    expect(cuaLo.chair?.title).toBe("Phó Chủ tịch UBND thị xã");
    const wards = cuaLo.invitations
      .filter((i) => i.unit.kind === "WARD")
      .map((i) => i.unit.name)
      .sort();
    expect(wards).toEqual(
      [
        "Phường Nghi Hải",
        "Phường Nghi Hòa",
        "Phường Nghi Hương",
        "Phường Nghi Tân",
        "Phường Nghi Thu",
        "Phường Nghi Thủy",
        "Phường Thu Thủy",
      ].sort(),
    );
    const jobs = review.indicators.find((i) => i.name.includes("việc làm mới"))!;
    expect([jobs.actual, jobs.target]).toEqual([45_000, 43_000]);
    expect(Math.round((jobs.actual! / jobs.plan!) * 1000) / 10).toBe(104.9);
    const trainees = review.indicators.find((i) => i.name.includes("đào tạo nghề"))!;
    expect(Math.round((trainees.actual! / trainees.plan!) * 1000) / 10).toBe(98.8);
  });

  it("has the three agenda templates and marks the database as a demo", async () => {
    expect((await db.agendaTemplate.findMany()).map((t) => t.kind).sort()).toEqual([
      "BRIEFING",
      "MID_TERM_REVIEW",
      "YEAR_END_REVIEW",
    ]);
    expect((await db.appSetting.findUnique({ where: { key: "demo" } }))?.value).toBe("true");
  });

  it("stores every name in NFC", async () => {
    const names = [
      ...(await db.unit.findMany()).map((u) => u.name),
      ...(await db.official.findMany()).map((o) => o.fullName),
    ];
    expect(names.every((n) => n === n.normalize("NFC"))).toBe(true);
  });

  // Read as a văn phòng would: every seeded document renders, and says what it must.
  it("issues every letter it shows as sent, with a number of the organiser's register", async () => {
    const sent = await db.invitation.findMany({
      where: { sentAt: { not: null } },
      select: { id: true, meetingId: true, documentNumber: true },
    });
    expect(sent.length).toBeGreaterThan(30);
    expect(sent.filter((i) => !i.documentNumber)).toEqual([]);
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@hoinghi.local" } });
    for (const invitation of sent) {
      const { letter } = await invitationLetterFor(admin, invitation.meetingId, invitation.id);
      const text = docxParagraphs(docxPart(await renderInvitationDocx(letter), "word/document.xml")).join("\n");
      expect(text).toContain(`Số: ${invitation.documentNumber}`);
    }
    const registers = await db.documentRegister.findMany({ where: { typeCode: "GM" } });
    expect(registers.map((r) => r.lastNumber).sort((a, b) => a - b)).toEqual([57, 185, 212]);
  });

  it("has approved briefing minutes that list their conclusions and a notice that names the meeting", async () => {
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@hoinghi.local" } });
    const minutes = await db.minutes.findFirstOrThrow({
      where: { status: "APPROVED" },
      include: { conclusions: true },
    });
    expect(minutes.conclusions).toHaveLength(3);
    const bb = docxParagraphs(
      docxPart(await renderMinutesDocx(await minutesRecord(admin, minutes.id)), "word/document.xml"),
    );
    expect(bb).toContain("BIÊN BẢN");
    expect(bb).toContain("Giao ban tuần của Thường trực UBND thị xã");
    expect(bb.join("\n")).not.toMatch(/Biên bản giao ban/u);
    const conclusionsAt = bb.findIndex((p) => p.endsWith("giao nhiệm vụ cho các đơn vị như sau:"));
    expect(conclusionsAt).toBeGreaterThan(0);
    expect(bb[conclusionsAt + 1]).toMatch(/^1\. Phòng Lao động - Thương binh và Xã hội thị xã tổng hợp/u);
    expect(bb[conclusionsAt + 3]).toMatch(/^3\. UBND phường Nghi Hải hoàn thành rà soát/u);
    expect(bb).toEqual(expect.arrayContaining([expect.stringMatching(/^Cuộc họp kết thúc vào 09 giờ 30 phút/u)]));
    expect(bb).toContain("- Chủ tọa cuộc họp;");
    const tb = docxParagraphs(
      docxPart(await renderConclusionNoticeDocx(await noticeRecord(admin, minutes.id)), "word/document.xml"),
    ).join("\n");
    expect(tb).toContain("tại cuộc họp giao ban tuần của Thường trực UBND thị xã");
    expect(tb).toContain("Ủy ban nhân dân thị xã Cửa Lò tổ chức cuộc họp giao ban tuần của Thường trực UBND thị xã.");
    expect(tb).not.toMatch(/Biên bản/u);
    expect(tb).toMatch(/Số: 38\/TB-UBND/u);
    expect((await verifyMinutes(admin, { minutesId: minutes.id })).intact).toBe(true);
  });
});
