import { beforeAll, describe, expect, it } from "vitest";
import { renderConclusionNoticeDocx } from "./conclusion-notice-docx";
import { CUA_LO_CONCLUSION_NOTICE } from "./conclusion-notice-sample";
import { docxPart, docxParagraphs } from "./testing-extract";

describe("renderConclusionNoticeDocx", () => {
  let documentXml = "";
  let text: string[] = [];

  beforeAll(async () => {
    documentXml = docxPart(await renderConclusionNoticeDocx(CUA_LO_CONCLUSION_NOTICE), "word/document.xml");
    text = docxParagraphs(documentXml);
  });

  it("writes the header with the number and the place-date line in italic", () => {
    expect(text.slice(0, 6)).toEqual([
      "UBND TỈNH NGHỆ AN",
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ CỬA LÒ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 07/TB-UBND",
    ]);
    expect(documentXml).toMatch(/<w:i\/>(?:(?!<\/w:r>)[\s\S])*Cửa Lò, ngày 03 tháng 01 năm 2023/);
  });

  it("writes the title, the numbered conclusions with their deadlines and the closing", () => {
    expect(text).toContain("THÔNG BÁO");
    expect(
      text.find((p) => p.startsWith("Kết luận của đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã tại")),
    ).toBeDefined();
    const conclusions = text.filter((p) => /^\d\. /u.test(p));
    expect(conclusions.map((p) => p.slice(0, 2))).toEqual(["1.", "2.", "3."]);
    expect(conclusions[0]).toMatch(/thời hạn: 31\/12\/2023\.$/u);
    expect(text).toContain("Ủy ban nhân dân thị xã Cửa Lò thông báo để các cơ quan, đơn vị biết, thực hiện./.");
  });

  it("ends with Nơi nhận on the left and the signature on the right", () => {
    const end = text.slice(-8);
    expect(end).toEqual([
      "Nơi nhận:",
      "- Chủ tịch, các PCT UBND thị xã;",
      "- Phòng Lao động - TB và XH;",
      "- UBND các phường;",
      "- Lưu: VT.",
      "TL. CHỦ TỊCH",
      "CHÁNH VĂN PHÒNG",
      "Nguyễn Văn An",
    ]);
  });
});
