import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, fillMoment, openFromMenu, pick, signIn, test } from "./fixtures";

// Check-in on the day at the Cửa Lò point, by its secretary (Nguyễn Thị Hà, vanphong@), then the
// statistics and their workbook. Check-in only opens on the meeting's day, so the test schedules an
// urgent meeting for today through the UI; the units have not answered yet (answering is another
// screen), so the people are added at the door as walk-ins. Each project takes its own hour of the
// day so the desktop and phone runs never double-book the hall.

const POINT = "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã";

/** Today's date in Vietnam, as a date input takes it. */
function vietnamToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

async function scheduleUrgentMeetingToday(page: Page, title: string, start: string, end: string) {
  const day = vietnamToday();
  await page.goto("/meetings");
  await page.getByRole("link", { name: "Tạo hội nghị" }).click();
  await page.getByLabel("Tên hội nghị").fill(title);
  await page.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
  await page.getByLabel("Hình thức").selectOption({ label: "Kết hợp" });
  await fillMoment(page, "Bắt đầu", `${day}T${start}`);
  await fillMoment(page, "Kết thúc", `${day}T${end}`);
  await page.getByLabel("Khẩn (được gửi giấy mời muộn hơn 3 ngày làm việc)").check();
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const add = page.getByRole("region", { name: "Thêm điểm cầu" });
  await pick(add.getByRole("combobox", { name: "Điểm cầu", exact: true }), "điểm cầu cửa lò", POINT);
  await add.getByLabel("Điểm cầu chính").check();
  await add.getByRole("button", { name: "Thêm điểm cầu" }).click();
  const point = page.getByRole("region", { name: POINT });
  await expect(point).toBeVisible();

  await point.getByText("Mời đơn vị tại điểm cầu này").click();
  await point.getByLabel("Cách chọn").selectOption({ label: "Các đơn vị hành chính trực thuộc (ví dụ: các phường)" });
  await pick(point.getByRole("combobox", { name: "Trực thuộc đơn vị" }), "thị xã cửa lò", "Thị xã Cửa Lò");
  await point.getByLabel("Số chỗ mỗi đơn vị").fill("2");
  await point.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(point.getByText("Đã mời 7 đơn vị (0 đơn vị đã được mời trước đó).")).toBeVisible();
  await page.getByRole("button", { name: "Gửi giấy mời (7 đơn vị)" }).click();
  // Sent: each unit's line now offers its letter (the confirmation itself may be refreshed away).
  await expect(point.getByRole("link", { name: ".docx" })).toHaveCount(7);

  // The meeting page's link to check-in is added by its owner; until then, build the address.
  const meetingId = new URL(page.url()).pathname.split("/").pop()!;
  const pointId = (await point.getByRole("heading", { level: 2 }).getAttribute("id"))!.replace(/^point-/, "");
  return `/meetings/${meetingId}/points/${pointId}/check-in`;
}

async function addWalkIn(page: Page, fullName: string, title: string, unit: string) {
  const form = page.getByRole("region", { name: "Thêm người dự phát sinh" });
  await form.getByLabel("Họ và tên").fill(fullName);
  await form.getByLabel("Chức vụ").fill(title);
  await form.getByLabel("Đơn vị (nếu có)").fill(unit);
  await form.getByRole("button", { name: "Thêm người dự" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã thêm ${fullName}, có mặt tại điểm cầu.`);
}

const buttonsOf = (page: Page, fullName: string) => page.getByRole("group", { name: `Điểm danh ${fullName}` });
const counts = (page: Page) => page.getByRole("region", { name: "Số người tại điểm cầu" });

test("the point's secretary checks people in on the day, and the statistics download as a workbook", async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  const phone = testInfo.project.name === "phone";
  const title = `Giao ban đột xuất về công tác lao động, việc làm${phone ? " (điện thoại)" : ""}`;
  await signIn(page, "vanphong@hoinghi.local");
  const checkIn = await scheduleUrgentMeetingToday(page, title, phone ? "21:00" : "22:00", phone ? "21:45" : "22:45");

  await page.goto(checkIn);
  await expect(page.getByRole("heading", { level: 1, name: `Điểm danh: ${POINT}` })).toBeVisible();
  await expect(counts(page)).toContainText("Có mặt 0/0");
  const nobody = page.getByRole("region", { name: "Đơn vị chưa có người dự kiến" });
  await expect(nobody.getByRole("listitem")).toHaveCount(7);
  await expect(nobody.getByRole("listitem").filter({ hasText: "Phường Nghi Hải" })).toContainText("Chưa trả lời");

  // People arrive: two from Nghi Hải (typed without accents), one from Nghi Hòa, and a journalist.
  await addWalkIn(page, "Nguyễn Văn Hải", "Chủ tịch UBND phường Nghi Hải", "phuong nghi hai");
  await addWalkIn(page, "Trần Thị Lan", "Công chức Văn hóa - Xã hội", "Phường Nghi Hải");
  await addWalkIn(page, "Lê Văn Hòa", "Chủ tịch UBND phường Nghi Hòa", "Phường Nghi Hòa");
  await addWalkIn(page, "Lê Thị Hồng", "Phóng viên", "Báo Nghệ An");
  await expect(counts(page)).toContainText("Có mặt 4/4");
  const nghiHai = page.getByRole("region", { name: "Phường Nghi Hải" });
  await expect(nghiHai.getByText("2/2 có mặt")).toBeVisible();
  // Listed by given name: Hải before Lan.
  await expect(nghiHai.getByRole("listitem").first()).toContainText("Nguyễn Văn Hải");
  await expect(
    page.getByRole("region", { name: "Người dự phát sinh" }).getByText("Phóng viên, Báo Nghệ An"),
  ).toBeVisible();

  // Trần Thị Lan follows online.
  await buttonsOf(page, "Trần Thị Lan").getByRole("button", { name: "Trực tuyến" }).click();
  await expect(buttonsOf(page, "Trần Thị Lan").getByRole("button", { name: "Trực tuyến" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(counts(page).getByRole("definition").nth(1)).toHaveText("1");

  // Lê Văn Hòa is called away: absent needs a reason.
  const hoa = page.getByRole("listitem").filter({ has: buttonsOf(page, "Lê Văn Hòa") });
  await buttonsOf(page, "Lê Văn Hòa").getByRole("button", { name: "Vắng" }).click();
  await expect(hoa.getByLabel("Lý do vắng")).toBeFocused();
  await hoa.getByRole("button", { name: "Ghi nhận vắng" }).click();
  await expect(hoa.getByText("Vui lòng nhập lý do vắng.")).toBeVisible();
  await hoa.getByLabel("Lý do vắng").fill("Được triệu tập họp đột xuất tại phường");
  await hoa.getByRole("button", { name: "Ghi nhận vắng" }).click();
  await expect(counts(page)).toContainText("Có mặt 3/4");
  await expect(buttonsOf(page, "Lê Văn Hòa").getByRole("button", { name: "Vắng" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // A second look (another phone, a reload) shows the same.
  await page.reload();
  await expect(counts(page)).toContainText("Có mặt 3/4");
  await expect(buttonsOf(page, "Trần Thị Lan").getByRole("button", { name: "Trực tuyến" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: buttonsOf(page, "Lê Văn Hòa") })
      .getByLabel("Lý do vắng"),
  ).toHaveValue("Được triệu tập họp đột xuất tại phường");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("check-in.png"), fullPage: true });

  // The statistics of this year, then the workbook.
  await openFromMenu(page, "Thống kê");
  await expect(page.getByRole("heading", { level: 1, name: "Thống kê" })).toBeVisible();
  const perUnit = page.getByRole("region", { name: "Theo đơn vị được mời" });
  await expect(perUnit.getByRole("rowheader", { name: "Phường Nghi Hải" })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Theo hội nghị và điểm cầu" }).getByRole("link", { name: title, exact: true }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("statistics.png"), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Excel (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^thong-ke-tham-du_\d{4}-01-01_\d{4}-12-31\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()).buffer as ArrayBuffer);

  const units = workbook.getWorksheet("Theo đơn vị")!;
  expect((units.getRow(1).values as unknown[]).slice(1, 4)).toEqual(["STT", "Đơn vị", "Số lần được mời"]);
  const unitRows: unknown[][] = [];
  units.eachRow((row, n) => {
    if (n > 1) unitRows.push((row.values as unknown[]).slice(1));
  });
  const wards = unitRows.filter((r) => String(r[1]).startsWith("Phường "));
  expect(wards.map((r) => r[1])).toEqual(
    expect.arrayContaining(["Phường Nghi Hải", "Phường Nghi Hòa", "Phường Thu Thủy"]),
  );
  const hai = unitRows.find((r) => r[1] === "Phường Nghi Hải")!;
  expect(hai[2]).toBeGreaterThanOrEqual(1); // invited
  expect(hai[8]).toBeGreaterThanOrEqual(2); // present: Hải and Lan (the other project's run may add its own)

  // This meeting's own line is exact: 4 people, 2 on site, 1 online, 1 absent with a reason, all walk-ins.
  const points: unknown[][] = [];
  workbook.getWorksheet("Theo điểm cầu")!.eachRow((row) => points.push((row.values as unknown[]).slice(1)));
  const line = points.find((r) => r[1] === title)!;
  expect(line[3]).toBe(POINT);
  expect(line.slice(5, 14)).toEqual([7, 4, 2, 1, 1, 0, 0, 4, 3]);
});
