import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

const BRIEFING = "Giao ban công tác tuần của Thường trực UBND thị xã";

/** RFC 5545 folds long lines at 75 octets; a CRLF and a space continue the line. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

/** The page itself never scrolls sideways (the phone's week view is a list, the schedule a set of cards). */
async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}

test("the secretariat browses the calendar, the weekly schedule and its private feed", async ({
  page,
  request,
}, testInfo) => {
  await signIn(page, "vanphong@hoinghi.local");
  await page
    .getByRole("navigation", { name: "Điều hướng chính" })
    .getByRole("link", { name: "Lịch", exact: true })
    .click();
  await expect(page).toHaveURL(/\/calendar$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lịch" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tuần", exact: true })).toHaveAttribute("aria-current", "page");
  for (const weekday of ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]) {
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(`^${weekday}`) })).toBeVisible();
  }

  // The demo briefing is on a Monday one or two weeks ahead.
  const briefing = page.getByRole("link", { name: BRIEFING });
  for (let i = 0; i < 3 && !(await briefing.isVisible()); i++) {
    const next = page.getByRole("link", { name: "Tuần sau →" });
    const target = await next.getAttribute("href");
    expect(target).toMatch(/^\/calendar\?view=week&date=\d{4}-\d{2}-\d{2}$/);
    await next.click();
    await page.waitForURL((url) => `${url.pathname}${url.search}` === target);
  }
  await expect(briefing).toBeVisible();
  // The date field follows the week shown, also after client-side navigation.
  const shown = new URL(page.url()).searchParams.get("date")!.split("-").reverse().join("/");
  await expect(page.getByRole("textbox", { name: "Đến ngày", exact: true })).toHaveValue(shown);
  await expect(briefing).toHaveAttribute("href", /^\/meetings\/[^/]+$/);
  const entry = page.getByRole("listitem").filter({ has: briefing });
  await expect(entry.getByText("07:30–09:30")).toBeVisible();
  await expect(entry.getByText("Đã lên lịch")).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("calendar-week.png"), fullPage: true });

  await page.getByRole("link", { name: "Tháng", exact: true }).click();
  await expect(page).toHaveURL(/view=month/);
  await expect(page.getByRole("heading", { level: 2, name: /^Tháng \d{2}\/\d{4}/ })).toBeVisible();
  await expect(page.getByRole("link", { name: BRIEFING })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("calendar-month.png"), fullPage: true });

  // The private feed, made on request and shown once, serves the same meetings to a calendar application,
  // without a session. Only the desktop run makes one: making a new address cuts off the other run's.
  if (testInfo.project.name === "desktop") {
    await page.getByRole("button", { name: "Tạo đường dẫn lịch riêng" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã tạo đường dẫn." })).toBeVisible();
    const feedUrl = await page.getByLabel("Đường dẫn lịch riêng của bạn").inputValue();
    expect(feedUrl).toMatch(/^http:\/\/localhost:\d+\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const feed = await request.get(feedUrl); // the `request` fixture shares no cookies with the signed-in page
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const ics = unfold(await feed.text());
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`SUMMARY:${BRIEFING}`);
    const anonymous = await request.get(feedUrl.replace(/[A-Za-z0-9_-]{43}\.ics$/, `${"x".repeat(43)}.ics`));
    expect(anonymous.status()).toBe(404);
  }

  // One meeting as a calendar file, for the signed-in user.
  const meetingPath = await page.getByRole("link", { name: BRIEFING }).getAttribute("href");
  const single = await page.request.get(`${meetingPath}/ics`);
  expect(single.status()).toBe(200);
  expect(single.headers()["content-disposition"]).toMatch(/^attachment; filename="hoi-nghi-\d{4}-\d{2}-\d{2}\.ics"$/);
  expect(unfold(await single.text())).toContain(`UID:${meetingPath!.split("/").pop()}@hoinghi`);

  await page.getByRole("link", { name: "Lịch công tác tuần" }).click();
  await expect(page).toHaveURL(/\/calendar\/weekly\?date=/);
  await expect(page.getByRole("heading", { level: 1, name: "LỊCH CÔNG TÁC TUẦN" })).toBeVisible();
  await expect(page.getByText("của lãnh đạo UBND thị xã Cửa Lò")).toBeVisible();
  await expect(
    page.getByText(/^\(Tuần thứ \d+, từ ngày \d{2}\/\d{2}\/\d{4} đến ngày \d{2}\/\d{2}\/\d{4}\)$/),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: BRIEFING })).toBeVisible();
  await expect(
    page.getByText("Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã").filter({ visible: true }).first(),
  ).toBeVisible();
  await expect(page.getByText("Phòng họp số 1 - UBND thị xã Cửa Lò").filter({ visible: true }).first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("weekly.png"), fullPage: true });

  // On paper: the app around the schedule disappears and the table is used even on narrow pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Điều hướng chính" })).toBeHidden();
  await expect(page.getByRole("button", { name: "In lịch" })).toBeHidden();
  await expect(page.getByRole("columnheader", { name: "Nội dung" })).toBeVisible();
  expect(await page.getByRole("heading", { level: 1 }).evaluate((h) => getComputedStyle(h).fontFamily)).toMatch(
    /^"Times New Roman"/,
  );
  await page.screenshot({ path: testInfo.outputPath("weekly-print.png"), fullPage: true });
  if (testInfo.project.name === "desktop")
    await page.pdf({ path: testInfo.outputPath("weekly.pdf"), format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });

  // The province's schedule is one the town may pick; the town's briefing is not on it.
  await page.getByLabel("Đơn vị").selectOption({ label: "Tỉnh Nghệ An" });
  await page.getByRole("button", { name: "Xem lịch" }).click();
  await expect(page.getByText("của lãnh đạo UBND tỉnh Nghệ An")).toBeVisible();
  await expect(page.getByRole("link", { name: BRIEFING })).toHaveCount(0);
});

test("regenerating the feed address stops the old one", async ({ page, request }, testInfo) => {
  // Each project uses its own account, so the two runs in parallel never replace each other's address.
  await signIn(page, testInfo.project.name === "desktop" ? "chutri@hoinghi.local" : "nghihai@hoinghi.local");
  await page.goto("/calendar");
  await page.getByRole("button", { name: "Tạo đường dẫn lịch riêng" }).click();
  const field = page.getByLabel("Đường dẫn lịch riêng của bạn");
  const old = await field.inputValue();
  expect((await request.get(old)).status()).toBe(200);
  // Only its hash is kept: after a reload the address is no longer shown, only that one exists.
  await page.reload();
  await expect(field).toHaveCount(0);
  await expect(page.getByText("Bạn đã tạo một đường dẫn lịch riêng.")).toBeVisible();

  await page.getByRole("button", { name: "Tạo đường dẫn mới…" }).click();
  const confirm = page.getByRole("button", { name: "Tạo đường dẫn mới", exact: true });
  await expect(confirm).toBeFocused();
  await expect(page.getByRole("group").getByText(/đường dẫn cũ ngừng hoạt động ngay/)).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole("region", { name: "Đồng bộ với ứng dụng lịch" })
    .screenshot({ path: testInfo.outputPath("feed-confirm.png") });
  await confirm.click();
  await expect(page.getByRole("status").filter({ hasText: "Đã tạo đường dẫn mới." })).toBeVisible();
  const fresh = await field.inputValue();
  expect((await request.get(old)).status()).toBe(404);
  expect((await request.get(fresh)).status()).toBe(200);
});
