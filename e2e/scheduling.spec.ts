import { unzipSync, strFromU8 } from "fflate";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { dayAfter, demoDays } from "@/lib/demo/calendar";
import { expect, expectAccessible, fillMoment, pick, signIn, test } from "./fixtures";

const WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
/** "YYYY-MM-DD" → "Thứ Năm, 02/09/2027", as the app writes a day. */
const dayLabel = (day: string) =>
  `${WEEKDAYS[new Date(`${day}T12:00:00Z`).getUTCDay()]}, ${day.split("-").reverse().join("/")}`;

// The secretariat's main journey: a Cửa Lò-style conference with two points and the 7 wards, a chair
// conflict seen and fixed, the letters sent, downloaded and read, and the ward seeing its invitation.
// Each project works on its own day, one the demo leaves free, so the desktop and phone runs never clash
// with each other or with a demo meeting, whatever the weekday.

async function createMeeting(
  page: Page,
  fields: { title: string; kind: string; mode: string; starts: string; ends: string },
) {
  await page.goto("/meetings");
  await page.getByRole("link", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tạo hội nghị" })).toBeVisible();
  await page.getByLabel("Tên hội nghị").fill(fields.title);
  await page.getByLabel("Loại hội nghị").selectOption({ label: fields.kind });
  await page.getByLabel("Hình thức").selectOption({ label: fields.mode });
  await fillMoment(page, "Bắt đầu", fields.starts);
  await fillMoment(page, "Kết thúc", fields.ends);
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: fields.title })).toBeVisible();
}

async function addPoint(page: Page, point: string, chair: string | null, main: boolean) {
  const form = page.getByRole("region", { name: "Thêm điểm cầu" });
  await pick(form.getByRole("combobox", { name: "Điểm cầu", exact: true }), point, point);
  // Found by the official's name alone.
  if (chair) await pick(form.getByRole("combobox", { name: "Chủ trì tại điểm cầu" }), chair.split(" — ")[0]!, chair);
  if (main) await form.getByLabel("Điểm cầu chính").check();
  await form.getByRole("button", { name: "Thêm điểm cầu" }).click();
  return form;
}

test("the secretariat schedules a two-point conference and the ward receives the invitation", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const now = new Date();
  const day = dayAfter(now, demoDays(now).free[testInfo.project.name === "phone" ? 1 : 0]);
  const suffix = testInfo.project.name === "phone" ? " (điện thoại)" : "";
  const briefing = `Giao ban Thường trực UBND thị xã${suffix}`;
  const conference = `Hội nghị trực tuyến sơ kết công tác lao động, việc làm${suffix}`;
  const phuc = "Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã";

  await signIn(page, "vanphong@hoinghi.local");

  // A briefing chaired by Hoàng Văn Phúc that morning.
  await createMeeting(page, {
    title: briefing,
    kind: "Giao ban",
    mode: "Trực tiếp",
    starts: `${day}T07:30`,
    ends: `${day}T09:00`,
  });
  await addPoint(page, "Phòng họp số 1 - UBND thị xã Cửa Lò", phuc, true);
  await expect(
    page
      .getByRole("region", { name: "Phòng họp số 1 - UBND thị xã Cửa Lò" })
      .getByRole("definition")
      .filter({ hasText: phuc }),
  ).toBeVisible();
  const briefingUrl = page.url();

  // The conference overlaps it: choosing the same chair at the Cửa Lò point is refused, in words.
  await createMeeting(page, {
    title: conference,
    kind: "Sơ kết",
    mode: "Kết hợp",
    starts: `${day}T08:00`,
    ends: `${day}T11:30`,
  });
  await addPoint(page, "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An", "Bùi Đình Long — Phó Chủ tịch UBND tỉnh", true);
  await expect(page.getByRole("region", { name: "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An" })).toBeVisible();
  const form = await addPoint(page, "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã", phuc, false);
  await expect(form.getByRole("alert")).toHaveText("Chưa lưu vì có xung đột lịch:");
  await expect(
    form.getByText(`Đồng chí Hoàng Văn Phúc đã chủ trì hội nghị “${briefing}”`, { exact: false }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("conflict.png"), fullPage: true });
  const conferenceUrl = page.url();

  // Fix: move the briefing to the afternoon, then the chair is free.
  await page.goto(briefingUrl);
  await page.getByRole("link", { name: "Sửa, dời lịch, hủy" }).click();
  await fillMoment(page, "Bắt đầu", `${day}T14:00`);
  await fillMoment(page, "Kết thúc", `${day}T15:30`);
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("từ 14:00 đến 15:30")).toBeVisible();

  await page.goto(conferenceUrl);
  await addPoint(page, "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã", phuc, false);
  const cuaLo = page.getByRole("region", { name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã" });
  await expect(cuaLo.getByRole("definition").filter({ hasText: phuc })).toBeVisible();

  // The 7 wards through the children picker.
  await cuaLo.getByText("Mời đơn vị tại điểm cầu này").click();
  await cuaLo.getByLabel("Cách chọn").selectOption({ label: "Các đơn vị hành chính trực thuộc (ví dụ: các phường)" });
  await pick(cuaLo.getByRole("combobox", { name: "Trực thuộc đơn vị" }), "cửa lò", "Thị xã Cửa Lò");
  await cuaLo.getByLabel("Số chỗ mỗi đơn vị").fill("2");
  await cuaLo.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(cuaLo.getByText("Đã mời 7 đơn vị (0 đơn vị đã được mời trước đó).")).toBeVisible();
  for (const ward of ["Nghi Hải", "Nghi Hòa", "Nghi Hương", "Nghi Tân", "Nghi Thu", "Nghi Thủy", "Thu Thủy"]) {
    await expect(cuaLo.getByText(`Phường ${ward}`, { exact: true })).toBeVisible();
  }

  // A point's other forms are in the page only once opened (the meeting page would otherwise carry
  // three forms per point): opened from the keyboard, the chair's picker shows the point's chair.
  await expect(cuaLo.getByRole("combobox", { name: "Chủ trì tại điểm cầu" })).toHaveCount(0);
  await cuaLo.getByText("Chủ trì, kiểm tra kỹ thuật", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(cuaLo.getByRole("combobox", { name: "Chủ trì tại điểm cầu" })).toHaveValue(/Hoàng Văn Phúc/);
  await expect(cuaLo.getByLabel("Kết quả", { exact: true })).toHaveCount(0);
  await cuaLo.getByText("Ghi kết quả kiểm tra kỹ thuật", { exact: true }).click();
  await cuaLo.getByLabel("Kết quả", { exact: true }).selectOption({ label: "Sẵn sàng" });
  await cuaLo.getByRole("button", { name: "Ghi kết quả kiểm tra kỹ thuật" }).click();
  await expect(cuaLo.getByText("Đã ghi kết quả kiểm tra.")).toBeVisible();
  await expect(cuaLo.getByText("Chưa kiểm tra", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("point-opened.png"), fullPage: true });

  // Send: one number from the register for the mailing.
  await page.getByRole("button", { name: "Gửi giấy mời (7 đơn vị)" }).click();
  // The meeting page keeps the mailing's number and time once the confirmation has gone.
  await expect(page.getByText(/^Số \d{2,}\/GM-UBND, gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Gửi giấy mời/ })).toHaveCount(0);

  // Remind the 7 wards once; the button then names the reminder's time and stays off for a while.
  const remind = page.getByRole("region", { name: "Nhắc trả lời" });
  await remind.getByRole("button", { name: "Nhắc các đơn vị chưa trả lời (7)" }).click();
  await expect(remind.getByText(/^Đã nhắc 7 đơn vị: thông báo trên hệ thống và \d+ thư điện tử\.$/)).toBeVisible();
  await expect(
    remind.getByRole("button", {
      name: /^Đã nhắc lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} · nhắc lại được từ \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/,
    }),
  ).toBeDisabled();
  await remind.screenshot({ path: testInfo.outputPath("reminded.png") });
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("conference.png"), fullPage: true });

  // The Word letter for phường Nghi Hải, opened and read.
  const nghiHai = cuaLo.getByRole("listitem").filter({ hasText: "Phường Nghi Hải" });
  const [docx] = await Promise.all([
    page.waitForEvent("download"),
    nghiHai.getByRole("link", { name: ".docx" }).click(),
  ]);
  const files = unzipSync(readFileSync(await docx.path()));
  const text = strFromU8(files["word/document.xml"]!).replace(/<[^>]+>/g, "");
  for (const expected of [
    "GIẤY MỜI",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "trân trọng kính mời",
    "Phường Nghi Hải",
    "Hoàng Văn Phúc",
    "/GM-UBND",
    "Lưu: VT",
  ]) {
    expect(text).toContain(expected);
  }
  expect(strFromU8(files["word/styles.xml"]!)).toContain("Times New Roman");

  // The printable letter.
  await nghiHai.getByRole("link", { name: "Giấy mời" }).click();
  await expect(page.getByText("trân trọng kính mời", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("letter.png"), fullPage: true });

  // The calendar file.
  await page.goto(conferenceUrl);
  const [ics] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tải về lịch (.ics)" }).click(),
  ]);
  const calendar = readFileSync(await ics.path(), "utf8");
  expect(calendar).toContain("BEGIN:VCALENDAR");
  expect(calendar.replace(/\r\n[ \t]/g, "")).toContain("sơ kết công tác lao động");

  // The ward representative, on their own device, sees the invitation arrive.
  const ward = await browser.newPage({ viewport: page.viewportSize() ?? undefined });
  await signIn(ward, "nghihai@hoinghi.local");
  await expect(ward.getByRole("link", { name: conference, exact: true })).toBeVisible();
  await ward.close();
});

test("a meeting put on a public holiday or a weekend is saved with a warning naming the day", async ({
  page,
}, testInfo) => {
  // A year of its own per project (the settings spec fills the next two), Quốc khánh on 2/9.
  const thisYear = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
  const year = thisYear + (testInfo.project.name === "phone" ? 4 : 3);
  const holiday = `${year}-09-02`;
  // The first Sunday after the holiday (2/9 may itself be one) and the Tuesday after that.
  const weekend = new Date(`${holiday}T12:00:00Z`);
  weekend.setUTCDate(weekend.getUTCDate() + 1);
  while (weekend.getUTCDay() !== 0) weekend.setUTCDate(weekend.getUTCDate() + 1);
  const sunday = weekend.toISOString().slice(0, 10);
  const tuesday = new Date(weekend.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
  const title = `Gặp mặt kỷ niệm Quốc khánh năm ${year}`;

  await signIn(page, "admin@hoinghi.local");
  await page.goto(`/admin/holidays?year=${year}`);
  const add = page.getByRole("region", { name: "Thêm ngày" });
  await add.getByLabel("Ngày", { exact: true }).fill(holiday);
  await add.getByLabel("Tên ngày").fill("Quốc khánh");
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm ngày.");
  await page.context().clearCookies();

  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/meetings/new");
  await page.getByLabel("Tên hội nghị").fill(title);
  const onHoliday = `Ngày họp ${dayLabel(holiday)} là ngày nghỉ: Quốc khánh.`;
  // Told as the day is typed, before saving: the holiday by its name, a Sunday as not a working day.
  await fillMoment(page, "Bắt đầu", `${sunday}T08:00`);
  await expect(page.getByText(`Ngày họp ${dayLabel(sunday)} không phải ngày làm việc.`)).toBeVisible();
  await fillMoment(page, "Bắt đầu", `${tuesday}T08:00`);
  await expect(page.getByText(/^Ngày họp /)).toHaveCount(0);
  await fillMoment(page, "Bắt đầu", `${holiday}T08:00`);
  await fillMoment(page, "Kết thúc", `${holiday}T10:00`);
  await expect(page.getByText(onHoliday)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("holiday-warning-form.png"), fullPage: true });

  // A warning, not a refusal: the meeting is saved, and its page keeps saying so.
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lưu ý về lịch" }).getByRole("listitem")).toHaveText([onHoliday]);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("holiday-warning-meeting.png"), fullPage: true });
});
