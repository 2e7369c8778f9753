import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { attemptSignIn, expect, expectAccessible, signIn, signOut, test } from "./fixtures";
import { E2E_PROXY_HOST, E2E_SECRET } from "./server-env";

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

// Server actions answer the app's own pages (and a proxy it was told about) and no other site, which
// would otherwise post them with the user's cookies; and no secret of the server reaches the browser.

const FOREIGN = "https://evil.example";
const BRIEFING = "Giao ban công tác tuần của Thường trực UBND thị xã";

/**
 * The server action of the page's plain form holding `inForm`, as the HTML the server sends names it
 * (the page's scripts drop the field once they run).
 */
async function formAction(page: Page, inForm: string): Promise<string> {
  const html = await (await page.request.get(page.url())).text();
  const form = html.split("<form").find((chunk) => chunk.slice(0, chunk.indexOf("</form>")).includes(inForm));
  const action = /name="(\$ACTION_ID_[^"]+)"/.exec(form ?? "")?.[1];
  expect(action, `a form with ${inForm}`).toBeDefined();
  return action!;
}

/** Posts a plain form's action, as a page of `origin` would, with the browser's cookies. */
function post(page: Page, action: string, fields: Record<string, string>, origin: string) {
  return page.request.post(page.url(), {
    headers: { Origin: origin },
    multipart: { [action]: "", ...fields },
    maxRedirects: 0,
  });
}

/** Every file of a folder, recursively. */
function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

test.describe("origin and bundle", () => {
  // No layout to test: the phone run would only repeat them.
  test.skip(({ isMobile }) => isMobile, "once is enough");

  test("a server action posted from another site is refused; the app's pages and its proxy are heard", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/login");
    const languages = await formAction(page, 'aria-label="Ngôn ngữ"');
    const foreign = await post(page, languages, { locale: "en" }, FOREIGN);
    expect(foreign.status()).toBe(500);
    expect(foreign.headers()["set-cookie"] ?? "").not.toContain("NEXT_LOCALE");
    for (const origin of [new URL(baseURL!).origin, `https://${E2E_PROXY_HOST}`]) {
      const heard = await post(page, languages, { locale: "en" }, origin);
      expect(heard.ok(), origin).toBe(true);
      expect(heard.headers()["set-cookie"], origin).toContain("NEXT_LOCALE=en");
    }
  });

  test("a unit's answer posted from another site with the unit's session is not recorded", async ({ page }) => {
    await signIn(page, "nghihai@hoinghi.local");
    await page.getByRole("link", { name: BRIEFING, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: BRIEFING })).toBeVisible();
    const form = page.getByRole("region", { name: "Trả lời giấy mời" }).locator("form");
    const invitationId = await form.locator('input[name="invitationId"]').inputValue();
    const forged = await post(
      page,
      await formAction(page, 'name="invitationId"'),
      { invitationId, kind: "CONFIRM", attendeeName: "Người Giả Mạo", attendeeTitle: "" },
      FOREIGN,
    );
    expect(forged.status()).toBe(500);
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: BRIEFING })).toBeVisible();
    await expect(page.getByText("Người Giả Mạo")).toHaveCount(0);
  });

  test("the code sent to browsers holds no server secret and no server-side module", async ({ page }) => {
    // What would be there if a secret or the database client were bundled for the browser: the session
    // secret the server runs with, and names only the server's database code uses.
    const markers = [
      E2E_SECRET,
      "passwordHash",
      "calendarFeedTokenHash",
      "tokenHash",
      "PrismaClient",
      "better-sqlite3",
    ];
    const bundle = files(path.join(process.cwd(), ".next", "static")).filter((f) => /\.(js|css|json|txt)$/.test(f));
    expect(bundle.length).toBeGreaterThan(10);
    const found = bundle.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return markers.filter((m) => text.includes(m)).map((m) => `${path.relative(process.cwd(), file)}: ${m}`);
    });
    expect(found).toEqual([]);
    // Nor does a page's own HTML (with its React Server Components payload), signed in or not.
    expect(await (await page.request.get("/login")).text()).not.toContain(E2E_SECRET);
    await signIn(page, "admin@hoinghi.local");
    for (const url of ["/admin/settings", "/settings/api-tokens", "/calendar"]) {
      const html = await (await page.request.get(url)).text();
      for (const marker of [E2E_SECRET, "passwordHash", "tokenHash"]) expect(html, url).not.toContain(marker);
    }
  });
});
