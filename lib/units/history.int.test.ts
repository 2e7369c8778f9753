import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getMeeting } from "@/lib/meetings/data";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { listUnits, unitsInvitableOn } from "./data";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
const LABOUR = "Sở Lao động - Thương binh và Xã hội";

beforeAll(async () => {
  users = await seedDemoOnce();
});

describe("unit history", () => {
  it("does not offer a merged unit for a new meeting, but offers its successor", async () => {
    const names = (await unitsInvitableOn(users.secretariat, new Date(), "so")).map((u) => u.name);
    expect(names).not.toContain(LABOUR);
    expect(names).toContain("Sở Nội vụ");
  });

  it("still offered it for a meeting dated before the merger", async () => {
    const names = (await unitsInvitableOn(users.secretariat, new Date("2022-12-27T00:30:00Z"), "lao dong")).map(
      (u) => u.name,
    );
    expect(names).toContain(LABOUR);
  });

  it("keeps the old name on the 2022 meeting", async () => {
    const review = await db.meeting.findFirstOrThrow({ where: { startsAt: new Date("2022-12-27T00:30:00Z") } });
    const meeting = await getMeeting(users.admin, review.id);
    const main = meeting.points.find((p) => p.isMain)!;
    expect(main.invitations.map((i) => i.unit.name)).toContain(LABOUR);
  });

  it("lists the merged unit with its successor only when history is asked for", async () => {
    expect((await listUnits(users.admin, { query: "lao dong thuong binh" })).map((u) => u.name)).not.toContain(LABOUR);
    const withHistory = await listUnits(users.admin, { query: "lao dong thuong binh", includeEnded: true });
    const merged = withHistory.find((u) => u.name === LABOUR)!;
    expect(merged.current).toBe(false);
    expect(merged.successions.map((s) => [s.kind, s.toUnit.name])).toEqual([["MERGED_INTO", "Sở Nội vụ"]]);
  });

  it("finds units without accents, including đ", async () => {
    expect((await listUnits(users.admin, { query: "nghi thuy" })).map((u) => u.name)).toEqual(["Phường Nghi Thủy"]);
    expect((await listUnits(users.admin, { query: "thi doan cua lo" })).map((u) => u.name)).toEqual([
      "Thị đoàn Cửa Lò",
    ]);
    expect((await listUnits(users.admin, { query: "lien doan lao dong" })).map((u) => u.name)).toEqual([
      "Liên đoàn Lao động thị xã",
    ]);
  });
});

describe("official search", () => {
  it("finds officials without accents and sorts by given name", async () => {
    const { listOfficials } = await import("@/lib/officials/data");
    expect((await listOfficials(users.secretariat, "hoang van phuc")).map((o) => o.fullName)).toEqual([
      "Hoàng Văn Phúc",
    ]);
    expect((await listOfficials(users.secretariat, "bui dinh")).map((o) => o.fullName)).toEqual(["Bùi Đình Long"]);
    const all = (await listOfficials(users.secretariat)).map((o) => o.fullName.split(" ").at(-1)!);
    expect(all.length).toBeGreaterThan(20);
    await expect(listOfficials(users.nghiHai)).rejects.toThrow("errors.forbidden");
  });
});
