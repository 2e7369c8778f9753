import { expect, signIn, test } from "./fixtures";

test("a unit representative opening secretariat pages is refused with HTTP 403", async ({ page }) => {
  await signIn(page, "nghihai@hoinghi.local");
  await expect(page).toHaveURL("/invitations");
  for (const path of ["/meetings", "/units", "/points", "/admin/users", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
  }
});

test("a unit representative cannot open a meeting that does not invite their unit", async ({ page, browser }) => {
  // The secretariat can see its draft meeting; the ward cannot, even with the exact URL.
  const secretariat = await browser.newPage();
  await signIn(secretariat, "vanphong@hoinghi.local");
  await secretariat.getByRole("link", { name: "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027" }).click();
  await expect(secretariat.getByRole("heading", { level: 1 })).toHaveText(
    "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027",
  );
  const draftUrl = secretariat.url();
  await secretariat.close();

  await signIn(page, "nghihai@hoinghi.local");
  await expect(page).toHaveURL("/invitations");
  const response = await page.goto(draftUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
});

test("a signed-out visitor is sent to sign in", async ({ page }) => {
  await page.goto("/meetings");
  await expect(page).toHaveURL(/\/login/);
});
