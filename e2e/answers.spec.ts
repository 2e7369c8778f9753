import type { Browser } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./fixtures";

// These journeys change the demo's own data: a retry would start from the first attempt's half-finished
// state and could pass without doing the work, so they are never retried.
test.describe.configure({ retries: 0 });

// Unit representatives answer on a phone while the secretariat watches the live board in another
// browser: the board changes without a reload. Desktop sends a substitute that the chair agrees to;
// phone confirms two named attendees. Each project answers a different demo invitation.

async function openBoard(browser: Browser, meetingTitle: string, viewport: { width: number; height: number } | null) {
  const page = await (await browser.newContext({ viewport: viewport ?? undefined })).newPage();
  await signIn(page, "vanphong@hoinghi.local");
  await page.getByRole("link", { name: meetingTitle, exact: true }).first().click();
  await page.getByRole("link", { name: "Bảng theo dõi trả lời" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bảng theo dõi trực tiếp" })).toBeVisible();
  await expect(page.locator("[data-live=on]")).toBeVisible();
  return page;
}

test("a ward answers and the secretariat's live board follows without reload", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === "phone";
  const meeting = phone
    ? "Hội nghị trực tuyến triển khai công tác giảm nghèo bền vững và giải quyết việc làm năm 2027"
    : "Giao ban công tác tuần của Thường trực UBND thị xã";
  const board = await openBoard(browser, meeting, page.viewportSize());
  const row = board.getByRole("row").filter({ hasText: "Phường Nghi Hải" });
  await expect(row).toContainText("Chưa trả lời");
  const marker = await board.evaluate(
    () => ((window as unknown as { boardMarker: number }).boardMarker = Math.random()),
  );

  await signIn(page, "nghihai@hoinghi.local");
  await page.getByRole("link", { name: meeting, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: meeting })).toBeVisible();
  const form = page.getByRole("region", { name: "Trả lời giấy mời" });
  const fields = {
    name: form.getByLabel("Họ và tên người thứ 1"),
    replaces: form.getByLabel("Dự thay cho (khi cử người dự thay)"),
    reason: form.getByLabel("Lý do (khi không tham dự hoặc cử người dự thay)"),
  };
  // Each answer shows only the fields it needs, and says so.
  const needs = [
    { kind: "Không tham dự", file: "decline", shown: ["reason"] },
    { kind: "Cử người dự thay", file: "substitute", shown: ["name", "replaces", "reason"] },
    { kind: "Tham dự", file: "confirm", shown: ["name"] },
  ] as const;
  for (const { kind, file, shown } of phone ? needs : []) {
    await form.getByRole("radio", { name: kind, exact: true }).check();
    await expect(form.getByRole("status")).toHaveText(`Đã hiện các mục cần điền khi chọn “${kind}”.`);
    for (const [field, locator] of Object.entries(fields)) {
      await expect(locator).toBeVisible({ visible: (shown as readonly string[]).includes(field) });
    }
    await expectAccessible(page);
    await form.screenshot({ path: testInfo.outputPath(`answer-${file}-phone.png`) });
  }
  if (phone) {
    await form.getByRole("radio", { name: "Tham dự", exact: true }).check();
    await form.getByLabel("Họ và tên người thứ 1").fill("Nguyễn Văn Hải");
    await form.getByLabel("Chức vụ người thứ 1").fill("Chủ tịch UBND phường Nghi Hải");
    await form.getByLabel("Họ và tên người thứ 2").fill("Trần Thị Lan");
    await form.getByLabel("Chức vụ người thứ 2").fill("Công chức Văn hóa - Xã hội");
  } else {
    await form.getByRole("radio", { name: "Cử người dự thay", exact: true }).check();
    await form.getByLabel("Họ và tên người thứ 1").fill("Trần Quốc Việt");
    await form.getByLabel("Chức vụ người thứ 1").fill("Phó Chủ tịch UBND phường Nghi Hải");
    await form.getByLabel("Dự thay cho (khi cử người dự thay)").fill("Nguyễn Văn Hải");
    await form
      .getByLabel("Lý do (khi không tham dự hoặc cử người dự thay)")
      .fill("Đồng chí Chủ tịch đi công tác tại tỉnh");
  }
  await form.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByText("Đã ghi nhận trả lời của đơn vị.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("answer.png"), fullPage: true });

  // The board changed by itself: same page (the marker survived), new status.
  await expect(row).toContainText(phone ? "Đã xác nhận · 2" : "Cử người dự thay · 1");
  expect(await board.evaluate(() => (window as unknown as { boardMarker: number }).boardMarker)).toBe(marker);
  if (phone)
    await expect(
      board.getByRole("region", { name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã" }).getByTestId("expected"),
    ).toHaveText("Dự kiến 2 người");
  await expectAccessible(board);
  await board.screenshot({ path: testInfo.outputPath("board.png"), fullPage: true });
  await board.close();

  if (!phone) {
    // The chair agrees to the substitute; the ward sees the agreement.
    const chair = await (await browser.newContext()).newPage();
    await signIn(chair, "chutri@hoinghi.local");
    const request = chair.getByRole("listitem").filter({ hasText: "Phường Nghi Hải cử Trần Quốc Việt" });
    await expect(request).toContainText("dự thay cho Nguyễn Văn Hải");
    await expectAccessible(chair);
    await chair.screenshot({ path: testInfo.outputPath("chair-queue.png"), fullPage: true });
    await request.getByLabel("Ý kiến (không bắt buộc)").fill("Đồng ý, đề nghị đồng chí Việt báo cáo đầy đủ.");
    await request.getByRole("button", { name: "Đồng ý", exact: true }).click();
    await expect(chair.getByText("Đã ghi nhận ý kiến của đồng chí.")).toBeVisible();
    await chair.close();
    await page.reload();
    await expect(page.getByText("Chủ trì đã đồng ý")).toBeVisible();
  }
});

test("the answer form works without JavaScript", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "one run is enough: this checks the plain form post, not the layout");
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  // Sign-in needs JavaScript (next-auth's client); sign in with it on, then continue without.
  const withJs = await browser.newContext();
  const signer = await withJs.newPage();
  await signIn(signer, "nghihai@hoinghi.local");
  await context.addCookies(await withJs.cookies());
  await withJs.close();
  await page.goto("/invitations");
  await page
    .getByRole("link", {
      name: "Hội nghị trực tuyến triển khai công tác giảm nghèo bền vững và giải quyết việc làm năm 2027",
      exact: true,
    })
    .click();
  const form = page.getByRole("region", { name: "Trả lời giấy mời" });
  await form.getByRole("radio", { name: "Không tham dự", exact: true }).check();
  // Without JavaScript every field stays, whatever the answer.
  await expect(form.getByLabel("Họ và tên người thứ 1")).toBeVisible();
  await expect(form.getByLabel("Dự thay cho (khi cử người dự thay)")).toBeVisible();
  await form.getByLabel("Lý do (khi không tham dự hoặc cử người dự thay)").fill("");
  await form.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByText("Vui lòng nêu lý do.", { exact: false })).toBeVisible();
  await context.close();
});
