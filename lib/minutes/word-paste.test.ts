// @vitest-environment happy-dom
import { generateJSON } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { documentToMarkup } from "./editor-document";
import { minutesEditorExtensions } from "./editor-extensions";
import { WORD_CLIPBOARD as WORD } from "./testing-word-clipboard";
import { wordListsToHtml } from "./word-paste";

const pasted = (html: string) => documentToMarkup(generateJSON(wordListsToHtml(html), minutesEditorExtensions));

describe("pasting from Word", () => {
  it("keeps paragraphs, bulleted and numbered lists and bold; drops fonts, colours and Word's own markers", () => {
    expect(pasted(WORD)).toBe(
      [
        "Hội nghị đã nghe báo cáo kết quả năm 2022, **đạt 104,9% kế hoạch** về giải quyết việc làm.",
        "- Phường Nghi Hải",
        "- Phường **Nghi Thủy**",
        "1. Rà soát chỉ tiêu *giải quyết việc làm*",
        "- cho từng phường",
        "1. Báo cáo trước ngày 31/01/2023",
        "Kết thúc hội nghị lúc 11 giờ.",
      ].join("\n"),
    );
  });

  it("reads the markers also when the clipboard wrote Word's conditions as comments", () => {
    const html = WORD.replaceAll("<![if !supportLists]>", "<!--[if !supportLists]-->").replaceAll(
      "<![endif]>",
      "<!--[endif]-->",
    );
    expect(pasted(html)).toBe(pasted(WORD));
  });

  it("reads the markers also when the clipboard dropped Word's conditions", () => {
    const html = WORD.replaceAll("<![if !supportLists]>", "").replaceAll("<![endif]>", "");
    expect(pasted(html)).toBe(pasted(WORD));
  });

  it("leaves HTML that is not from Word as it is", () => {
    const html = "<ul><li>Một</li></ul><p><strong>Hai</strong></p>";
    expect(wordListsToHtml(html)).toBe(html);
    expect(pasted(html)).toBe("- Một\n**Hai**");
  });
});
