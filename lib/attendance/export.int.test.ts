import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { dayKey } from "@/lib/datetime/vietnam";
import { runAction } from "@/lib/action";
import type { SessionUser } from "@/lib/auth/roles";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { statisticsPage } from "./data";
import { statisticsExportResponse } from "./export-response";
import { UNIT_HEADERS } from "./export";
import { markAttendanceMutation } from "./mutations";
import { resolvePeriod } from "./schema";

// The export route's builder (app/(app)/statistics/export/route.ts only adds the session), called with
// each kind of caller; the workbook is read back with exceljs as a spreadsheet program would.

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let provinceOffice: SessionUser;
const YEAR_2022 = "from=2022-01-01&to=2022-12-31";
const NOW = new Date("2023-01-10T09:00:00+07:00");

const get = (user: SessionUser | null, query: string) =>
  statisticsExportResponse(user, new URLSearchParams(query), NOW);

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The rows of a sheet below its header, as plain arrays of cell values. */
function rowsOf(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

beforeAll(async () => {
  users = await seedDemoOnce();
  const province = await db.unit.findFirstOrThrow({ where: { name: "Tỉnh Nghệ An" } });
  provinceOffice = await db.user.create({
    data: {
      email: "vanphong-tinh@test.local",
      name: "Văn phòng UBND tỉnh",
      role: "SECRETARIAT",
      unitId: province.id,
      passwordHash: "x",
    },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  // On the day, Nghi Hải's chair was away with a reason, and nobody checked in the policy officer of Nghi Thu.
  const hai = await db.attendee.findFirstOrThrow({ where: { fullName: "Nguyễn Văn Hải" } });
  expect(
    await runAction(markAttendanceMutation, users.secretariat, {
      attendeeId: hai.id,
      status: "ABSENT",
      absenceReason: "Đi công tác theo kế hoạch của tỉnh",
    }),
  ).toMatchObject({ ok: true });
  const hang = await db.attendee.findFirstOrThrow({ where: { fullName: "Lê Thị Hằng" } });
  expect(
    await runAction(markAttendanceMutation, users.secretariat, { attendeeId: hang.id, status: "EXPECTED" }),
  ).toMatchObject({ ok: true });
});

describe("GET /statistics/export refuses", () => {
  it("401 without a session, 403 for roles without statistics, as plain text", async () => {
    const signedOut = await get(null, `format=xlsx&${YEAR_2022}`);
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await signedOut.text()).toBe("Cần đăng nhập để tải thống kê.\n");
    for (const user of [users.nghiHai, users.chair]) {
      const response = await get(user, `format=xlsx&${YEAR_2022}`);
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("không được xem thống kê");
    }
  });

  it("400 for a bad format, report, date, backwards or repeated parameter — never 500", async () => {
    for (const query of [
      "",
      "format=pdf",
      "format=csv&report=people",
      "format=xlsx&from=2022-02-30",
      "format=xlsx&from=27/12/2022",
      "format=csv&from=2023-01-01&to=2022-01-01",
      "format=csv&from=2000-01-01&to=2022-12-31",
      "format=csv&format=xlsx",
    ]) {
      const response = await get(users.admin, query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect((await response.text()).length).toBeGreaterThan(10);
    }
  });
});

describe("the workbook of the 2022 conference", () => {
  it("has a Vietnamese header and one row per invited unit, with number cells", async () => {
    const response = await get(users.admin, `format=xlsx&${YEAR_2022}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="thong-ke-tham-du_2022-01-01_2022-12-31.xlsx"',
    );
    const workbook = await workbookOf(response);
    const sheet = workbook.getWorksheet("Theo đơn vị")!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(UNIT_HEADERS);

    const rows = rowsOf(sheet);
    // 2 units at the main point, the town's 10 offices and organisations and its 7 wards at Cửa Lò.
    expect(rows).toHaveLength(19);
    const names = rows.map((r) => r[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        "Sở Lao động - Thương binh và Xã hội",
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Trường THPT Cửa Lò",
        "Phường Nghi Hải",
        "Phường Thu Thủy",
      ]),
    );
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    const row = (name: string) => rows.find((r) => r[1] === name)!;
    // STT, unit, invited, on time, late, not answered, declined, substitute, present, absent with/without reason, rates
    expect(row("Phường Nghi Hải")).toEqual([expect.any(Number), "Phường Nghi Hải", 1, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0.5]);
    expect(row("Phường Nghi Hương")).toEqual([
      expect.any(Number),
      "Phường Nghi Hương",
      1,
      1,
      0,
      0,
      0,
      1,
      2,
      0,
      0,
      1,
      1,
    ]);
    expect(row("Phường Nghi Thu")).toEqual([expect.any(Number), "Phường Nghi Thu", 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 0.5]);
    expect(row("Trường THPT Cửa Lò")).toEqual([
      expect.any(Number),
      "Trường THPT Cửa Lò",
      1,
      1,
      0,
      0,
      0,
      0,
      1,
      0,
      0,
      1,
      1,
    ]);
    expect(sheet.getRow(2).getCell(13).numFmt).toBe("0.0%");

    const points = rowsOf(workbook.getWorksheet("Theo điểm cầu")!);
    expect(points.map((p) => p[3])).toEqual([
      "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An",
      "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã",
    ]);
    // Cửa Lò: 17 units, 24 people, 22 on site, 1 absent with a reason, 1 never checked in.
    expect(points[1]!.slice(5)).toEqual([17, 24, 22, 0, 1, 1, 0, 0, 22, 0.917]);
    const meetings = rowsOf(workbook.getWorksheet("Theo hội nghị")!);
    expect(meetings).toHaveLength(1);
    expect((meetings[0]![2] as Date).toISOString()).toBe("2022-12-27T07:30:00.000Z");
  });

  it("gives the province's secretariat the same units, and the town's none (it organised nothing in 2022)", async () => {
    const province = rowsOf(
      (await workbookOf(await get(provinceOffice, `format=xlsx&${YEAR_2022}`))).getWorksheet("Theo đơn vị")!,
    );
    expect(province).toHaveLength(19);
    const town = await workbookOf(await get(users.secretariat, `format=xlsx&${YEAR_2022}`));
    expect(rowsOf(town.getWorksheet("Theo đơn vị")!)).toEqual([]);
    expect(town.getWorksheet("Thông tin")!.getRow(3).getCell(2).value).toBe("Hội nghị do Thị xã Cửa Lò tổ chức");
  });
});

describe("the CSV", () => {
  it("is UTF-8 with a byte-order mark, CRLF lines, a Vietnamese header and one row per unit", async () => {
    const response = await get(users.admin, `format=csv&${YEAR_2022}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="thong-ke-tham-du_2022-01-01_2022-12-31.csv"',
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "STT,Đơn vị,Số lần được mời,Trả lời đúng hạn,Trả lời muộn,Chưa trả lời,Từ chối,Cử người dự thay,Có mặt (người),Vắng có lý do (người),Vắng không lý do (người),Tỷ lệ trả lời đúng hạn (%),Tỷ lệ có mặt (%)",
    );
    expect(lines).toHaveLength(21); // header, 19 units, the empty end after the last CRLF
    expect(lines.find((l) => l.includes(",Phường Nghi Hải,"))).toMatch(
      /^\d+,Phường Nghi Hải,1,1,0,0,0,0,1,1,0,100,50$/,
    );
    expect(text).toBe(text.normalize("NFC"));
  });

  it("also exports per point", async () => {
    const text = await (await get(users.admin, `format=csv&report=points&${YEAR_2022}`)).text();
    expect(text.split("\r\n")).toHaveLength(4);
    expect(text).toContain("Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã");
  });
});

describe("the statistics", () => {
  it("count the upcoming demo meetings as not yet answered, and leave drafts out", async () => {
    // The demo's upcoming meetings lie within 60 days of today.
    const now = new Date();
    const period = resolvePeriod({ from: dayKey(now), to: dayKey(new Date(now.getTime() + 90 * 86_400_000)) }, now);
    if (!period.ok) throw new Error("period");
    const stats = await statisticsPage(users.admin, period.period, { unitPage: 1, pointPage: 1 }, now);
    expect(stats.meetings.groups.map((g) => g.meeting.title)).not.toContain(
      "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027",
    );
    expect(stats.totals.meetings).toBe(
      await db.meeting.count({
        where: { status: { in: ["SCHEDULED", "HELD"] }, startsAt: { gte: period.period.start } },
      }),
    );
    const nghiHai = stats.units.rows.find((u) => u.unitName === "Phường Nghi Hải")!;
    expect(nghiHai).toMatchObject({
      invited: 2,
      notAnswered: 2,
      answeredOnTime: 0,
      present: 0,
      absentWithoutReason: 0,
    });
  });

  it("refuse a unit representative", async () => {
    const period = resolvePeriod({}, NOW);
    if (!period.ok) throw new Error("period");
    await expect(statisticsPage(users.nghiHai, period.period, { unitPage: 1, pointPage: 1 })).rejects.toMatchObject({
      key: "errors.forbidden",
    });
  });
});
