import { beforeAll, describe, expect, it } from "vitest";
import { renderMinutesDocx } from "./minutes-docx";
import { CUA_LO_MINUTES } from "./minutes-sample";
import { docxPart, docxParagraphs } from "./testing-extract";

/** Every header part of the package: the running headers carry the page number and the watermark. */
function headers(file: Buffer): string {
  return ["word/header1.xml", "word/header2.xml"].map((name) => docxPart(file, name)).join("");
}

describe("renderMinutesDocx", () => {
  let draft: Buffer;
  let documentXml = "";
  let text: string[] = [];

  beforeAll(async () => {
    draft = await renderMinutesDocx(CUA_LO_MINUTES);
    documentXml = docxPart(draft, "word/document.xml");
    text = docxParagraphs(documentXml);
  });

  it("writes the header, the number and no place-date line", () => {
    expect(text.slice(0, 5)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH NGHỆ AN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/BB-UBND",
    ]);
    expect(text.some((p) => /^[^:]+, ngày \d{2} tháng \d+ năm \d{4}$/u.test(p))).toBe(false);
  });

  it("writes the title, the details, the sections and the closing time", () => {
    expect(text).toEqual(
      expect.arrayContaining([
        "BIÊN BẢN",
        CUA_LO_MINUTES.title,
        "Thời gian bắt đầu: 07 giờ 30 phút, Thứ Ba, ngày 27 tháng 12 năm 2022.",
        "Nội dung:",
        "1. Thành phần tham dự",
        "Hội nghị kết thúc vào 11 giờ 30 phút, ngày 27 tháng 12 năm 2022./.",
      ]),
    );
    expect(text.filter((p) => /^\d\. .*thời hạn: \d{2}\/\d{2}\/\d{4}\.$/u.test(p))).toHaveLength(2);
  });

  it("draws the indicators in a bordered table, figures right-aligned", () => {
    expect(text).toEqual(expect.arrayContaining(["Số lao động được tạo việc làm mới", "45.000", "104,9%"]));
    expect(documentXml).toMatch(/<w:tblBorders>(?:(?!<\/w:tblBorders>)[\s\S])*w:val="single"/);
    expect(documentXml).toMatch(/<w:jc w:val="right"\/>(?:(?!<\/w:p>)[\s\S])*>104,9%</);
  });

  it("has THƯ KÝ sign on the left of CHỦ TỌA, then Nơi nhận with the archive copy", () => {
    expect(text.indexOf("THƯ KÝ")).toBeGreaterThan(-1);
    expect(text.indexOf("THƯ KÝ")).toBeLessThan(text.indexOf("CHỦ TỌA"));
    expect(text.indexOf("Lê Minh Tuấn")).toBeLessThan(text.indexOf("Bùi Đình Long", text.indexOf("CHỦ TỌA")));
    expect(text.at(-1)).toBe("- Lưu: VT.");
  });

  it("puts the DỰ THẢO watermark in the running headers of a draft only", async () => {
    expect(headers(draft)).toContain('string="DỰ THẢO"');
    expect(headers(await renderMinutesDocx({ ...CUA_LO_MINUTES, draft: false }))).not.toContain("DỰ THẢO");
  });

  it("numbers the pages from the second one", () => {
    expect(documentXml).toContain("<w:titlePg/>");
    expect(headers(draft)).toMatch(/PAGE/);
  });
});
