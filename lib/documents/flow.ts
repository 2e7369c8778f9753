// The running text of a document after the header, as the Word and PDF renderers lay it out: paragraphs
// and tables only. Markup blocks and the structured conclusions are turned into it here, once, so the
// list markers, the numbering and the conclusion wording are the same in every output.
import type { Block } from "@/lib/minutes/markup";
import type { ConclusionItem } from "./minutes-record";
import type { RichParagraph } from "./parts";
import { conclusionLine } from "./wording";

export type Flow =
  /** A justified body paragraph with the first line indented. */
  { kind: "paragraph"; text: RichParagraph } | { kind: "table"; header: string[]; rows: string[][] };

/** "1. …", "2. …": the numbered conclusions as paragraphs. */
export function conclusionParagraphs(items: ConclusionItem[]): Flow[] {
  return items.map((item, i) => ({ kind: "paragraph", text: [{ text: `${i + 1}. ${conclusionLine(item)}` }] }));
}

// Administrative documents set list items as ordinary indented paragraphs opening with "- " or "1. ",
// not as hanging-indent lists, so the markers are written into the text.
export function blockFlow(blocks: Block[], conclusions: ConclusionItem[]): Flow[] {
  return blocks.flatMap((block): Flow[] => {
    switch (block.kind) {
      case "paragraph":
        return [{ kind: "paragraph", text: block.text }];
      case "list":
        return block.items.map((item, i) => ({
          kind: "paragraph",
          text: [{ text: block.ordered ? `${i + 1}. ` : "- " }, ...item],
        }));
      case "table":
        return [{ kind: "table", header: block.header, rows: block.rows }];
      case "conclusions":
        return conclusionParagraphs(conclusions);
    }
  });
}

/** Tables are set at 12 pt, two sizes under the body, as printed reports set them, so six columns fit the page. */
export const TABLE_TEXT_SIZE = 12;

/** Figures ("45.000", "104,9%", "-1,5") are right-aligned in tables so their digits line up. */
export function isFigure(cell: string): boolean {
  return /^[-+−]?\d[\d.,]*\s*%?$/u.test(cell.trim());
}

/**
 * Each column's share of the table's width, by the longest text it holds: a wordy first column ("Chỉ
 * tiêu") gets room, short figures do not. A header may wrap to two lines but never mid-word.
 */
export function columnShares(header: string[], rows: string[][]): number[] {
  const weights = header.map((title, i) => {
    const longestWord = Math.max(...title.split(/\s+/u).map((word) => word.length));
    const cells = rows.map((row) => row[i]?.length ?? 0);
    return Math.min(Math.max(longestWord, Math.ceil(title.length / 2), ...cells, 9), 20);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((weight) => weight / total);
}
