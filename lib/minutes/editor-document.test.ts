import { getSchema, type JSONContent } from "@tiptap/core";
import { Node } from "@tiptap/pm/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minutesEditorExtensions } from "./editor-extensions";
import { documentToMarkup, markupToDocument } from "./editor-document";
import { type Block, parseMarkup, writeMarkup } from "./markup";
import { canonicalBlock, markupText } from "./markup-arbitraries";

const schema = getSchema(minutesEditorExtensions);
/** Through the editor's own schema, as loading the document into the editor does: it must be valid. */
const load = (markup: string): JSONContent => {
  const node = Node.fromJSON(schema, markupToDocument(markup));
  node.check();
  return node.toJSON() as JSONContent;
};

// The one change the editor makes to what the markup says: a table's rows are padded to one width.
const padded = (blocks: Block[]): Block[] =>
  blocks.map((block) => {
    if (block.kind !== "table") return block;
    const width = Math.max(block.header.length, ...block.rows.map((row) => row.length));
    const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill("")];
    return { ...block, header: pad(block.header), rows: block.rows.map(pad) };
  });

const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
const p = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
const t = (text: string, ...marks: string[]): JSONContent =>
  marks.length ? { type: "text", text, marks: marks.map((type) => ({ type })) } : { type: "text", text };

describe("the section editor's document and the minutes markup", () => {
  it("loads each construct of the markup as the editor's node for it", () => {
    const markup = [
      "Đạt **104,9%** kế hoạch, *vượt* chỉ tiêu.",
      "- Phường Nghi Hải",
      "1. Rà soát",
      "| TT | Chỉ tiêu |",
      "| 1 | Việc làm |",
      "{{conclusions.list}}",
    ].join("\n");
    expect(load(markup)).toEqual(
      doc(
        p(t("Đạt "), t("104,9%", "bold"), t(" kế hoạch, "), t("vượt", "italic"), t(" chỉ tiêu.")),
        { type: "bulletList", content: [{ type: "listItem", content: [p(t("Phường Nghi Hải"))] }] },
        {
          type: "orderedList",
          attrs: { start: 1, type: null },
          content: [{ type: "listItem", content: [p(t("Rà soát"))] }],
        },
        {
          type: "table",
          content: [
            {
              type: "tableRow",
              content: ["TT", "Chỉ tiêu"].map((text) => ({
                type: "tableHeader",
                attrs: { colspan: 1, rowspan: 1, colwidth: null },
                content: [p(t(text))],
              })),
            },
            {
              type: "tableRow",
              content: ["1", "Việc làm"].map((text) => ({
                type: "tableCell",
                attrs: { colspan: 1, rowspan: 1, colwidth: null },
                content: [p(t(text))],
              })),
            },
          ],
        },
        p(t("{{conclusions.list}}")),
      ),
    );
    expect(documentToMarkup(load(markup))).toBe(markup);
  });

  it("gives an empty section one empty paragraph to type in, and saves it as nothing", () => {
    expect(load("")).toEqual(doc({ type: "paragraph" }));
    expect(documentToMarkup(load(""))).toBe("");
  });

  it("saves what it loaded unchanged, for every construct the parser knows", () => {
    fc.assert(
      fc.property(fc.array(canonicalBlock(true), { maxLength: 6 }), (blocks) => {
        const markup = writeMarkup(blocks);
        expect(documentToMarkup(load(markup))).toBe(markup);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps the meaning of any stored text, padding table rows to one width", () => {
    fc.assert(
      fc.property(markupText, (markup) => {
        const saved = documentToMarkup(load(markup));
        expect(parseMarkup(saved)).toEqual(padded(parseMarkup(markup)));
        expect(documentToMarkup(load(saved))).toBe(saved);
      }),
      { numRuns: 1000 },
    );
  });

  it("turns what the markup cannot hold into the nearest thing it has", () => {
    const foreign = doc(
      { type: "heading", attrs: { level: 2 }, content: [t("Kết luận")] },
      p(t("Gạch chân", "underline"), t(" và "), t("liên kết", "link", "bold")),
      { type: "blockquote", content: [p(t("Trích dẫn"))] },
      p(t("Dòng một")),
      { type: "paragraph", content: [t("Hai"), { type: "hardBreak" }, t("dòng")] },
      { type: "image", attrs: { src: "x.png" } },
      { type: "horizontalRule" },
      p(t("   ")),
      {
        type: "bulletList",
        content: [
          {
            type: "listItem",
            content: [p(t("Cha")), { type: "orderedList", content: [{ type: "listItem", content: [p(t("Con"))] }] }],
          },
          { type: "listItem", content: [p()] },
        ],
      },
      { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [p(t("Ba"))] }] },
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [
              { type: "tableHeader", attrs: { colspan: 2 }, content: [p(t("Năm 2022", "bold"))] },
              { type: "tableHeader", content: [p(t("Ghi chú"))] },
            ],
          },
          {
            type: "tableRow",
            content: [
              { type: "tableCell", content: [p(t("a|b")), p(t("c"))] },
              { type: "tableCell", content: [p(t("45.000"))] },
              { type: "tableCell", content: [p()] },
            ],
          },
          { type: "tableRow", content: [{ type: "tableCell", content: [p()] }] },
        ],
      },
    );
    expect(documentToMarkup(foreign)).toBe(
      [
        "Kết luận",
        "Gạch chân và **liên kết**",
        "Trích dẫn",
        "Dòng một",
        "Hai dòng",
        "- Cha",
        "- Con",
        "1. Ba",
        "| Năm 2022 |  | Ghi chú |",
        "| a/b c | 45.000 |  |",
      ].join("\n"),
    );
  });
});
