import type { Page } from "@playwright/test";
import { expect, expectAccessible, pick, signIn, test } from "./fixtures";

// These journeys change the demo's own data: a retry would start from the first attempt's half-finished
// state and could pass without doing the work, so they are never retried.
test.describe.configure({ retries: 0 });

// Agenda templates, a meeting's agenda built from one, its printable sheet and the indicator table.
// The desktop and phone runs share one database, so each works on its own meeting and template.

const BRIEFING_ITEMS = [
  "Rà soát kết luận giao ban lần trước và thời hạn thực hiện",
  "Báo cáo nhanh của từng phòng, đơn vị",
  "Thảo luận, đề xuất",
  "Kết luận và phân công nhiệm vụ của chủ trì",
];

async function openMeeting(page: Page, title: string) {
  await page.goto("/meetings");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

const itemHeadings = (page: Page) => page.locator("main h3");

test("the secretariat builds a meeting's agenda from a template, edits it and prints it", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === "phone";
  // The draft of the town, or (on the phone) the town's weekly briefing.
  const meeting = phone
    ? "Giao ban công tác tuần của Thường trực UBND thị xã"
    : "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027";
  const start = phone ? "07:30" : "14:00";
  const afterFirst = phone ? "07:45" : "14:15";

  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/templates");
  await expect(page.getByRole("heading", { level: 1, name: "Mẫu chương trình" })).toBeVisible();
  for (const name of ["Hội nghị tổng kết năm (trực tuyến, nhiều điểm cầu)", "Giao ban định kỳ", "Sơ kết 6 tháng"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("templates.png"), fullPage: true });

  await openMeeting(page, meeting);
  await page.getByRole("link", { name: "Chương trình hội nghị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chương trình hội nghị" })).toBeVisible();

  const apply = page.getByRole("region", { name: "Lập chương trình theo mẫu" });
  const choice = apply.getByLabel("Mẫu chương trình");
  const briefing = await choice.locator("option", { hasText: "Giao ban định kỳ" }).getAttribute("value");
  await choice.selectOption(briefing!);
  // An agenda already there (a rerun) is replaced only once that is confirmed.
  const replace = apply.getByLabel(/Thay thế chương trình hiện có/);
  if (await replace.count()) {
    await expect(apply.getByRole("button", { name: "Áp dụng mẫu" })).toBeDisabled();
    await replace.check();
  }
  await apply.getByRole("button", { name: "Áp dụng mẫu" }).click();
  await expect(apply.getByRole("status")).toHaveText("Đã lập chương trình theo mẫu.");
  await expect(itemHeadings(page)).toHaveText(BRIEFING_ITEMS.map((title, i) => `${i + 1}. ${title}`));
  await expect(page.getByText(`${start} – ${afterFirst}`, { exact: true })).toBeVisible();
  await expect(page.getByText("Theo mẫu “Giao ban định kỳ”", { exact: false })).toBeVisible();

  // Reorder: the chair's conclusions before the discussion.
  await page.getByRole("button", { name: `Chuyển “${BRIEFING_ITEMS[3]}” lên trên` }).click();
  await expect(itemHeadings(page).nth(2)).toHaveText(`3. ${BRIEFING_ITEMS[3]}`);

  // A named presenter for the first item.
  const first = page.locator("main ol > li").first();
  await first.getByText("Sửa nội dung, người trình bày").click();
  await pick(
    first.getByRole("combobox", { name: "Cán bộ trình bày" }),
    "hoàng văn phúc",
    "Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã",
  );
  await first.getByRole("button", { name: "Lưu" }).click();
  await expect(first.getByText("Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã · Văn phòng")).toBeVisible();

  // An item of its own, refused while empty.
  const add = page.getByRole("region", { name: "Thêm nội dung" });
  await add.getByRole("button", { name: "Thêm vào chương trình" }).click();
  await expect(add.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
  await add.getByLabel("Nội dung", { exact: true }).fill("Phát biểu chỉ đạo của lãnh đạo UBND thị xã");
  await add.getByLabel("Thời lượng (phút)").fill("10");
  await add.getByRole("button", { name: "Thêm vào chương trình" }).click();
  await expect(itemHeadings(page).nth(4)).toHaveText("5. Phát biểu chỉ đạo của lãnh đạo UBND thị xã");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("agenda.png"), fullPage: true });

  // The printable agenda.
  await page.getByRole("link", { name: "Bản in chương trình" }).click();
  const sheet = page.getByRole("article", { name: "Chương trình hội nghị" });
  await expect(sheet.getByRole("heading", { name: "CHƯƠNG TRÌNH" })).toBeVisible();
  await expect(sheet.getByText(meeting, { exact: true })).toBeVisible();
  await expect(
    sheet.getByRole("cell", { name: "Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã (Văn phòng)" }),
  ).toBeVisible();
  await expect(sheet.getByRole("row")).toHaveCount(6);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("agenda-print.png"), fullPage: true });

  // Indicators, typed the Vietnamese way, with % of plan as they are typed.
  await page.goto(page.url().replace(/\/agenda\/print$/, "/indicators"));
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ tiêu của hội nghị" })).toBeVisible();
  const rows = page.locator("main ol > li");
  const existing = await rows.count();
  await page.getByRole("button", { name: "Thêm chỉ tiêu" }).click();
  const row = rows.nth(existing);
  await row.getByLabel("Tên chỉ tiêu").fill("Số lao động được tạo việc làm");
  await row.getByLabel("Đơn vị tính").fill("người");
  await row.getByLabel("Kế hoạch").fill("42.900");
  await row.getByLabel("Thực hiện").fill("45.000");
  await expect(row.getByText("104,9%")).toBeVisible();
  await row.getByLabel("Chỉ tiêu kỳ tới").fill("nhiều");
  await page.getByRole("button", { name: "Lưu các chỉ tiêu" }).click();
  await expect(row.getByText("Vui lòng nhập một số, ví dụ 45.000 hoặc 80,7.")).toBeVisible();
  await row.getByLabel("Chỉ tiêu kỳ tới").fill("43.000");
  await page.getByRole("button", { name: "Lưu các chỉ tiêu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu các chỉ tiêu." })).toBeVisible();
  await page.reload();
  await expect(rows.nth(existing).getByLabel("Thực hiện")).toHaveValue("45.000");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("indicators.png"), fullPage: true });
});

test("templates are created, checked, versioned when in use, copied and retired", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const suffix = testInfo.project.name === "phone" ? " (điện thoại)" : "";
  const name = `Hội nghị chuyên đề chuyển đổi số${suffix}`;
  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/templates");
  await page.getByRole("link", { name: "Tạo mẫu mới" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tạo mẫu mới" })).toBeVisible();
  await page.getByLabel("Tên mẫu").fill(name);
  const first = page.getByRole("group", { name: "Nội dung 1", exact: true });
  await first.getByLabel("Nội dung", { exact: true }).fill("Khai mạc");
  await first.getByLabel("Người trình bày (chức danh)").fill("Chủ trì hội nghị");
  await first.getByLabel("Khung biên bản của phần này").fill("Đồng chí {{chair.nmae}} phát biểu khai mạc.");
  await page.getByRole("button", { name: "Thêm nội dung" }).click();
  const second = page.getByRole("group", { name: "Nội dung 2", exact: true });
  await second.getByLabel("Nội dung", { exact: true }).fill("Thảo luận");
  await second.getByLabel("Thời lượng (phút)").fill("30");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(first.getByText("Khung biên bản có trường dữ liệu không hợp lệ", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await first
    .getByLabel("Khung biên bản của phần này")
    .fill("Đồng chí {{chair.name}} - {{chair.title}} phát biểu khai mạc.");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("Phiên bản 1").first()).toBeVisible();
  await expect(page.getByText("2 nội dung · 40 phút", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("template.png"), fullPage: true });

  // No meeting uses it: the edit is saved in place, still version 1.
  await page.getByRole("link", { name: "Sửa mẫu" }).click();
  await expect(page.getByText("Chưa hội nghị nào dùng phiên bản này", { exact: false })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("template-edit.png"), fullPage: true });
  await page.getByRole("group", { name: "Nội dung 2", exact: true }).getByLabel("Thời lượng (phút)").fill("45");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByText("2 nội dung · 55 phút", { exact: false })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử phiên bản" })).toBeVisible();
  await expect(page.locator("main section").filter({ hasText: "Lịch sử phiên bản" }).getByRole("listitem")).toHaveCount(
    1,
  );

  // A copy is a new template of its own; retiring hides it from the library's "in use" list.
  const copy = page.getByRole("region", { name: "Sao chép thành mẫu mới" });
  await expect(copy.getByLabel("Tên mẫu mới")).toHaveValue(`${name} (bản sao)`);
  await copy.getByRole("button", { name: "Sao chép" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} (bản sao)` })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Ngừng sử dụng" }).click();
  await expect(page.getByRole("button", { name: "Dùng lại mẫu này" })).toBeVisible();
  await page.goto("/templates?status=retired");
  await expect(page.getByRole("link", { name: `${name} (bản sao)`, exact: true })).toBeVisible();
  await page.goto("/templates");
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${name} (bản sao)`, exact: true })).toHaveCount(0);

  // A template meetings have used becomes a new version; the old one stays, read-only.
  if (testInfo.project.name !== "desktop") return;
  await page.getByRole("link", { name: "Sơ kết 6 tháng", exact: true }).click();
  await page.getByRole("link", { name: "Sửa mẫu" }).click();
  await expect(page.getByText("khi lưu sẽ tạo phiên bản 2", { exact: false })).toBeVisible();
  await page.getByRole("group", { name: "Nội dung 3", exact: true }).getByLabel("Thời lượng (phút)").fill("50");
  await page.getByRole("button", { name: "Lưu" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sơ kết 6 tháng" })).toBeVisible();
  await expect(page.getByText("Phiên bản 2").first()).toBeVisible();
  await page.getByRole("link", { name: "Phiên bản 1" }).click();
  await expect(page.getByText("Đây là phiên bản cũ; phiên bản mới nhất là phiên bản 2.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Sửa mẫu" })).toHaveCount(0);
  await expectAccessible(page);
});
