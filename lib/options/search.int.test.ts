import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import { searchKey } from "@/lib/text/normalize";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { searchConnectionPoints, searchOfficials, searchUnits } from "./search";
import { OPTION_LIMIT, type OptionPage } from "./query";

// The route reads the session through currentUser; here the test says who is calling.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ currentUser: async () => session.user }));
const { GET } = await import("@/app/api/options/[list]/route");

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
const CONFERENCE = new Date("2022-12-27T00:30:00Z"); // the demo's 27/12/2022 conference, before the 2025 merge
const labels = (page: OptionPage) => page.options.map((o) => o.label);

async function unit(name: string, parentId: string | null, kind: "PARTY_BODY" | "OTHER" = "OTHER") {
  return db.unit.create({
    data: { name, nameAscii: searchKey(name), kind, block: kind === "PARTY_BODY" ? "PARTY" : "GOVERNMENT", parentId },
  });
}

beforeAll(async () => {
  users = await seedDemoOnce();
  const nghiHai = await db.unit.findFirstOrThrow({ where: { name: "Phường Nghi Hải" } });
  await unit("Đảng ủy phường Nghi Hải", nghiHai.id, "PARTY_BODY");
  // More residential groups than a picker shows: 25 of them.
  for (let i = 1; i <= 25; i++) await unit(`Tổ dân phố số ${String(i).padStart(2, "0")} phường Nghi Hải`, nghiHai.id);
  // The labour director left the post when the department merged away.
  await db.official.updateMany({
    where: { fullName: "Nguyễn Văn Quang" },
    data: { validTo: new Date("2025-02-28T17:00:00Z") },
  });
});

describe("searching units as the user types", () => {
  it("ignores accents and đ, and matches every word in any order", async () => {
    expect(labels(await searchUnits(users.admin, { q: "nghi hai", purpose: "meeting" }))).toEqual(
      expect.arrayContaining(["Phường Nghi Hải", "Đảng ủy phường Nghi Hải"]),
    );
    expect(labels(await searchUnits(users.admin, { q: "dang", purpose: "meeting" }))).toContain(
      "Đảng ủy phường Nghi Hải",
    );
    expect(labels(await searchUnits(users.admin, { q: "ĐẢNG", purpose: "meeting" }))).toContain(
      "Đảng ủy phường Nghi Hải",
    );
    // Typed on a phone in decomposed form, in another order.
    expect(labels(await searchUnits(users.admin, { q: "Hải Nghi".normalize("NFD"), purpose: "meeting" }))).toContain(
      "Phường Nghi Hải",
    );
  });

  it("returns at most 20, in name order, and says there are more", async () => {
    const page = await searchUnits(users.secretariat, { q: "to dan pho", purpose: "meeting" });
    expect(page.options).toHaveLength(OPTION_LIMIT);
    expect(page.more).toBe(true);
    expect(labels(page)).toEqual(
      Array.from({ length: 20 }, (_, i) => `Tổ dân phố số ${String(i + 1).padStart(2, "0")} phường Nghi Hải`),
    );
    expect(labels(page)).not.toContain("Tổ dân phố số 21 phường Nghi Hải");
    // The rest are found by typing more.
    expect(labels(await searchUnits(users.secretariat, { q: "to dan pho 23", purpose: "meeting" }))).toEqual([
      "Tổ dân phố số 23 phường Nghi Hải",
    ]);
  });

  it("offers only the units existing on the meeting's date", async () => {
    expect(labels(await searchUnits(users.secretariat, { q: "so lao dong", purpose: "meeting" }))).not.toContain(
      "Sở Lao động - Thương binh và Xã hội",
    );
    expect(
      labels(await searchUnits(users.secretariat, { q: "so lao dong", purpose: "meeting", at: CONFERENCE })),
    ).toContain("Sở Lao động - Thương binh và Xã hội");
  });

  it("offers as parents only units with units under them", async () => {
    const parents = labels(await searchUnits(users.secretariat, { q: "", purpose: "meeting-parent" }));
    expect(parents).toEqual(expect.arrayContaining(["Tỉnh Nghệ An", "Thị xã Cửa Lò", "Phường Nghi Hải"]));
    expect(parents).not.toContain("Phường Nghi Hòa");
  });

  it("offers a secretariat as point hosts only its unit and those under it", async () => {
    expect(labels(await searchUnits(users.secretariat, { q: "tinh nghe an", purpose: "point-host" }))).toEqual([]);
    expect(labels(await searchUnits(users.secretariat, { q: "cua lo", purpose: "point-host" }))).toEqual(
      expect.arrayContaining(["Thị xã Cửa Lò", "Trường THPT Cửa Lò"]),
    );
    expect(labels(await searchUnits(users.admin, { q: "tinh nghe an", purpose: "point-host" }))).toEqual([
      "Tỉnh Nghệ An",
    ]);
  });

  it("offers a secretariat as officials' units only its unit and those under it", async () => {
    expect(labels(await searchUnits(users.secretariat, { q: "tinh nghe an", purpose: "official-unit" }))).toEqual([]);
    expect(labels(await searchUnits(users.secretariat, { q: "nghi hai", purpose: "official-unit" }))).toEqual([
      "Phường Nghi Hải",
    ]);
  });

  it("offers the administrator, for a merger or split, every unit that has not ceased", async () => {
    const units = labels(await searchUnits(users.admin, { q: "so", purpose: "unit-change" }));
    expect(units).toContain("Sở Nội vụ");
    expect(units).not.toContain("Sở Lao động - Thương binh và Xã hội");
    await expect(searchUnits(users.secretariat, { q: "", purpose: "unit-change" })).rejects.toBeInstanceOf(
      AccessDenied,
    );
  });

  it("refuses callers the pages refuse", async () => {
    await expect(searchUnits(users.nghiHai, { q: "", purpose: "meeting" })).rejects.toBeInstanceOf(AccessDenied);
    await expect(searchUnits(users.chair, { q: "", purpose: "meeting" })).rejects.toBeInstanceOf(AccessDenied);
    // The registry's parent picker is the administrator's.
    await expect(searchUnits(users.secretariat, { q: "", purpose: "unit-parent" })).rejects.toBeInstanceOf(
      AccessDenied,
    );
    expect(labels(await searchUnits(users.admin, { q: "cua lo", purpose: "unit-parent" }))).toContain("Thị xã Cửa Lò");
    // So is the unit of an account.
    await expect(searchUnits(users.secretariat, { q: "", purpose: "account" })).rejects.toBeInstanceOf(AccessDenied);
    expect(labels(await searchUnits(users.admin, { q: "nghi thu", purpose: "account" }))).toContain("Phường Nghi Thu");
  });
});

describe("searching officials and connection points", () => {
  it("finds officials accent-free and only those in post on the meeting's date", async () => {
    expect(labels(await searchOfficials(users.secretariat, { q: "dang thi hoa" }))).toEqual([
      "Đặng Thị Hoa — Công chức Văn hóa - Xã hội (Lao động - Thương binh và Xã hội)",
    ]);
    expect(labels(await searchOfficials(users.secretariat, { q: "quang" }))).toEqual([]);
    expect(labels(await searchOfficials(users.secretariat, { q: "quang", at: CONFERENCE }))).toEqual([
      "Nguyễn Văn Quang — Giám đốc Sở Lao động - Thương binh và Xã hội",
    ]);
    await expect(searchOfficials(users.nghiHai, { q: "" })).rejects.toBeInstanceOf(AccessDenied);
  });

  it("offers only one unit's officials when the picker names it (a host choosing its point's chair)", async () => {
    const town = await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } });
    expect(labels(await searchOfficials(users.secretariat, { q: "", unit: town.id }))).toEqual([
      "Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã",
    ]);
    expect(labels(await searchOfficials(users.secretariat, { q: "bui dinh long", unit: town.id }))).toEqual([]);
    expect(labels(await searchOfficials(users.secretariat, { q: "bui dinh long" }))).toHaveLength(1);
  });

  it("finds connection points accent-free", async () => {
    expect(labels(await searchConnectionPoints(users.secretariat, { q: "cua lo hoi truong" }))).toEqual([
      "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã",
    ]);
    await expect(searchConnectionPoints(users.chair, { q: "" })).rejects.toBeInstanceOf(AccessDenied);
  });
});

describe("GET /api/options/…", () => {
  const call = async (user: SessionUser | null, list: string, query: string) => {
    session.user = user;
    return GET(new Request(`http://localhost/api/options/${list}?${query}`), { params: Promise.resolve({ list }) });
  };

  it("answers a permitted caller with the matches, uncached", async () => {
    const response = await call(
      users.secretariat,
      "units",
      `purpose=meeting&at=${CONFERENCE.toISOString()}&q=nghi%20hai`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const page = (await response.json()) as OptionPage;
    expect(labels(page)).toContain("Phường Nghi Hải");
    expect(page.options.length).toBeLessThanOrEqual(OPTION_LIMIT);
  });

  it("answers 401 without a session and 403 to a role the page refuses", async () => {
    expect((await call(null, "officials", "q=")).status).toBe(401);
    expect((await call(users.nghiHai, "officials", "q=")).status).toBe(403);
    expect((await call(users.chair, "connection-points", "q=")).status).toBe(403);
    expect((await call(users.secretariat, "units", "purpose=unit-parent&q=")).status).toBe(403);
  });

  it("answers 400 to a malformed query", async () => {
    expect((await call(users.admin, "units", "q=a")).status).toBe(400);
    expect((await call(users.admin, "users", "q=a")).status).toBe(400);
    expect((await call(users.admin, "officials", "at=soon")).status).toBe(400);
  });
});
