import { dayAfter, demoDays } from "@/lib/demo/calendar";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// Dates read and write dd/mm/yyyy and the 24-hour clock whatever the browser's language: this browser
// is set to American English, as office PCs often are, and would show 12/21/2026, 04:00 PM otherwise.
test.use({ locale: "en-US" });

test("an English browser types dd/mm/yyyy and 24-hour times, picks a day, and sees an overnight end dated", async ({
  page,
}, testInfo) => {
  const now = new Date();
  const day = dayAfter(now, demoDays(now).free[testInfo.project.name === "phone" ? 1 : 0] + 7);
  const next = dayAfter(new Date(`${day}T12:00:00+07:00`), 1);
  const shown = (d: string) => d.split("-").reverse().join("/");
  const title = `Trực ban qua đêm (${testInfo.project.name})`;

  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/meetings/new");
  await page.getByLabel("Tên hội nghị").fill(title);
  const starts = page.getByRole("group", { name: "Bắt đầu", exact: true });
  const ends = page.getByRole("group", { name: "Kết thúc", exact: true });
  await expect(starts.getByRole("textbox", { name: "Bắt đầu Ngày" })).toHaveAttribute("placeholder", "dd/mm/yyyy");

  // A day that does not exist is refused in words, nothing saved.
  await starts.getByRole("textbox", { name: "Bắt đầu Ngày" }).fill("31/02/2027");
  await starts.getByRole("textbox", { name: "Bắt đầu Giờ" }).fill("22:00");
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(starts.getByText("Ngày giờ không hợp lệ.")).toBeVisible();

  // Typed: day first, 24-hour clock. The end is picked on the calendar, by keyboard.
  await starts.getByRole("textbox", { name: "Bắt đầu Ngày" }).fill(shown(day));
  await ends.getByRole("textbox", { name: "Kết thúc Ngày" }).fill(shown(day));
  await ends.getByRole("button", { name: "Chọn ngày trên lịch" }).click();
  const calendar = page.getByRole("grid");
  await expect(calendar).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("date-picker.png") });
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(calendar).toBeHidden();
  await expect(ends.getByRole("textbox", { name: "Kết thúc Ngày" })).toHaveValue(shown(next));
  await ends.getByRole("textbox", { name: "Kết thúc Giờ" }).fill("1:00");
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();

  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`${shown(day)}, từ 22:00 đến 01:00 ngày ${shown(next)}`)).toBeVisible();
  await page.getByRole("link", { name: "Sửa, dời lịch, hủy" }).click();
  await expect(page.getByRole("textbox", { name: "Kết thúc Giờ" })).toHaveValue("01:00");
  await expect(page.getByRole("textbox", { name: "Kết thúc Ngày" })).toHaveValue(shown(next));
});
