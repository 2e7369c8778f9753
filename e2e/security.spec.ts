import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { E2E_PROXY_HOST, E2E_SECRET } from "./server-env";

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

/** Every file of a folder, recursively. */
function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(path.join(folder, entry.name)) : [path.join(folder, entry.name)],
  );
}

test("the code sent to browsers holds no server secret and no server-side module", async ({ page }) => {
  // What would be there if a secret or the database client were bundled for the browser: the session
  // secret the server runs with, and names only the server's database code uses.
  const markers = [E2E_SECRET, "passwordHash", "calendarFeedTokenHash", "tokenHash", "PrismaClient", "better-sqlite3"];
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
