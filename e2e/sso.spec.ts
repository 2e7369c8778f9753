import type { Page } from "@playwright/test";
import { attemptSignIn, expect, expectAccessible, PASSWORD, signIn, test as base } from "./fixtures";
import { APP_URL, ISSUER, PROVIDER_NAME, SSO_ONLY_EMAIL, startSsoServers } from "./sso-servers";

// Desktop only (see the phone project in playwright.config.ts): the servers below take fixed ports, and the
// journey is redirects between two servers around one button on the login page.
const test = base.extend<object, { ssoServers: void }>({
  ssoServers: [
    async ({}, use) => {
      const stop = await startSsoServers();
      await use();
      await stop();
    },
    { scope: "worker", auto: true, timeout: 600_000 },
  ],
});
test.use({ baseURL: APP_URL });

/** From the app's login page through the provider's own sign-in screen, as the person `login` there. */
async function signInThroughProvider(page: Page, login: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: `Đăng nhập bằng ${PROVIDER_NAME}`, exact: true }).click();
  await page.waitForURL((url) => url.origin === ISSUER);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("mat-khau-tai-tinh");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.waitForURL((url) => url.origin === APP_URL && url.pathname !== "/");
}

test("a ward representative signs in with the province's account and lands on the invitations", async ({
  page,
}, testInfo) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: `Đăng nhập bằng ${PROVIDER_NAME}` })).toBeVisible();
  await expect(page.getByText("hoặc bằng mật khẩu")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("login-with-sso.png") });

  await signInThroughProvider(page, "nghihai");
  await expect(page).toHaveURL(`${APP_URL}/invitations`);
  await expect(page.getByRole("heading", { level: 1, name: "Giấy mời của đơn vị", exact: true })).toBeVisible();
});

test("a person the province knows but the app does not is refused, with no account made", async ({
  page,
}, testInfo) => {
  await signInThroughProvider(page, "khach");
  await expect(page).toHaveURL(/\/login\?error=SsoUnknownAccount$/);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    `Địa chỉ thư điện tử của bạn trên ${PROVIDER_NAME} chưa có tài khoản trong hệ thống. Đăng nhập một lần không tự tạo tài khoản: vui lòng liên hệ quản trị viên để được cấp.`,
  );
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("login-refused.png") });
  await page.goto("/invitations");
  await expect(page).toHaveURL(/\/login/);

  // The administrator sees the refusal in the audit log, under the e-mail the provider gave.
  await signIn(page, "admin@hoinghi.local");
  await page.goto("/admin/audit");
  await expect(
    page.getByRole("row").filter({ hasText: "khach@nghean.gov.vn" }).filter({ hasText: "auth.ssoRefused" }),
  ).toHaveCount(1);
});

test("an account that signs in only by SSO is refused its password, and comes in through the provider", async ({
  page,
}) => {
  await attemptSignIn(page, SSO_ONLY_EMAIL, PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Thư điện tử hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.",
  );
  await expect(page).toHaveURL(/\/login/);

  await signInThroughProvider(page, "chutri");
  await expect(page).toHaveURL(`${APP_URL}/chairing`);
  await expect(page.getByRole("heading", { level: 1, name: "Hội nghị tôi chủ trì", exact: true })).toBeVisible();
});
