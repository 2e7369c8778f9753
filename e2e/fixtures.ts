import { test as base, expect, type Locator, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export const PASSWORD = "demo1234";

/** Fills and submits the sign-in form, without waiting for the outcome. */
export async function attemptSignIn(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Thư điện tử", { exact: true }).fill(email);
  await page.getByLabel("Mật khẩu", { exact: true }).fill(password);
  // Exactly: with single sign-on configured, "Đăng nhập bằng …" is a button too.
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

/** Signs in and waits until the role's home screen has loaded. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await attemptSignIn(page, email, password);
  await page.waitForURL((url) => url.pathname !== "/login" && url.pathname !== "/");
}

/** Fails on serious or critical accessibility violations of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * Chooses in a searchable picker (a combobox searching on the server): types `search`, as a user
 * would, then taps the option named `option` exactly once it has been found.
 */
export async function pick(field: Locator, search: string, option: string) {
  await field.fill(search);
  await field.page().getByRole("listbox").getByRole("option", { name: option, exact: true }).click();
}

/**
 * Types a moment into a date-and-time field as a user would: the day as dd/mm/yyyy and the time on the
 * 24-hour clock. `value` is "YYYY-MM-DDTHH:mm", the same wire value the form sends.
 */
export async function fillMoment(scope: Page | Locator, label: string, value: string) {
  const [day, time] = value.split("T") as [string, string];
  const [year, month, date] = day.split("-");
  const field = scope.getByRole("group", { name: label, exact: true });
  await field.getByRole("textbox", { name: `${label} Ngày`, exact: true }).fill(`${date}/${month}/${year}`);
  await field.getByRole("textbox", { name: `${label} Giờ`, exact: true }).fill(time);
}

/** Signs out from the header (on a phone its account actions are in the menu). */
export async function signOut(page: Page) {
  const visible = page.getByRole("button", { name: "Đăng xuất" }).filter({ visible: true });
  if (!(await visible.count())) await page.getByRole("button", { name: "Menu", exact: true }).click();
  await visible.click();
}

/** Opens a page from the header's menu, where every page the role may open is listed by group. */
export async function openFromMenu(page: Page, name: string) {
  await page.getByRole("button", { name: "Menu", exact: true }).click();
  await page.getByRole("dialog", { name: "Menu" }).getByRole("link", { name, exact: true }).click();
}

/**
 * Every journey fails when a client component missed one of its texts (next-intl logs MISSING_MESSAGE
 * and shows the key): each part of the app gives its client components only the namespaces they need
 * (lib/i18n/client-scopes.ts), and this is where a namespace left out would show.
 */
export const test = base.extend<{ textsComplete: void }>({
  textsComplete: [
    async ({ page }, use) => {
      const missing: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" && /MISSING_MESSAGE|INSUFFICIENT_PATH/.test(message.text()))
          missing.push(`${page.url()}: ${message.text()}`);
      });
      await use();
      expect(missing, "texts missing in client components").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };
