import { beforeAll, describe, expect, it } from "vitest";
import { CUA_LO_MINUTES } from "../minutes-sample";
import { pdfPages } from "../testing-extract";
import { renderMinutesPdf } from "./minutes-pdf";

describe("renderMinutesPdf", () => {
  let file: Buffer;
  let pages: string[][] = [];
  let lines: string[] = [];

  beforeAll(async () => {
    file = await renderMinutesPdf(CUA_LO_MINUTES);
    pages = await pdfPages(file);
    lines = pages.flat();
  });

  it("is a PDF with Tinos embedded in its four styles", () => {
    const raw = file.toString("latin1");
    expect(raw.startsWith("%PDF-")).toBe(true);
    for (const face of ["Regular", "Bold", "Italic", "BoldItalic"]) {
      expect(raw).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+Tinos-${face}\\b`));
    }
    expect(raw).toContain("/FontFile2");
  });

  it("writes the header, the number and no place-date line", () => {
    expect(lines.slice(0, 5)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH NGHỆ AN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BB-UBND",
    ]);
    expect(lines.some((line) => /, ngày \d{2} tháng \d+ năm \d{4}$/u.test(line))).toBe(false);
    expect(lines).toContain("BIÊN BẢN");
  });

  it("extracts the Vietnamese text intact, in NFC", () => {
    const text = lines.join("\n");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toContain("Thời gian bắt đầu: 07 giờ 30 phút, Thứ Ba, ngày 27 tháng 12 năm 2022.");
    expect(text).toContain("Nghi Hòa, Nghi Hương, Nghi Tân, Nghi Thu, Nghi Thủy, Thu Thủy.");
  });

  it("keeps the indicators' figures", () => {
    expect(lines.find((line) => line.includes("45.000"))).toMatch(/42\.900 45\.000 104,9% 43\.000/u);
  });

  it("numbers the conclusions with their deadlines and closes with the end time", () => {
    const text = lines.join(" ");
    expect(text).toMatch(/1\. Tập trung thực hiện .* thời hạn: 31\/12\/2023\./u);
    expect(text).toMatch(/2\. Rà soát, tổng hợp .* thời hạn: 31\/01\/2023\./u);
    expect(text).toContain("Hội nghị kết thúc vào 11 giờ 30 phút, ngày 27 tháng 12 năm 2022./.");
  });

  it("has THƯ KÝ sign before CHỦ TỌA, then Nơi nhận", () => {
    expect(lines.indexOf("THƯ KÝ")).toBeGreaterThan(-1);
    expect(lines.indexOf("THƯ KÝ")).toBeLessThan(lines.indexOf("CHỦ TỌA"));
    expect(lines.indexOf("CHỦ TỌA")).toBeLessThan(lines.indexOf("Nơi nhận:"));
    expect(lines).toContain("- Lưu: VT.");
  });

  it("marks every page of a draft DỰ THẢO, and numbers the pages from the second", () => {
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain("DỰ THẢO");
    expect(pages[1]).toContain("2");
  });

  it("has no watermark once approved", async () => {
    const approved = (await pdfPages(await renderMinutesPdf({ ...CUA_LO_MINUTES, draft: false }))).flat();
    expect(approved.join("\n")).not.toContain("DỰ THẢO");
  });
});
