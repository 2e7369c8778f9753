import { beforeAll, describe, expect, it } from "vitest";
import { renderInvitationDocx } from "./invitation-docx";
import { CUA_LO_INVITATION } from "./invitation-sample";
import { docxPart as part, docxParagraphs as paragraphs } from "./testing-extract";

/** The attributes of the first element with this name, as numbers where they are numbers. */
function attributes(xml: string, element: string): Record<string, string> {
  const tag = new RegExp(`<${element} ([^>]*?)/?>`).exec(xml)?.[1] ?? "";
  return Object.fromEntries(Array.from(tag.matchAll(/w:(\w+)="([^"]*)"/g), (m) => [m[1], m[2]]));
}

describe("renderInvitationDocx", () => {
  let documentXml = "";
  let stylesXml = "";
  let text: string[] = [];

  beforeAll(async () => {
    const file = await renderInvitationDocx(CUA_LO_INVITATION);
    documentXml = part(file, "word/document.xml");
    stylesXml = part(file, "word/styles.xml");
    text = paragraphs(documentXml);
  });

  it("writes the two-column header", () => {
    expect(text.slice(0, 5)).toEqual([
      "UBND TỈNH NGHỆ AN",
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ CỬA LÒ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(text).toContain("Số: 12/GM-UBND");
  });

  it("writes the place-date line with zero padding, in italic", () => {
    expect(text).toContain("Cửa Lò, ngày 05 tháng 01 năm 2027");
    expect(documentXml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Cửa Lò, ngày 05 tháng 01 năm 2027/);
  });

  it("writes the title, the invitation, the chair and the time", () => {
    expect(text).toContain("GIẤY MỜI");
    expect(text).toContain("Ủy ban nhân dân thị xã Cửa Lò trân trọng kính mời: Phường Nghi Hải.");
    expect(text).toContain("Chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã.");
    expect(text.find((p) => p.startsWith("Thời gian:"))).toContain(
      "07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027",
    );
  });

  it("ends with the signature and Nơi nhận, the archive copy last", () => {
    expect(text).toEqual(expect.arrayContaining(["Nơi nhận:", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]));
    expect(text.filter((p) => p.startsWith("- ")).at(-1)).toBe("- Lưu: VT.");
  });

  it("sets an A4 portrait page with margins 20/20/30/15 mm", () => {
    expect(attributes(documentXml, "w:pgSz")).toMatchObject({ w: "11906", h: "16838", orient: "portrait" });
    expect(attributes(documentXml, "w:pgMar")).toMatchObject({
      top: "1134",
      bottom: "1134",
      left: "1701",
      right: "850",
    });
  });

  it("sets Times New Roman 14 pt as the default, in Vietnamese", () => {
    const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/.exec(stylesXml)?.[0] ?? "";
    expect(attributes(defaults, "w:rFonts")).toMatchObject({
      ascii: "Times New Roman",
      hAnsi: "Times New Roman",
      cs: "Times New Roman",
    });
    expect(attributes(defaults, "w:sz")).toEqual({ val: "28" });
    expect(attributes(defaults, "w:lang")).toEqual({ val: "vi-VN" });
  });

  it("justifies the body", () => {
    expect(documentXml).toMatch(/<w:jc w:val="both"\/>(?:(?!<\/w:p>)[\s\S])*trân trọng kính mời/);
  });

  it("draws the header in a table without borders", () => {
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(documentXml)?.[1] ?? "";
    expect(borders).not.toBe("");
    expect(borders).not.toMatch(/w:val="single"/);
  });
});
