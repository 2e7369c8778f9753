import { expect, expectAccessible, signIn, test } from "./fixtures";

// The header: compact on a phone (the content keeps at least 80% of the first screen), the role's main
// places always in view, everything else in an accessible menu; nothing runs off the screen.
for (const account of ["vanphong@hoinghi.local", "admin@hoinghi.local", "nghihai@hoinghi.local"]) {
  test(`the header of ${account} leaves the screen to the content and opens a menu`, async ({ page }, testInfo) => {
    await signIn(page, account);
    const viewport = page.viewportSize()!;
    const mainTop = await page.locator("main").evaluate((m) => m.getBoundingClientRect().top);
    expect(mainTop / viewport.height).toBeLessThanOrEqual(0.2);
    const [scrollWidth, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    const places = page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link");
    expect(await places.count()).toBeGreaterThanOrEqual(3);
    for (const link of await places.all()) await expect(link).toBeInViewport();

    const button = page.getByRole("button", { name: "Menu", exact: true });
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(menu.getByRole("button", { name: "Đóng" })).toBeFocused();
    await expect(menu.getByRole("link", { name: "Mã truy cập API" })).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: testInfo.outputPath("menu.png") });
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-expanded", "false");

    // A page opened from the menu closes it and is marked current there. (The menu's notifications link
    // names the unread count, "Thông báo (2 mới)", which other specs change: a page of the menu alone is steadier.)
    await button.click();
    await menu.getByRole("link", { name: "Mã truy cập API", exact: true }).click();
    await expect(page).toHaveURL(/\/settings\/api-tokens$/);
    await expect(menu).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath("header.png") });
    await button.click();
    await expect(menu.getByRole("link", { name: "Mã truy cập API", exact: true })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await expect(menu.getByRole("link", { name: /^Thông báo/ })).toBeVisible();
    await page.keyboard.press("Escape");
  });
}
