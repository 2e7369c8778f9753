import { describe, expect, it } from "vitest";
import { inline, parseMarkup } from "./markup";

describe("minutes markup", () => {
  it("reads one paragraph per line and skips blank lines", () => {
    expect(parseMarkup("Khai mạc.\n\nBáo cáo.")).toEqual([
      { kind: "paragraph", text: [{ text: "Khai mạc." }] },
      { kind: "paragraph", text: [{ text: "Báo cáo." }] },
    ]);
  });

  it("groups bullets and numbered items into lists", () => {
    const blocks = parseMarkup("- Phường Nghi Hải\n- Phường Nghi Thủy\n1. Một\n2. Hai");
    expect(blocks).toEqual([
      { kind: "list", ordered: false, items: [[{ text: "Phường Nghi Hải" }], [{ text: "Phường Nghi Thủy" }]] },
      { kind: "list", ordered: true, items: [[{ text: "Một" }], [{ text: "Hai" }]] },
    ]);
  });

  it("reads a pipe table, its first row as the header, skipping the rule row", () => {
    const blocks = parseMarkup("| Chỉ tiêu | Thực hiện |\n|---|---|\n| Việc làm | 45.000 |");
    expect(blocks).toEqual([{ kind: "table", header: ["Chỉ tiêu", "Thực hiện"], rows: [["Việc làm", "45.000"]] }]);
  });

  it("keeps the conclusions token as its own block", () => {
    expect(parseMarkup("Kết luận:\n{{conclusions.list}}").map((b) => b.kind)).toEqual(["paragraph", "conclusions"]);
  });

  it("marks bold and italic, leaving unpaired stars as typed", () => {
    expect(inline("Đạt **104,9%** kế hoạch, *vượt* chỉ tiêu")).toEqual([
      { text: "Đạt " },
      { text: "104,9%", bold: true },
      { text: " kế hoạch, " },
      { text: "vượt", italic: true },
      { text: " chỉ tiêu" },
    ]);
    expect(inline("5 * 3")).toEqual([{ text: "5 * 3" }]);
  });
});
