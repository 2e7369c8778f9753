import { beforeAll, describe, expect, it } from "vitest";
import { CUA_LO_CONCLUSION_NOTICE } from "../conclusion-notice-sample";
import { pdfPages } from "../testing-extract";
import { renderConclusionNoticePdf } from "./conclusion-notice-pdf";

describe("renderConclusionNoticePdf", () => {
  let file: Buffer;
  let lines: string[] = [];

  beforeAll(async () => {
    file = await renderConclusionNoticePdf(CUA_LO_CONCLUSION_NOTICE);
    lines = (await pdfPages(file)).flat();
  });

  it("embeds Tinos", () => {
    expect(file.toString("latin1")).toMatch(/\/BaseFont \/[A-Z]{6}\+Tinos-Regular\b/);
  });

  it("writes the header with the number and the place-date line", () => {
    expect(lines.slice(0, 5)).toEqual([
      "UBND TỈNH NGHỆ AN",
      "ỦY BAN NHÂN DÂN",
      "THỊ XÃ CỬA LÒ",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    // Side by side on one baseline, as the two header columns set them.
    expect(lines[5]).toBe("Số: 07/TB-UBND Cửa Lò, ngày 03 tháng 01 năm 2023");
    expect(lines[6]).toBe("THÔNG BÁO");
  });

  it("writes the numbered conclusions and the closing, in NFC", () => {
    const text = lines.join(" ");
    expect(text).toBe(text.normalize("NFC"));
    expect(text).toMatch(/1\. Tập trung .* thời hạn: 31\/12\/2023\. 2\. Rà soát/u);
    expect(text).toContain("3. Giảm tỷ lệ hộ nghèo");
    expect(text).toMatch(/thông báo để các cơ quan, đơn vị biết, thực hiện\.\/\./u);
    expect(text).not.toContain("DỰ THẢO");
  });

  it("ends with Nơi nhận and the signature", () => {
    expect(lines).toEqual(
      expect.arrayContaining(["Nơi nhận:", "- Lưu: VT.", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An"]),
    );
  });
});
