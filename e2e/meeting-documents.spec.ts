import type { Page } from "@playwright/test";
import { pdfFile } from "../lib/meeting-documents/testing/samples";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// The journey changes the demo's own data: never retried.
test.describe.configure({ retries: 0 });

// The Cửa Lò office attaches the draft report to the first agenda item of the seeded 27/12/2022
// conference (for its own point); Nghi Hải's representative reads it on a 390 px phone and marks it read;
// the office sees who read it. A confidential document shows the reader's name across the page.

const CONFERENCE = /tổng kết công tác lao động, người có công và xã hội năm 2022/;
const DRAFT = "Dự thảo báo cáo tổng kết năm 2022 của thị xã Cửa Lò";
const SECRET = "Phương án nhân sự (mật)";

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

async function attach(page: Page, title: string, options: { confidential?: boolean } = {}) {
  const panel = page.getByRole("region", { name: "Tài liệu họp" });
  const form = panel.getByRole("form", { name: "Đính kèm tài liệu" });
  await form.getByLabel("Tệp (PDF, Word, Excel, PowerPoint hoặc ảnh)").setInputFiles({
    name: `${title}.pdf`,
    mimeType: "application/pdf",
    buffer: pdfFile(
      title
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/gi, "d"),
    ),
  });
  await form.getByLabel("Tên tài liệu").fill(title);
  // The first agenda item is chosen by default.
  if (options.confidential) await form.getByLabel(/^Tài liệu mật/).check();
  await form.getByRole("button", { name: "Đính kèm" }).click();
  await expect(panel.getByText("Đã đính kèm tài liệu.")).toBeVisible();
  await expect(panel.getByRole("link", { name: title })).toBeVisible();
}

test("the secretariat attaches a draft report; a ward reads it on its phone; the office sees it was read", async ({
  page,
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one journey; the ward's part runs at 390 px inside it");

  await signIn(page, "vanphong@hoinghi.local");
  await page.getByRole("link", { name: CONFERENCE }).click();
  const panel = page.getByRole("region", { name: "Tài liệu họp" });
  await expect(panel.getByLabel("Thuộc nội dung")).toHaveValue(/.+/);
  await attach(page, DRAFT);
  await attach(page, SECRET, { confidential: true });
  await expectAccessible(page);
  await panel.screenshot({ path: testInfo.outputPath("documents-panel.png") });

  // ── Nghi Hải reads it on a 390 px phone ──
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const ward = await phone.newPage();
  await signIn(ward, "nghihai@hoinghi.local");
  await ward.goto("/invitations");
  await ward.getByRole("link", { name: CONFERENCE }).click();
  await ward.waitForURL(/\/invitations\/[^/]+$/);
  const invitationUrl = ward.url();
  const list = ward.getByRole("region", { name: "Tài liệu họp" });
  const item = list.getByRole("listitem").filter({ hasText: DRAFT });
  await expect(item.getByText("Chưa đọc")).toBeVisible();
  await expectNoSidewaysScroll(ward);
  await expectAccessible(ward);
  await ward.screenshot({ path: testInfo.outputPath("ward-documents-390.png"), fullPage: true });
  await item.getByRole("link", { name: DRAFT }).click();
  await expect(ward.getByRole("heading", { level: 1, name: DRAFT })).toBeVisible();
  const frame = ward.locator(`iframe[title="${DRAFT}"]`);
  await expect(frame).toBeVisible();
  // Inline, as a PDF, under its Vietnamese name.
  const src = await frame.getAttribute("src");
  const file = await ward.request.get(src!);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^inline; .*filename\*=UTF-8''D%E1%BB%B1%20th%E1%BA%A3o/);
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  await expect(ward.getByRole("link", { name: /^Tải xuống/ })).toBeVisible();
  await ward.getByRole("button", { name: "Đánh dấu đã đọc" }).click();
  await expect(ward.getByText("✓ Đã đọc")).toBeVisible();
  await expectNoSidewaysScroll(ward);
  await expectAccessible(ward);
  await ward.screenshot({ path: testInfo.outputPath("ward-viewer-390.png") });

  // ── The confidential one: the reader's name over the page, no download ──
  await ward.goto(invitationUrl);
  await list.getByRole("link", { name: SECRET }).click();
  const stamp = ward.getByTestId("confidential-stamp");
  await expect(stamp).toBeVisible();
  // Trần Thị Lan is Nghi Hải's representative in the demo; the time is that of the opening.
  await expect(
    stamp.getByText(/^Trần Thị Lan · \d{2}:\d{2} \d{2}\/\d{2}\/\d{4} · TÀI LIỆU MẬT$/).first(),
  ).toBeVisible();
  await expect(ward.getByRole("link", { name: /^Tải xuống/ })).toHaveCount(0);
  const secretSrc = await ward.locator("iframe").getAttribute("src");
  const download = await ward.request.get(`${secretSrc!.replace(/#.*$/, "")}&download=1`);
  expect(download.status()).toBe(404);
  await expectAccessible(ward);
  await ward.screenshot({ path: testInfo.outputPath("ward-confidential-390.png") });
  await phone.close();

  // ── The office sees it was read ──
  await page.reload();
  const draft = panel.getByRole("listitem").filter({ has: page.getByRole("link", { name: DRAFT }) });
  await draft.getByText(/^1 người đã đọc/).click();
  await expect(draft.getByRole("list", { name: "Người đã mở tài liệu" })).toContainText(
    /Phường Nghi Hải\) — đã đọc lúc/,
  );
  await expectAccessible(page);
  await draft.screenshot({ path: testInfo.outputPath("documents-read.png") });
});
