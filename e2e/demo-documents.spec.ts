import { expect, signIn, test } from "./fixtures";

// Every document link the demo shows opens, with the right type: each invitation letter (page and
// .docx) of every meeting, and each minutes' and notice's .docx and PDF. A link the route refuses
// would be a dead end for a văn phòng trying the app.
const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  page: "text/html",
};

test("every letter, minutes and notice link of the demo opens", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, "admin@hoinghi.local");
  await page.goto("/meetings?from=2020-01-01&to=2035-12-31");
  const meetings = [
    ...new Set(
      await page
        .locator('main a[href^="/meetings/"]')
        .evaluateAll((links) =>
          links.map((a) => a.getAttribute("href")!).filter((href) => /^\/meetings\/[^/?#]+$/.test(href)),
        ),
    ),
  ];
  expect(meetings.length).toBeGreaterThanOrEqual(5);

  const links = new Set<string>();
  const collect = async (selector: string) => {
    for (const href of await page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute("href")!)))
      links.add(href);
  };
  for (const meeting of meetings) {
    await page.goto(meeting);
    await collect('main a[href*="/invitations/"]');
    const minutesPages = await page
      .locator('main a[href*="/minutes/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")!).filter((h) => /\/minutes\/[^/]+$/.test(h)));
    for (const minutes of new Set(minutesPages)) {
      await page.goto(minutes);
      await collect('main a[href*="/file/"]');
    }
  }
  const letters = [...links].filter((l) => /\/invitations\/[^/]+$/.test(l));
  expect(letters.length).toBeGreaterThanOrEqual(40);
  expect([...links].filter((l) => l.endsWith("/file/thong-bao-ket-luan.pdf")).length).toBeGreaterThanOrEqual(1);

  for (const link of links) {
    const response = await page.request.get(link);
    const kind = link.endsWith(".pdf") ? "pdf" : link.endsWith(".docx") || link.endsWith("/docx") ? "docx" : "page";
    expect(response.status(), link).toBe(200);
    expect(response.headers()["content-type"], link).toContain(TYPES[kind]);
  }
});
