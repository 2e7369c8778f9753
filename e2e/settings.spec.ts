import { expect, expectAccessible, openFromMenu, pick, signIn, test } from "./fixtures";

// The administrator's year of holidays and settings, and the secretariat keeping a connection point.
// The desktop and phone runs share one database: each fills its own year (next year on the desktop, the
// year after on the phone), only the desktop changes the settings (one row for the installation), and
// each creates, edits and retires its own connection point (other specs book the demo's points).

const nextYear = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4)) + 1;

/** The first Saturday of March of a year, as "YYYY-MM-DD" and "dd/mm/yyyy", and the Friday before it. */
function firstSaturdayOfMarch(year: number) {
  const day = new Date(Date.UTC(year, 2, 1));
  while (day.getUTCDay() !== 6) day.setUTCDate(day.getUTCDate() + 1);
  const iso = day.toISOString().slice(0, 10);
  const friday = new Date(day.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { iso, friday, shown: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${year}` };
}

test("the administrator pre-fills a year's holidays and adds a make-up Saturday", async ({ page }, testInfo) => {
  const year = testInfo.project.name === "phone" ? nextYear + 1 : nextYear;
  await signIn(page, "admin@hoinghi.local");
  await openFromMenu(page, "Ngày nghỉ lễ");
  await expect(page.getByRole("heading", { level: 1, name: /^Ngày nghỉ lễ năm/ })).toBeVisible();
  await page.goto(`/admin/holidays?year=${year}`);
  await expect(page.getByRole("heading", { level: 1, name: `Ngày nghỉ lễ năm ${year}` })).toBeVisible();
  await expect(page.getByText(`Chưa có ngày nào của năm ${year}.`)).toBeVisible();

  // The law's fixed dates come ticked; the computed suggestions wait for the administrator.
  const prefill = page.getByRole("region", { name: `Điền sẵn các ngày lễ năm ${year}` });
  const choice = (name: string | RegExp) => prefill.getByRole("checkbox", { name });
  for (const fixed of ["Tết Dương lịch", "Ngày Chiến thắng", "Ngày Quốc tế Lao động", /Quốc khánh Theo luật/])
    await expect(choice(fixed)).toBeChecked();
  await expect(choice(/Giỗ Tổ Hùng Vương/)).not.toBeChecked();
  await expect(choice(/Tết Nguyên Đán/)).toHaveCount(5);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("holidays-prefill.png"), fullPage: true });

  for (const tet of await choice(/Tết Nguyên Đán/).all()) await tet.check();
  await choice(/Giỗ Tổ Hùng Vương/).check();
  await prefill.getByRole("button", { name: "Thêm 10 ngày đã chọn" }).click();
  await expect(prefill.getByRole("status")).toHaveText("Đã thêm 10 ngày.");
  const days = page.getByRole("region", { name: `Các ngày của năm ${year}` });
  await expect(days.getByRole("listitem")).toHaveCount(10);
  const newYearsDay = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"][
    new Date(Date.UTC(year, 0, 1)).getUTCDay()
  ];
  await expect(days.getByText(`${newYearsDay}, 01/01/${year}`)).toBeVisible();
  await expect(days.getByText("10 ngày nghỉ · 0 ngày làm bù")).toBeVisible();
  // Only the day next to 2/9 is still offered.
  await expect(prefill.getByRole("checkbox")).toHaveCount(1);

  // A make-up Saturday, announced by the government; a weekday is refused as one.
  const add = page.getByRole("region", { name: "Thêm ngày" });
  const saturday = firstSaturdayOfMarch(year);
  await add.getByLabel("Ngày", { exact: true }).fill(saturday.friday);
  await add.getByLabel("Loại").selectOption({ label: "Làm bù" });
  await add.getByLabel("Tên ngày").fill("Làm bù cho ngày nghỉ Tết");
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  await expect(add.getByText("Ngày làm bù phải là thứ Bảy hoặc Chủ Nhật.")).toBeVisible();
  await add.getByLabel("Ngày", { exact: true }).fill(saturday.iso);
  await add.getByRole("button", { name: "Thêm ngày" }).click();
  await expect(add.getByRole("status")).toHaveText("Đã thêm ngày.");
  const made = days.getByRole("listitem").filter({ hasText: `Thứ Bảy, ${saturday.shown}` });
  await expect(made).toContainText("Làm bù cho ngày nghỉ Tết");
  await expect(made).toContainText("Làm bù");
  await expect(days.getByText("10 ngày nghỉ · 1 ngày làm bù")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("holidays.png"), fullPage: true });

  // The secretariat reads the list, without the forms.
  await page.context().clearCookies();
  await signIn(page, "vanphong@hoinghi.local");
  await page.goto(`/admin/holidays?year=${year}`);
  await expect(page.getByRole("region", { name: `Các ngày của năm ${year}` }).getByRole("listitem")).toHaveCount(11);
  await expect(page.getByRole("region", { name: "Thêm ngày" })).toHaveCount(0);
  await expect(page.getByText(/Sửa hoặc xóa/)).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath("holidays-secretariat.png"), fullPage: true });
});

test("the administrator changes the reminder window and sends a test e-mail", async ({ page }, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await signIn(page, "admin@hoinghi.local");
  await openFromMenu(page, "Cài đặt");
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt" })).toBeVisible();
  const window = page.getByLabel("Tự động nhắc trước hạn trả lời (giờ)");
  await expect(window).toHaveValue(/^\d+$/);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("settings.png"), fullPage: true });

  if (!phone) {
    // Shorter than the default 24 hours: no other spec's invitations get an automatic reminder they did not expect.
    await window.fill("721");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByText("Giá trị quá lớn.")).toBeVisible();
    await window.fill("12");
    await page.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByRole("region", { name: "Thông tin chung" }).getByRole("status")).toHaveText(
      "Đã lưu cài đặt.",
    );
    await page.reload();
    await expect(page.getByLabel("Tự động nhắc trước hạn trả lời (giờ)")).toHaveValue("12");

    // The organisation's name shows in the header, briefly (other specs share the database), then is
    // cleared by a second save from the same form, which names what the first one stored.
    const organisation = "Văn phòng thử nghiệm cài đặt";
    const general = page.getByRole("region", { name: "Thông tin chung" });
    await page.getByLabel("Tên cơ quan").fill(organisation);
    await general.getByRole("button", { name: "Lưu" }).click();
    await expect(general.getByRole("status")).toHaveText("Đã lưu cài đặt.");
    await expect(page.getByRole("banner").getByText(organisation)).toBeVisible();
    await expect(page.getByRole("region", { name: "Gửi thư thử" })).toContainText(
      `${organisation} <no-reply@hoinghi.local>`,
    );
    await page.screenshot({ path: testInfo.outputPath("settings-organisation.png"), fullPage: true });
    await page.getByLabel("Tên cơ quan").fill("");
    await general.getByRole("button", { name: "Lưu" }).click();
    await expect(page.getByRole("banner").getByText(organisation)).toHaveCount(0);
    await expect(general.getByRole("alert")).toHaveCount(0);
  }

  // The e2e server has no SMTP_URL: the page says so, before and after trying.
  const mailTest = page.getByRole("region", { name: "Gửi thư thử" });
  await expect(mailTest.getByText("Chưa cấu hình (biến môi trường SMTP_URL)")).toBeVisible();
  await mailTest.getByLabel("Gửi tới địa chỉ").fill("vanphong@cualo.gov.vn");
  await mailTest.getByRole("button", { name: "Gửi thư thử" }).click();
  await expect(mailTest.getByRole("alert")).toHaveText(
    "Chưa cấu hình máy chủ thư: đặt biến môi trường SMTP_URL rồi khởi động lại ứng dụng.",
  );
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("settings-test-email.png"), fullPage: true });
});

test("the secretariat edits and retires a connection point it registered", async ({ page }, testInfo) => {
  const name = `Điểm cầu phường Nghi Thủy - Nhà văn hóa (${testInfo.project.name})`;
  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/points");
  const create = page.getByRole("region", { name: "Thêm điểm cầu vào danh mục" });
  await create.getByLabel("Tên điểm cầu").fill(name);
  await pick(create.getByRole("combobox", { name: "Đơn vị chủ quản" }), "nghi thuy", "Phường Nghi Thủy");
  await create.getByRole("button", { name: "Lưu" }).click();
  await expect(create.getByRole("status")).toHaveText("Đã thêm điểm cầu.");

  await page.getByLabel("Tìm kiếm", { exact: true }).fill(`nha van hoa ${testInfo.project.name}`);
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const edit = page.getByRole("region", { name: "Sửa thông tin điểm cầu" });
  await expect(edit.getByRole("combobox", { name: "Đơn vị chủ quản" })).toHaveValue("Phường Nghi Thủy");
  await edit.getByLabel("Phòng").fill("Hội trường tầng 2");
  await edit.getByLabel("Sức chứa").fill("120");
  await edit.getByLabel("Kỹ thuật viên", { exact: true }).fill("Trần Văn Hùng");
  await edit.getByRole("button", { name: "Lưu" }).click();
  await expect(edit.getByRole("status")).toHaveText("Đã lưu thông tin điểm cầu.");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("point.png"), fullPage: true });

  // Retired: it leaves the registry (unless asked for) and the pickers; the form still names the new version.
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Ngừng sử dụng" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Dùng lại điểm cầu" })).toBeVisible();
  await expect(page.getByText(/^Ngừng sử dụng từ \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await edit.getByLabel("Thiết bị").fill("Màn hình LED, loa");
  await edit.getByRole("button", { name: "Lưu" }).click();
  await expect(edit.getByRole("status")).toHaveText("Đã lưu thông tin điểm cầu.");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("point-retired.png"), fullPage: true });

  await page.goto(`/points?q=${encodeURIComponent(`nha van hoa ${testInfo.project.name}`)}`);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await page.getByLabel("Hiện cả điểm cầu đã ngừng sử dụng").check();
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
  await expect(card.getByText(/^Ngừng sử dụng từ/)).toBeVisible();
  await expect(card.getByText("120 người")).toBeVisible();
  const options = await page.request.get(
    `/api/options/connection-points?q=${encodeURIComponent(`nha van hoa ${testInfo.project.name}`)}`,
  );
  expect((await options.json()).options).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath("points-retired.png"), fullPage: true });
});
