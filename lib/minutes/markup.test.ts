import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Segment } from "@/lib/documents/parts";
import { type Block, inline, parseMarkup, writeMarkup } from "./markup";
import { canonicalBlock, markupText } from "./markup-arbitraries";

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

describe("writing the markup back", () => {
  it("escapes what would otherwise read as markup", () => {
    const blocks: Block[] = [
      { kind: "paragraph", text: [{ text: "- không phải gạch đầu dòng" }] },
      { kind: "paragraph", text: [{ text: "2. không phải mục đánh số, 5 * 3 * 2" }] },
      { kind: "paragraph", text: [{ text: "| không phải bảng |" }] },
      { kind: "paragraph", text: [{ text: "C:\\Tài liệu" }] },
    ];
    const markup = writeMarkup(blocks);
    expect(markup).toBe(
      "\\- không phải gạch đầu dòng\n\\2. không phải mục đánh số, 5 \\* 3 \\* 2\n\\| không phải bảng |\nC:\\\\Tài liệu",
    );
    expect(parseMarkup(markup)).toEqual(blocks);
  });

  it("writes bold, italic and both, and keeps two lists of one kind apart", () => {
    const blocks: Block[] = [
      { kind: "paragraph", text: [{ text: "Đạt " }, { text: "104,9%", bold: true, italic: true }] },
      { kind: "list", ordered: false, items: [[{ text: "Một", bold: true }]] },
      { kind: "list", ordered: false, items: [[{ text: "Hai", italic: true }]] },
      { kind: "table", header: ["TT", "Chỉ tiêu"], rows: [["1", "Việc làm"]] },
      { kind: "table", header: ["Ghi chú"], rows: [] },
      { kind: "conclusions" },
    ];
    const markup = writeMarkup(blocks);
    expect(markup).toBe(
      "Đạt ***104,9%***\n- **Một**\n\n- *Hai*\n| TT | Chỉ tiêu |\n| 1 | Việc làm |\n\n| Ghi chú |\n{{conclusions.list}}",
    );
    expect(parseMarkup(markup)).toEqual(blocks);
  });

  it("drops predictably what a line cannot hold", () => {
    const markup = writeMarkup([
      { kind: "paragraph", text: [{ text: " ", italic: true }, { text: "  Hai\ndòng " }] },
      { kind: "paragraph", text: [{ text: "   " }] },
      { kind: "list", ordered: true, items: [[{ text: "" }], [{ text: " Có " }]] },
      { kind: "list", ordered: false, items: [[{ text: " " }]] },
      { kind: "table", header: ["a|b", "c\nd"], rows: [["", " "]] },
      { kind: "table", header: [], rows: [] },
    ]);
    expect(markup).toBe("Hai dòng\n1. Có\n| a/b | c d |");
  });

  it("reads the same blocks back from what it writes, for every construct the parser knows", () => {
    fc.assert(
      fc.property(fc.array(canonicalBlock(false), { maxLength: 6 }), (blocks) => {
        expect(parseMarkup(writeMarkup(blocks))).toEqual(blocks);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the meaning of any text it rewrites, and rewrites its own text unchanged", () => {
    fc.assert(
      fc.property(markupText, (source) => {
        const blocks = parseMarkup(source);
        const written = writeMarkup(blocks);
        expect(parseMarkup(written)).toEqual(blocks);
        expect(writeMarkup(parseMarkup(written))).toBe(written);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads emphasis as it always did in text without backslashes or triple stars", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", " ", "*", "-", "đ"), maxLength: 20 }).filter((s) => !s.includes("***")),
        (text) => {
          expect(inline(text)).toEqual(legacyInline(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

// The parser as it was before escapes and bold italics: stored minutes must read as they did.
function legacyInline(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(/\*\*(.+?)\*\*|\*(.+?)\*/gu)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    if (match[1] !== undefined) out.push({ text: match[1], bold: true });
    else out.push({ text: match[2]!, italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  // Neighbours of one style ("*a**b*") print as one run; the parser now joins them.
  return out.reduce<Segment[]>((runs, run) => {
    const previous = runs.at(-1);
    if (previous && !previous.bold === !run.bold && !previous.italic === !run.italic) previous.text += run.text;
    else runs.push(run);
    return runs;
  }, []);
}
