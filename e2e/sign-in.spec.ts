import type { Page } from "@playwright/test";
import { attemptSignIn, expect, signIn, signOut, test } from "./fixtures";

const HOMES = [
  { email: "admin@hoinghi.local", heading: "Người dùng", path: "/admin/users" },
  { email: "vanphong@hoinghi.local", heading: "Hội nghị", path: "/meetings" },
  { email: "chutri@hoinghi.local", heading: "Hội nghị tôi chủ trì", path: "/chairing" },
  { email: "nghihai@hoinghi.local", heading: "Giấy mời của đơn vị", path: "/invitations" },
];

/** Where "/" sends the browser now: a bare 307, nothing rendered first. */
async function rootRedirect(page: Page) {
  const answer = await page.request.get("/", { maxRedirects: 0 });
  expect(answer.status()).toBe(307);
  expect(await answer.text()).toBe("");
  return new URL(answer.headers().location!, page.url()).pathname;
}

for (const account of HOMES) {
  test(`${account.email} signs in straight to their home screen`, async ({ page }) => {
    // Every address the tab shows (the router restating the one it is on counts once) and every request
    // for "/": signing in used to pass through an empty "/".
    const passedBy: string[] = [];
    page.on("framenavigated", (frame) => {
      const path = new URL(frame.url()).pathname;
      if (frame === page.mainFrame() && passedBy.at(-1) !== path) passedBy.push(path);
    });
    page.on("request", (request) => {
      if (new URL(request.url()).pathname === "/") passedBy.push(`request for / (${request.resourceType()})`);
    });
    await signIn(page, account.email);
    await expect(page).toHaveURL(account.path);
    await expect(page.getByRole("heading", { level: 1, name: account.heading, exact: true })).toBeVisible();
    expect(passedBy).toEqual(["/login", account.path]);
    await expect(page.getByText("CHẾ ĐỘ DEMO")).toBeVisible();
    expect(await rootRedirect(page)).toBe(account.path);
    await signOut(page);
    await expect(page).toHaveURL(/\/login/);
    expect(await rootRedirect(page)).toBe("/login");
    await page.goto(account.path);
    await expect(page).toHaveURL(/\/login/);
  });
}

test("a wrong password gets a clear Vietnamese message", async ({ page }) => {
  await attemptSignIn(page, "vanphong@hoinghi.local", "sai-mat-khau");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Thư điện tử hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.",
  );
  await expect(page).toHaveURL(/\/login/);
});

test("an empty form is answered field by field", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByText("Vui lòng nhập thông tin này.")).toHaveCount(2);
});

test("the interface switches to English and back", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
});
