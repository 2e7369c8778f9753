import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { verifyPassword } from "@/lib/auth/password";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts";

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
});
