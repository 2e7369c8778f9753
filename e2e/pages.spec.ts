import { expect, expectAccessible, pick, signIn, test } from "./fixtures";

// Every page each role reaches: it renders, passes the accessibility scan, and is photographed at
// this project's width (1280 px desktop, 390 px phone) for review.
const EVERYONE = ["/calendar", "/notifications", "/settings/profile", "/settings/api-tokens"];
const TOURS = [
  {
    email: "admin@hoinghi.local",
    pages: [
      "/admin/users",
      "/admin/users/new",
      "/admin/audit",
      "/admin/outbox",
      "/meetings",
      "/units",
      "/officials",
      "/points",
      "/statistics",
      "/tasks",
      "/templates",
      ...EVERYONE,
    ],
  },
  {
    email: "vanphong@hoinghi.local",
    pages: [
      "/meetings",
      "/meetings/new",
      "/units",
      "/officials",
      "/points",
      "/statistics",
      "/calendar/weekly",
      "/tasks",
      "/templates",
      "/templates/new",
      ...EVERYONE,
    ],
  },
  { email: "chutri@hoinghi.local", pages: ["/chairing", ...EVERYONE] },
  { email: "nghihai@hoinghi.local", pages: ["/invitations", "/tasks", ...EVERYONE] },
];

test("the sign-in page is accessible", async ({ page }, testInfo) => {
  await page.goto("/login");
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("login.png"), fullPage: true });
});

for (const tour of TOURS) {
  test(`pages of ${tour.email}`, async ({ page }, testInfo) => {
    test.setTimeout(240_000); // a long tour: every page is scanned and photographed, slower at phone width
    await signIn(page, tour.email);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const path of tour.pages) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: testInfo.outputPath(`${path.replaceAll("/", "_")}.png`), fullPage: true });
    }
    // The first meeting listed on the home screen, opened as this user.
    await page.goto(tour.pages[0]!);
    const meetingLink = page
      .locator('main a[href^="/meetings/"]:not([href="/meetings/new"]), main a[href^="/invitations/"]')
      .first();
    if (await meetingLink.count()) {
      await meetingLink.click();
      await expect(page).toHaveURL(/\/(meetings|invitations)\/[^/]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page);
      await page.screenshot({ path: testInfo.outputPath("meeting.png"), fullPage: true });
    }
  });
}

test("the 2022 conference shows both points with their chairs", async ({ page }) => {
  await signIn(page, "vanphong@hoinghi.local");
  await page.getByRole("link", { name: /tổng kết công tác lao động, người có công và xã hội năm 2022/ }).click();
  await expect(page.getByText("Thứ Ba, 27/12/2022, từ 07:30 đến 11:30")).toBeVisible();
  const main = page.getByRole("region", { name: "Điểm cầu chính - Hội trường UBND tỉnh Nghệ An" });
  await expect(main.getByText("Bùi Đình Long — Phó Chủ tịch UBND tỉnh")).toBeVisible();
  await expect(main.getByText("Sở Lao động - Thương binh và Xã hội", { exact: false }).first()).toBeVisible();
  const cuaLo = page.getByRole("region", { name: "Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã" });
  await expect(cuaLo.getByText("Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã")).toBeVisible();
  for (const ward of ["Nghi Hải", "Nghi Hòa", "Nghi Hương", "Nghi Tân", "Nghi Thu", "Nghi Thủy", "Thu Thủy"]) {
    await expect(cuaLo.getByText(`Phường ${ward}`, { exact: true })).toBeVisible();
  }
});

test("unit search ignores accents and đ", async ({ page }) => {
  await signIn(page, "vanphong@hoinghi.local");
  await page.goto("/units");
  await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("nghi thuy");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page.getByText("Phường Nghi Thủy", { exact: true })).toBeVisible();
  await expect(page.getByText("1 đơn vị")).toBeVisible();
  await page.getByRole("searchbox", { name: "Tìm kiếm" }).fill("thi doan");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page.getByText("Thị đoàn Cửa Lò", { exact: true })).toBeVisible();
});

test("adding a unit: bad input is explained and nothing is saved; good input is saved", async ({ page }, testInfo) => {
  await signIn(page, "admin@hoinghi.local");
  await page.goto("/units");
  const form = page.getByRole("region", { name: "Thêm đơn vị" });
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
  // An office, not a ward: other journeys invite "all the wards of Cửa Lò" on the same database.
  const name = `Phòng Thử Nghiệm ${testInfo.project.name}`;
  await form.getByLabel("Tên đơn vị").fill(name);
  await form.getByLabel("Loại", { exact: true }).selectOption({ label: "Cơ quan chuyên môn" });
  await pick(form.getByRole("combobox", { name: "Đơn vị cấp trên" }), "thi xa cua lo", "Thị xã Cửa Lò");
  await form.getByRole("button", { name: "Lưu" }).click();
  await expect(form.getByRole("status")).toHaveText(`Đã thêm đơn vị ${name}.`);
  await page.reload();
  await expect(page.getByRole("listitem").getByText(name, { exact: true })).toBeVisible();
});
