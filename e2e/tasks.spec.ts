import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// These journeys change the demo's own data: a retry would start from the first attempt's half-finished
// state and could pass without doing the work, so they are never retried.
test.describe.configure({ retries: 0 });

// The demo's last weekly briefing left three conclusions; Phường Nghi Hải leads the overdue one.
const NGHI_HAI_TASK = /^UBND phường Nghi Hải hoàn thành rà soát/;

const taskCard = (page: Page, content: RegExp) => page.getByRole("listitem").filter({ has: page.getByText(content) });

/** The page itself never scrolls sideways, also on a 390 px phone. */
async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test("the secretariat opens its tasks on the overdue tab", async ({ page }, testInfo) => {
  await signIn(page, "vanphong@hoinghi.local");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Nhiệm vụ", exact: true })
    .click();
  await expect(page).toHaveURL(/\/tasks$/);
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ kết luận" })).toBeVisible();
  const tabs = page.getByRole("navigation", { name: "Lọc nhiệm vụ" }).getByRole("link");
  await expect(tabs.first()).toHaveText(/^Quá hạn \(\d+\)$/);
  await expect(tabs.first()).toHaveAttribute("aria-current", "page");
  // The desktop run marks the task done later in this file; the phone run may come after it.
  if (testInfo.project.name === "desktop") {
    const overdue = taskCard(page, NGHI_HAI_TASK);
    await expect(overdue.getByText(/^Quá hạn \d+ ngày$/)).toBeVisible();
    await expect(overdue.getByText("Phường Nghi Hải", { exact: true })).toBeVisible();
    await expect(overdue.getByRole("link", { name: "Giao ban tuần của Thường trực UBND thị xã" })).toBeVisible();
  }
  await page.getByRole("link", { name: /^Đã hoàn thành \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/filter=done/);
  await expect(
    taskCard(page, /^Phòng Lao động - Thương binh và Xã hội thị xã tổng hợp danh sách/).getByText(
      "Đã gửi danh sách tổng hợp của 7 phường.",
    ),
  ).toBeVisible();
  await page.goto("/tasks");
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("tasks-secretariat.png"), fullPage: true });
});

test("a ward representative sees its overdue task and reports it done", async ({ page }, testInfo) => {
  await signIn(page, "nghihai@hoinghi.local");
  await page.goto("/tasks");
  await expect(page.getByRole("heading", { level: 1, name: "Nhiệm vụ kết luận" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Đơn vị phối hợp thực hiện" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("tasks-ward.png"), fullPage: true });
  // Both projects share one database: only the desktop run changes the shared demo task.
  if (testInfo.project.name !== "desktop") return;

  const task = taskCard(page, NGHI_HAI_TASK);
  await expect(task.getByText(/^Quá hạn \d+ ngày$/)).toBeVisible();
  await task.getByText("Báo cáo hoàn thành").click();
  await task.getByLabel("Kết quả thực hiện (không bắt buộc)").fill("Đã gửi danh sách rà soát hộ nghèo, hộ cận nghèo.");
  await expectAccessible(page);
  await task.getByRole("button", { name: "Đã hoàn thành" }).click();
  await expect(task).toHaveCount(0); // it leaves the "not done" list

  await page.getByRole("link", { name: /^Đã hoàn thành \(1\)$/ }).click();
  const done = taskCard(page, NGHI_HAI_TASK);
  await expect(done.getByText("Đã gửi danh sách rà soát hộ nghèo, hộ cận nghèo.")).toBeVisible();
  await expect(done.getByRole("button", { name: "Mở lại" })).toBeVisible();
});
