// The minutes' section text is plain text with a few conventions a secretary can type on any phone:
// one paragraph per line, "- " for a bullet, "1. " for a numbered item, "| a | b |" rows for a table,
// **bold** and *italic*. One parser feeds every renderer (screen, Word, PDF), so they cannot disagree.
import type { RichParagraph, Segment } from "@/lib/documents/parts";

export type Block =
  | { kind: "paragraph"; text: RichParagraph }
  | { kind: "list"; ordered: boolean; items: RichParagraph[] }
  | { kind: "table"; header: string[]; rows: string[][] }
  /** A line holding only {{conclusions.list}}: drawn from the structured conclusions when rendered. */
  | { kind: "conclusions" };

export const CONCLUSIONS_TOKEN = "{{conclusions.list}}";

const BULLET = /^[-•*]\s+(.*)$/u;
const NUMBERED = /^\d+[.)]\s+(.*)$/u;
const TABLE_ROW = /^\|(.*)\|$/u;
const TABLE_RULE = /^\|?[\s:|-]+\|?$/u;

/** "**Bold** and *italic*" → runs. Unpaired markers stay as typed. */
export function inline(text: string): RichParagraph {
  const out: Segment[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/gu;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) out.push({ text: text.slice(last, match.index) });
    if (match[1] !== undefined) out.push({ text: match[1], bold: true });
    else out.push({ text: match[2]!, italic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function cells(row: string): string[] {
  return TABLE_ROW.exec(row)![1]!
    .split("|")
    .map((cell) => cell.trim());
}

export function parseMarkup(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .map((line) => line.trim());
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (line === CONCLUSIONS_TOKEN) {
      blocks.push({ kind: "conclusions" });
      continue;
    }
    if (TABLE_ROW.test(line)) {
      const rows: string[][] = [];
      for (; i < lines.length && TABLE_ROW.test(lines[i]!); i++) {
        if (!TABLE_RULE.test(lines[i]!)) rows.push(cells(lines[i]!));
      }
      i--;
      const [header = [], ...body] = rows;
      blocks.push({ kind: "table", header, rows: body });
      continue;
    }
    const item = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (item) {
      const ordered = !BULLET.test(line);
      const previous = blocks.at(-1);
      const continues = previous?.kind === "list" && previous.ordered === ordered && lines[i - 1] !== "";
      if (continues) previous.items.push(inline(item[1]!));
      else blocks.push({ kind: "list", ordered, items: [inline(item[1]!)] });
      continue;
    }
    blocks.push({ kind: "paragraph", text: inline(line) });
  }
  return blocks;
}
