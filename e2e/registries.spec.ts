import { dayAfter } from "@/lib/demo/calendar";
import { expect, expectAccessible, fillMoment, openFromMenu, pick, signIn, test } from "./fixtures";

// The administrator keeps the unit registry through a merger: two wards of Cửa Lò become one new ward
// from a day well after every demo meeting (the other specs invite the wards as they are), then the new
// ward is invited to a meeting after that day, where the old wards are no longer offered. The desktop
// and phone runs share one database, so each merges its own two wards into its own ward.

const shown = (day: string) => day.split("-").reverse().join("/");

test("the administrator records the merger of two wards into a new ward and invites it", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === "phone";
  const [first, second, merged] = phone
    ? ["Phường Nghi Hương", "Phường Thu Thủy", "Phường Cửa Lò Tây"]
    : ["Phường Nghi Tân", "Phường Nghi Thu", "Phường Cửa Lò Đông"];
  const mergerDay = dayAfter(new Date(), phone ? 121 : 120);
  const meetingDay = dayAfter(new Date(), phone ? 128 : 127);

  await signIn(page, "admin@hoinghi.local");
  await openFromMenu(page, "Đơn vị");
  await page.getByRole("searchbox").fill(first.replace("Phường ", "").normalize("NFD").replace(/\p{M}/gu, ""));
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name: first, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();

  // The merger: this ward and the other one, into a new ward, from the resolution's day.
  const change = page.getByRole("region", { name: "Ghi nhận thay đổi của đơn vị" });
  await expect(change.getByLabel("Loại thay đổi")).toHaveValue("merger");
  const mergedUnits = change.getByRole("list", { name: "Đã chọn (1)" });
  await expect(mergedUnits.getByRole("listitem")).toContainText([first]);
  await pick(change.getByRole("combobox", { name: "Các đơn vị sáp nhập" }), second.replace("Phường ", ""), second);
  await expect(change.getByRole("list", { name: "Đã chọn (2)" }).getByRole("listitem")).toContainText([first, second]);
  await expect(change.getByRole("radio", { name: "Một đơn vị mới" })).toBeChecked();
  await change.getByLabel("Tên đơn vị", { exact: true }).fill(merged);
  await change.getByLabel("Tên viết tắt", { exact: true }).fill(merged.replace("Phường", "UBND phường"));
  await change.getByLabel("Có hiệu lực từ ngày", { exact: true }).fill(shown(mergerDay));
  await change.getByLabel("Căn cứ", { exact: true }).fill("Nghị quyết 1678/NQ-UBTVQH15");
  await expectAccessible(page);
  page.once("dialog", (dialog) => dialog.accept());
  await change.getByRole("button", { name: "Ghi nhận sáp nhập" }).click();

  // The new ward's page: in being from the day, with where it came from.
  await expect(page.getByRole("heading", { level: 1, name: merged })).toBeVisible();
  await expect(page.getByText(`Hoạt động từ ${shown(mergerDay)}`)).toBeVisible();
  const history = page.getByRole("region", { name: "Lịch sử" });
  await expect(history.getByRole("listitem")).toHaveCount(1);
  await expect(history.getByRole("listitem")).toContainText(shown(mergerDay));
  await expect(history.getByRole("listitem")).toContainText(
    `Sáp nhập vào đơn vị này: ${[first, second].sort((a, b) => a.localeCompare(b, "vi")).join(", ")}`,
  );
  await expect(history.getByText("Nghị quyết 1678/NQ-UBTVQH15")).toBeVisible();
  await expect(page.getByRole("region", { name: "Sửa thông tin đơn vị" }).getByLabel("Tên viết tắt")).toHaveValue(
    merged.replace("Phường", "UBND phường"),
  );
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("unit-merged.png"), fullPage: true });

  // An old ward's page: still in being until the day, merged into the new ward from it, audited.
  await history.getByRole("link", { name: first }).click();
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lịch sử" })).toContainText(`Sáp nhập vào ${merged}`);
  await expect(page.getByText("Đang hoạt động", { exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Ghi nhận thay đổi của đơn vị" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Nhật ký thay đổi" })).toContainText("Ghi nhận sáp nhập");
  await expect(page.getByRole("region", { name: "Thành viên" })).toContainText("Cán bộ đang giữ chức vụ");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("unit-old.png"), fullPage: true });

  // A meeting of the town after the day: the old wards are not offered, the new ward is invited.
  const title = `Giao ban các phường sau sắp xếp${phone ? " (điện thoại)" : ""}`;
  await page.goto("/meetings/new");
  await page.getByLabel("Tên hội nghị").fill(title);
  await page.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
  await page.getByLabel("Hình thức").selectOption({ label: "Trực tiếp" });
  await page.getByLabel("Đơn vị tổ chức").selectOption({ label: "Thị xã Cửa Lò" });
  await fillMoment(page, "Bắt đầu", `${meetingDay}T08:00`);
  await fillMoment(page, "Kết thúc", `${meetingDay}T10:00`);
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const add = page.getByRole("region", { name: "Thêm điểm cầu" });
  const hall = "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã";
  await pick(add.getByRole("combobox", { name: "Điểm cầu", exact: true }), hall, hall);
  await add.getByLabel("Điểm cầu chính").check();
  await add.getByRole("button", { name: "Thêm điểm cầu" }).click();
  const point = page.getByRole("region", { name: hall });
  await point.getByText("Mời đơn vị tại điểm cầu này").click();
  await point.getByLabel("Cách chọn").selectOption({ label: "Chọn từng đơn vị" });
  const units = point.getByRole("combobox", { name: "Đơn vị", exact: true });
  // Once the search has answered (with other units, or none), the old ward is not among them.
  await units.fill(first.replace("Phường ", ""));
  const options = page.getByRole("listbox", { name: "Đơn vị" }).getByRole("option");
  await expect(options.or(page.getByText("Không tìm thấy kết quả phù hợp.")).first()).toBeVisible();
  await expect(options.filter({ hasText: first })).toHaveCount(0);
  await pick(units, merged.replace("Phường ", ""), merged);
  await point.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(point.getByText("Đã mời 1 đơn vị (0 đơn vị đã được mời trước đó).")).toBeVisible();
  await expect(point.getByText(merged, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Gửi giấy mời (1 đơn vị)" }).click();
  await expect(page.getByText(/^Số \d{2,}\/GM-UBND, gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("meeting-new-ward.png"), fullPage: true });
});
