import { attemptSignIn, expect, signIn, signOut, test } from "./fixtures";

const HOMES = [
  { email: "admin@hoinghi.local", heading: "Người dùng", path: "/admin/users" },
  { email: "vanphong@hoinghi.local", heading: "Hội nghị", path: "/meetings" },
  { email: "chutri@hoinghi.local", heading: "Hội nghị tôi chủ trì", path: "/chairing" },
  { email: "nghihai@hoinghi.local", heading: "Giấy mời của đơn vị", path: "/invitations" },
];

for (const account of HOMES) {
  test(`${account.email} signs in and sees their home screen`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(account.path);
    await expect(page.getByRole("heading", { level: 1, name: account.heading, exact: true })).toBeVisible();
    await expect(page.getByText("CHẾ ĐỘ DEMO")).toBeVisible();
    await signOut(page);
    await expect(page).toHaveURL(/\/login/);
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
