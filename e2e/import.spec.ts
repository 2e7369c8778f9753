import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, expectAccessible, openFromMenu, signIn, test } from "./fixtures";
import { xlsxOf } from "../lib/import/sample-files";

// The administrator imports a small workbook of units with one bad line: the dry run shows every line's
// outcome and writes nothing, then the two good lines are written, the new commune's ward under it.
// The desktop and phone runs share one database, so each imports units of its own names.

test("the administrator imports units from a workbook with one bad line", async ({ page }, testInfo) => {
  const run = testInfo.project.name === "phone" ? "điện thoại" : "máy tính";
  const commune = `Xã Thử Nhập (${run})`;
  const ward = `Phường Thử Nhập (${run})`;
  await signIn(page, "admin@hoinghi.local");
  await openFromMenu(page, "Nhập dữ liệu");
  await expect(page.getByRole("heading", { level: 1, name: "Nhập dữ liệu" })).toBeVisible();

  // The template: the data sheet's header is the columns the import reads.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Tệp mẫu Đơn vị (.xlsx)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("mau-nhap-don-vi.xlsx");
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(readFileSync(await download.path()).buffer as ArrayBuffer);
  expect(template.worksheets.map((s) => s.name)).toEqual(["Dữ liệu", "Hướng dẫn", "Danh mục"]);
  const header = (template.getWorksheet("Dữ liệu")!.getRow(1).values as string[]).slice(1);
  expect(header.slice(0, 5)).toEqual(["Mã đơn vị", "Tên đơn vị", "Loại", "Khối", "Đơn vị cấp trên"]);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("import.png"), fullPage: true });

  // Names typed on a Mac arrive decomposed (NFD); the ward's line comes before its commune's.
  const file = await xlsxOf([
    header,
    [
      "",
      ward.normalize("NFD"),
      "Phường",
      "Khối chính quyền",
      commune.normalize("NFD"),
      "",
      "",
      "",
      "",
      "0238 3824 999",
    ],
    // Directly under the province, as communes are since the 2025 reform (and not among the wards of
    // Cửa Lò, which other journeys invite all at once).
    ["", commune, "Xã", "Khối chính quyền", "Tỉnh Nghệ An"],
    ["", `Thôn Thử Nhập (${run})`, "Thôn", "Khối chính quyền", "Thị xã Cửa Lò"],
  ]);
  const upload = page.getByRole("region", { name: "Kiểm tra một tệp" });
  await upload.getByLabel("Loại dữ liệu").selectOption({ label: "Đơn vị" });
  await upload.getByLabel("Tệp (.xlsx hoặc .csv)").setInputFiles({
    name: "don-vi.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(file),
  });
  await upload.getByRole("button", { name: "Kiểm tra tệp" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Nhập Đơn vị: don-vi.xlsx" })).toBeVisible();
  await expect(page.getByText("3 dòng: 2 tạo mới · 0 cập nhật · 0 không đổi · 1 lỗi")).toBeVisible();
  const lines = page
    .getByRole("region", { name: "Kết quả từng dòng" })
    .getByRole("listitem")
    .filter({ hasText: /^Dòng \d+/ });
  await expect(lines.filter({ hasText: "Dòng 2" })).toContainText("Tạo mới");
  await expect(lines.filter({ hasText: "Dòng 3" })).toContainText("Tạo mới");
  const bad = lines.filter({ hasText: "Dòng 4" });
  await expect(bad).toContainText("Lỗi");
  await expect(bad).toContainText(`Thôn Thử Nhập (${run})`);
  await expect(bad).toContainText("Loại: Không có loại đơn vị này; xem trang Danh mục của tệp mẫu.");
  await expect(page.getByText("1 dòng lỗi sẽ được bỏ qua; sửa tệp rồi nhập lại để thêm các dòng đó.")).toBeVisible();
  // Nothing is written by the dry run.
  await page.goto(`/units?q=${encodeURIComponent("thu nhap")}`);
  await expect(page.getByText(commune)).toHaveCount(0);
  await page.goBack();
  await page.getByRole("link", { name: "Lỗi (1)" }).click();
  await expect(lines).toHaveCount(1);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("import-dry-run.png"), fullPage: true });

  await page.getByRole("link", { name: "Tất cả (3)" }).click();
  await page.getByRole("button", { name: "Ghi 2 dòng vào hệ thống" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi xong 2 dòng." })).toBeVisible();
  await expect(page.getByText("Đã ghi xong", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: /Ghi \d+ dòng/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: testInfo.outputPath("import-done.png"), fullPage: true });

  // The registry finds both, searched without accents, the ward under its new commune.
  await page.goto(`/units?q=${encodeURIComponent(`thu nhap ${run === "máy tính" ? "may tinh" : "dien thoai"}`)}`);
  await expect(page.getByText(commune, { exact: true })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: ward })).toContainText(
    `Phường · Khối chính quyền · ${commune}`,
  );
  await expect(page.getByText(`Thôn Thử Nhập (${run})`)).toHaveCount(0);
});
