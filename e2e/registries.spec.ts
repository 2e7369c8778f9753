import type { Page } from "@playwright/test";
import { dayAfter } from "@/lib/demo/calendar";
import { expect, expectAccessible, fillMoment, openFromMenu, pick, signIn, test } from "./fixtures";

// The administrator keeps the unit registry through a merger: two wards of Cửa Lò become one new ward
// from a day well after every demo meeting (the other specs invite the wards as they are). A meeting
// planned before the merger was recorded has its old ward's invitation moved to the new ward; a meeting
// planned after it invites the new ward, and the old wards are no longer offered. The desktop and phone
// runs share one database, so each merges its own two wards into its own ward, on its own days.

const shown = (day: string) => day.split("-").reverse().join("/");
const HALL = "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã";

/** A town meeting at the Cửa Lò hall, created by the administrator; returns the hall's region on its page. */
async function townMeeting(page: Page, title: string, day: string, [from, to]: [string, string]) {
  await page.goto("/meetings/new");
  await page.getByLabel("Tên hội nghị").fill(title);
  await page.getByLabel("Loại hội nghị").selectOption({ label: "Giao ban" });
  await page.getByLabel("Hình thức").selectOption({ label: "Trực tiếp" });
  await page.getByLabel("Đơn vị tổ chức").selectOption({ label: "Thị xã Cửa Lò" });
  await fillMoment(page, "Bắt đầu", `${day}T${from}`);
  await fillMoment(page, "Kết thúc", `${day}T${to}`);
  await page.getByRole("button", { name: "Tạo hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const add = page.getByRole("region", { name: "Thêm điểm cầu" });
  await pick(add.getByRole("combobox", { name: "Điểm cầu", exact: true }), HALL, HALL);
  await add.getByLabel("Điểm cầu chính").check();
  await add.getByRole("button", { name: "Thêm điểm cầu" }).click();
  const point = page.getByRole("region", { name: HALL });
  await point.getByText("Mời đơn vị tại điểm cầu này").click();
  await point.getByLabel("Cách chọn").selectOption({ label: "Chọn từng đơn vị" });
  return { url: page.url(), point, units: point.getByRole("combobox", { name: "Đơn vị", exact: true }) };
}

test("the administrator records the merger of two wards into a new ward and invites it", async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const phone = testInfo.project.name === "phone";
  const [first, second, merged] = phone
    ? ["Phường Nghi Hương", "Phường Thu Thủy", "Phường Cửa Lò Tây"]
    : ["Phường Nghi Tân", "Phường Nghi Thu", "Phường Cửa Lò Đông"];
  const suffix = phone ? " (điện thoại)" : "";
  const mergerDay = dayAfter(new Date(), phone ? 121 : 120);
  const meetingDay = dayAfter(new Date(), phone ? 128 : 127);

  await signIn(page, "admin@hoinghi.local");

  // Planned before the merger is recorded: the second ward invited to a meeting after the day.
  const planned = await townMeeting(page, `Giao ban quý II${suffix}`, meetingDay, ["08:00", "10:00"]);
  await pick(planned.units, second.replace("Phường ", ""), second);
  await planned.point.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(planned.point.getByText("Đã mời 1 đơn vị (0 đơn vị đã được mời trước đó).")).toBeVisible();

  await openFromMenu(page, "Đơn vị");
  // Found without accents.
  await page.getByRole("searchbox").fill(first.replace("Phường ", "").normalize("NFD").replace(/\p{M}/gu, ""));
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name: first, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: first })).toBeVisible();

  // The merger: this ward and the other one, into a new ward, from the resolution's day.
  const change = page.getByRole("region", { name: "Ghi nhận thay đổi của đơn vị" });
  await expect(change.getByLabel("Loại thay đổi")).toHaveValue("merger");
  await expect(change.getByRole("list", { name: "Đã chọn (1)" }).getByRole("listitem")).toContainText([first]);
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
  const both = [first, second].sort((a, b) => a.localeCompare(b, "vi")).join(", ");
  await expect(history.getByRole("listitem")).toContainText(`Sáp nhập vào đơn vị này: ${both}`);
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

  // The meeting planned before: its invitation of the second ward is flagged and moved to the new ward.
  await page.goto(planned.url);
  const invited = page.getByRole("region", { name: HALL }).getByRole("listitem").filter({ hasText: second });
  await expect(invited).toContainText("Đơn vị không còn tồn tại vào ngày họp");
  await invited.getByRole("link", { name: "Chuyển cho đơn vị kế thừa" }).click();
  await expect(page.getByRole("heading", { level: 1, name: second })).toBeVisible();
  const work = page.getByRole("region", { name: "Việc cần chuyển cho đơn vị kế thừa" });
  await expect(work.getByRole("checkbox", { name: /Giao ban quý II/ })).toBeChecked();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("unit-open-work.png"), fullPage: true });
  await work.getByRole("button", { name: `Chuyển 1 mục cho ${merged}` }).click();
  await expect(work.getByRole("status")).toHaveText(`Đã chuyển 1 giấy mời và 0 nhiệm vụ cho ${merged}.`);
  await expect(work.getByText("Không còn việc nào cần chuyển.")).toBeVisible();
  await page.goto(planned.url);
  const hall = page.getByRole("region", { name: HALL });
  await expect(hall.getByText(merged, { exact: true })).toBeVisible();
  await expect(hall.getByText(second, { exact: true })).toHaveCount(0);
  await expect(hall.getByText("Đơn vị không còn tồn tại vào ngày họp")).toHaveCount(0);
  await page.getByRole("button", { name: "Gửi giấy mời (1 đơn vị)" }).click();
  await expect(page.getByText(/^Số \d{2,}\/GM-UBND, gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();

  // A meeting planned after the merger: the old wards are not offered, the new ward is invited.
  const later = await townMeeting(page, `Giao ban các phường sau sắp xếp${suffix}`, meetingDay, ["14:00", "16:00"]);
  // Once the search has answered (with other units, or none), the old ward is not among them.
  await later.units.fill(first.replace("Phường ", ""));
  const options = page.getByRole("listbox", { name: "Đơn vị" }).getByRole("option");
  await expect(options.or(page.getByText("Không tìm thấy kết quả phù hợp.")).first()).toBeVisible();
  await expect(options.filter({ hasText: first })).toHaveCount(0);
  await pick(later.units, merged.replace("Phường ", ""), merged);
  await later.point.getByRole("button", { name: "Mời", exact: true }).click();
  await expect(later.point.getByText("Đã mời 1 đơn vị (0 đơn vị đã được mời trước đó).")).toBeVisible();
  await expect(later.point.getByText(merged, { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Gửi giấy mời (1 đơn vị)" }).click();
  await expect(page.getByText(/^Số \d{2,}\/GM-UBND, gửi lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("meeting-new-ward.png"), fullPage: true });
});

test("the secretariat moves a ward's chair to another post, keeping the old one in the history", async ({
  page,
}, testInfo) => {
  const phone = testInfo.project.name === "phone";
  const [name, ward] = phone ? ["Nguyễn Văn Hải", "Nghi Hải"] : ["Lê Văn Hòa", "Nghi Hòa"];
  const from = dayAfter(new Date(), 10);
  await signIn(page, "vanphong@hoinghi.local");
  await openFromMenu(page, "Cán bộ");
  await page.getByRole("searchbox").fill(name.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d"));
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText(`Chủ tịch UBND phường ${ward} · Phường ${ward}`, { exact: true })).toBeVisible();

  const move = page.getByRole("region", { name: "Chuyển chức vụ" });
  await move.getByLabel("Chức vụ mới").fill(`Bí thư Đảng ủy phường ${ward}`);
  await pick(move.getByRole("combobox", { name: "Đơn vị công tác mới" }), ward, `Phường ${ward}`);
  await move.getByLabel("Từ ngày", { exact: true }).fill(shown(from));
  await move.getByRole("button", { name: "Chuyển chức vụ" }).click();
  await expect(move.getByRole("status")).toHaveText("Đã ghi nhận chức vụ mới.");

  const posts = page.getByRole("region", { name: "Quá trình công tác" }).getByRole("listitem");
  await expect(posts).toHaveCount(2);
  await expect(posts.nth(0)).toContainText(`Từ ${shown(from)}`);
  await expect(posts.nth(0)).toContainText(`Bí thư Đảng ủy phường ${ward}`);
  await expect(posts.nth(1)).toContainText(`… – ${shown(from)}`);
  await expect(posts.nth(1)).toContainText(`Chủ tịch UBND phường ${ward}`);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("official-moved.png"), fullPage: true });
});
