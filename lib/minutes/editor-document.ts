// The section editor's document (TipTap's JSON) ↔ the minutes markup, which stays the stored form that
// every renderer reads. The editor offers only what the markup can hold, and whatever arrives anyway (a
// paste, an older editor) is turned into the nearest thing the markup has rather than silently lost:
// other marks leave their text plain, headings and quotes become paragraphs, nested lists are flattened,
// a table cell holds plain text on one line, merged cells are split and rows are padded to one width.
import type { JSONContent } from "@tiptap/core";
import type { RichParagraph, Segment } from "@/lib/documents/parts";
import { toNfc } from "@/lib/text/normalize";
import { type Block, CONCLUSIONS_TOKEN, parseMarkup, writeMarkup } from "./markup";

const text = (value: string): JSONContent[] => (value ? [{ type: "text", text: value }] : []);

function runs(paragraph: RichParagraph): JSONContent[] {
  return paragraph
    .filter((s) => s.text)
    .map((s) => {
      const marks = [...(s.bold ? [{ type: "bold" }] : []), ...(s.italic ? [{ type: "italic" }] : [])];
      return marks.length ? { type: "text", text: s.text, marks } : { type: "text", text: s.text };
    });
}

const paragraph = (content: JSONContent[]): JSONContent =>
  content.length ? { type: "paragraph", content } : { type: "paragraph" };

function table(header: string[], rows: string[][]): JSONContent {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const row = (cells: string[], type: "tableHeader" | "tableCell"): JSONContent => ({
    type: "tableRow",
    content: Array.from({ length: width }, (_, i) => ({ type, content: [paragraph(text(cells[i] ?? ""))] })),
  });
  return { type: "table", content: [row(header, "tableHeader"), ...rows.map((cells) => row(cells, "tableCell"))] };
}

function blockNode(block: Block): JSONContent {
  switch (block.kind) {
    case "paragraph":
      return paragraph(runs(block.text));
    case "list":
      return {
        type: block.ordered ? "orderedList" : "bulletList",
        content: block.items.map((item) => ({ type: "listItem", content: [paragraph(runs(item))] })),
      };
    case "table":
      return table(block.header, block.rows);
    case "conclusions":
      // Shown as the line the secretary knows from the template, and written back as that line.
      return paragraph(text(CONCLUSIONS_TOKEN));
  }
}

export function markupToDocument(markup: string): JSONContent {
  const content = parseMarkup(markup).map(blockNode);
  return { type: "doc", content: content.length ? content : [paragraph([])] };
}

// ── Back to markup ──

const BLOCK_TYPES = new Set(["paragraph", "heading", "blockquote", "codeBlock", "listItem", "bulletList"]);

/** The styled runs of a node's text; blocks inside it are joined by a space. */
function runsOf(node: JSONContent): RichParagraph {
  if (node.type === "text") {
    const segment: Segment = { text: node.text ?? "" };
    if (node.marks?.some((m) => m.type === "bold")) segment.bold = true;
    if (node.marks?.some((m) => m.type === "italic")) segment.italic = true;
    return [segment];
  }
  if (node.type === "hardBreak") return [{ text: " " }];
  const children = node.content ?? [];
  return children.flatMap((child, i) => [
    ...(i > 0 && BLOCK_TYPES.has(child.type ?? "") ? [{ text: " " }] : []),
    ...runsOf(child),
  ]);
}

const plain = (node: JSONContent) =>
  runsOf(node)
    .map((s) => s.text)
    .join("");

/** A list's items, the items of lists nested in them following their parent. */
function listItems(list: JSONContent): RichParagraph[] {
  return (list.content ?? []).flatMap((item) => {
    const own = (item.content ?? []).filter((child) => !child.type?.endsWith("List"));
    const nested = (item.content ?? []).filter((child) => child.type?.endsWith("List"));
    return [runsOf({ content: own }), ...nested.flatMap(listItems)];
  });
}

function tableBlock(node: JSONContent): Block {
  const rows = (node.content ?? []).map((row) =>
    (row.content ?? []).flatMap((cell) => {
      const span = Number(cell.attrs?.colspan ?? 1);
      return [plain(cell), ...Array<string>(Math.max(0, span - 1)).fill("")];
    }),
  );
  const [header = [], ...body] = rows;
  return { kind: "table", header, rows: body };
}

function nodeBlocks(node: JSONContent): Block[] {
  switch (node.type) {
    case "bulletList":
    case "orderedList":
      return [{ kind: "list", ordered: node.type === "orderedList", items: listItems(node) }];
    case "table":
      return [tableBlock(node)];
    case "blockquote":
      return (node.content ?? []).flatMap(nodeBlocks);
    case "horizontalRule":
    case "image":
      return [];
    default: {
      const text = runsOf(node);
      const token =
        text.length === 1 && !text[0]!.bold && !text[0]!.italic && text[0]!.text.trim() === CONCLUSIONS_TOKEN;
      return [token ? { kind: "conclusions" } : { kind: "paragraph", text }];
    }
  }
}

/** The editor's document as the markup stores it (NFC, as every stored text). */
export function documentToMarkup(doc: JSONContent): string {
  return toNfc(writeMarkup((doc.content ?? []).flatMap(nodeBlocks)));
}
