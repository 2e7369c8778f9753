import type { Page } from "@playwright/test";
import { attemptSignIn, expect, expectAccessible, signIn, signOut, test } from "./fixtures";

// What the browser enforces: the Content-Security-Policy lets the app's own scripts run (every page
// hydrates and works) and nothing else, no page can be framed by another site, and the sign-in form
// says how long to wait after too many failures. The demo served to the network prints no password.

/** Every CSP violation the page reports, as the browser's console and its violation events see them. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|frame|connect)/i.test(message.text()))
      violations.push(message.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  // Added by the browser's devtools protocol, which the policy does not apply to.
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective}: ${event.blockedURI} from ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    ),
  );
  return violations;
}

const PAGES: Record<string, string[]> = {
  "vanphong@hoinghi.local": ["/meetings", "/calendar", "/templates", "/statistics"],
  "chutri@hoinghi.local": ["/chairing"],
  "nghihai@hoinghi.local": ["/invitations", "/tasks", "/settings/api-tokens", "/signatures/verify"],
  "admin@hoinghi.local": ["/admin/users", "/admin/audit", "/admin/settings", "/admin/signatures"],
};

test("every page hydrates under the nonce policy, with no violation, and sends the security headers", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const violations = await watchViolations(page);
  const login = await page.goto("/login");
  const headers = login!.headers();
  const policy = headers["content-security-policy"]!;
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/);
  expect(policy.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
  });
  expect(headers["permissions-policy"]).toContain("camera=()");
  // Served over http on this machine: no HSTS, which would pin localhost to https.
  expect(headers["strict-transport-security"]).toBeUndefined();
  // A fresh nonce for every response.
  expect((await page.request.get("/login")).headers()["content-security-policy"]).not.toBe(policy);

  for (const [email, paths] of Object.entries(PAGES)) {
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      // Hydrated: the header's menu is a client component; it opens and closes.
      await page.getByRole("button", { name: "Menu", exact: true }).click();
      const menu = page.getByRole("dialog", { name: "Menu" });
      await expect(menu).toBeVisible();
      await page.keyboard.press("Escape");
      await expect(menu).toBeHidden();
    }
    await signOut(page);
    await expect(page).toHaveURL(/\/login/);
  }
  // The live board's event stream runs under the policy too (the minutes editor has its own spec).
  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/meetings");
  await page.getByRole("link", { name: "Giao ban công tác tuần của Thường trực UBND thị xã" }).first().click();
  await page.getByRole("link", { name: "Bảng theo dõi trả lời" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("board.png"), fullPage: true });
  expect(violations).toEqual([]);
});

test("no other site can frame a page of the app", async ({ page, baseURL }) => {
  // A page of another origin, say a phishing site, that puts the meeting list in an invisible frame.
  await page.route("http://framing.example/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Trang khác</title><iframe src="${baseURL}/login" style="opacity:0.01"></iframe>`,
    }),
  );
  await page.goto("http://framing.example/");
  // The browser refuses to render it: the frame holds the browser's error page, not the sign-in form.
  await expect.poll(() => page.frames().map((f) => f.url())).toContain("chrome-error://chromewebdata/");
  await expect(page.frameLocator("iframe").getByRole("button", { name: "Đăng nhập" })).toHaveCount(0);
});

test("too many wrong passwords are answered with the wait, in Vietnamese", async ({ page }, testInfo) => {
  // An address that is no account: it is counted the same, and locks out no one the other specs use.
  const email = `doan-mo-${testInfo.project.name}@hoinghi.local`;
  for (let i = 1; i <= 5; i++) {
    await attemptSignIn(page, email, `mat-khau-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
      "Thư điện tử hoặc mật khẩu không đúng. Vui lòng kiểm tra và thử lại.",
    );
  }
  await attemptSignIn(page, email, "mat-khau-6");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Đăng nhập sai quá nhiều lần. Để bảo vệ tài khoản, vui lòng thử lại sau 1 phút.",
  );
  await expectAccessible(page);
});

test("the demo served to the network names its accounts but prints no password", async ({ page }, testInfo) => {
  // The end-to-end server is started with HOINGHI_DEMO=on, so it listens on every interface.
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Tài khoản demo", exact: true })).toBeVisible();
  await expect(page.getByText("CHẾ ĐỘ DEMO — dữ liệu minh họa. Không dùng cho công việc thật.")).toBeVisible();
  expect(await page.content()).not.toContain("demo1234");
  await page.screenshot({ path: testInfo.outputPath("login.png"), fullPage: true });
});
