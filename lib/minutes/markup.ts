// The minutes' section text is plain text with a few conventions a secretary can type on any phone:
// one paragraph per line, "- " for a bullet, "1. " for a numbered item, "| a | b |" rows for a table,
// **bold**, *italic* and ***both***. One parser feeds every renderer (screen, Word, PDF), so they cannot
// disagree. The section editor writes the same text back (writeMarkup), escaping what would otherwise be
// read as markup: "\*" is a star as typed, "\\" a backslash, and a line opening with "\" followed by "-",
// "•", "|" or a digit is a paragraph ("\1. is not a list item").
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
const ESCAPED_LINE = /^\\([-•|\d].*)$/u;

const escapable = (c: string | undefined) => c === "\\" || c === "*";

// Widest first, so "***" is not read as "**" around a star.
const EMPHASIS: { marker: string; style: Omit<Segment, "text"> }[] = [
  { marker: "***", style: { bold: true, italic: true } },
  { marker: "**", style: { bold: true } },
  { marker: "*", style: { italic: true } },
];

const unescape = (text: string) => text.replace(/\\([\\*])/gu, "$1");

/** Where the marker closes: its first unescaped occurrence after at least one character of content. */
function closing(text: string, from: number, marker: string): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === "\\" && escapable(text[j + 1])) j++;
    else if (j > from && text.startsWith(marker, j)) return j;
  }
  return -1;
}

const sameStyle = (a: Segment, b: Segment) => !a.bold === !b.bold && !a.italic === !b.italic;

/** Appends a run, joining it to the last one when they look the same ("*a**b*" is one italic run). */
function append(runs: Segment[], run: Segment): void {
  const previous = runs.at(-1);
  if (previous && sameStyle(previous, run)) previous.text += run.text;
  else runs.push(run);
}

/** "**Bold** and *italic*" → runs. Unpaired markers stay as typed. */
export function inline(text: string): RichParagraph {
  const out: Segment[] = [];
  let plain = "";
  let i = 0;
  scan: while (i < text.length) {
    if (text[i] === "\\" && escapable(text[i + 1])) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    for (const { marker, style } of EMPHASIS) {
      if (!text.startsWith(marker, i)) continue;
      const end = closing(text, i + marker.length, marker);
      if (end === -1) continue;
      if (plain) out.push({ text: plain });
      plain = "";
      append(out, { text: unescape(text.slice(i + marker.length, end)), ...style });
      i = end + marker.length;
      continue scan;
    }
    plain += text[i];
    i++;
  }
  if (plain) out.push({ text: plain });
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
    const escaped = ESCAPED_LINE.exec(line);
    if (escaped) {
      blocks.push({ kind: "paragraph", text: inline(escaped[1]!) });
      continue;
    }
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
      // Rule rows alone ("|---|") hold no cell to print.
      const [header, ...body] = rows;
      if (header) blocks.push({ kind: "table", header, rows: body });
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

// ── Writing ──

/**
 * The runs as one line reads them back: line breaks become spaces, empty runs go, neighbours of one style
 * merge, and white space the parser would trim from the line goes.
 */
function tidyRuns(text: RichParagraph, opensLine: boolean): RichParagraph {
  const runs: Segment[] = [];
  for (const segment of text) {
    if (!segment.text) continue;
    const run: Segment = { text: segment.text.replace(/[\r\n]+/gu, " ") };
    if (segment.bold) run.bold = true;
    if (segment.italic) run.italic = true;
    append(runs, run);
  }
  // The parser trims the line up to the first and after the last marker (an item's text, up to its first
  // marker after "- "); a paragraph opening "* " would read as a bullet, so there an italic run loses its
  // leading space too. Trimming empties runs only at the ends, so no two neighbours of one style meet.
  for (const run of runs) {
    if (run.bold || (run.italic && !opensLine)) break;
    if ((run.text = run.text.trimStart())) break;
  }
  for (const run of [...runs].reverse()) {
    if (run.bold || run.italic) break;
    if ((run.text = run.text.trimEnd())) break;
  }
  return runs.filter((run) => run.text !== "");
}

function runsMarkup(text: RichParagraph): string {
  return text
    .map((run) => {
      const marker = EMPHASIS.find((e) => !e.style.bold === !run.bold && !e.style.italic === !run.italic)?.marker;
      const escaped = run.text.replace(/[\\*]/gu, "\\$&");
      return marker ? `${marker}${escaped}${marker}` : escaped;
    })
    .join("");
}

/** A cell as one table row reads it back: no pipe (it would split the cell) and no line break. */
export function tableCell(text: string): string {
  return text
    .replace(/\|/gu, "/")
    .replace(/[\r\n]+/gu, " ")
    .trim();
}

const tableRow = (cells: string[]) => `| ${cells.map(tableCell).join(" | ")} |`;

/** A pipe table, its first row the header. */
export function pipeTable(header: string[], rows: string[][]): string {
  return [header, ...rows].map(tableRow).join("\n");
}

function paragraphLine(text: RichParagraph): string {
  const line = runsMarkup(text);
  const readAsMore = BULLET.test(line) || NUMBERED.test(line) || TABLE_ROW.test(line) || line === CONCLUSIONS_TOKEN;
  return readAsMore ? `\\${line}` : line;
}

/**
 * Blocks → the markup parseMarkup reads back as the same blocks. What a line cannot hold is normalised
 * rather than kept: line breaks inside a paragraph become spaces, unstyled white space at either end of
 * a paragraph or item goes, empty paragraphs, items, lists and table rows go, a pipe in a table cell becomes "/".
 */
export function writeMarkup(blocks: Block[]): string {
  const lines: string[] = [];
  let previous: Block | undefined;
  for (const block of blocks) {
    let written: string[];
    switch (block.kind) {
      case "paragraph": {
        const text = tidyRuns(block.text, true);
        written = text.length ? [paragraphLine(text)] : [];
        break;
      }
      case "list": {
        const items = block.items.map((item) => tidyRuns(item, false)).filter((item) => item.length > 0);
        written = items.map((item, i) => `${block.ordered ? `${i + 1}.` : "-"} ${runsMarkup(item)}`);
        break;
      }
      case "table":
        // A row of nothing but blanks, dashes and colons would read as the rule under a header: it goes.
        written = [block.header, ...block.rows].map(tableRow).filter((row) => !TABLE_RULE.test(row));
        break;
      case "conclusions":
        written = [CONCLUSIONS_TOKEN];
        break;
    }
    if (written.length === 0) continue;
    // A blank line keeps two lists of one kind, or two tables, from reading as one.
    const joins =
      previous &&
      ((previous.kind === "table" && block.kind === "table") ||
        (previous.kind === "list" && block.kind === "list" && previous.ordered === block.ordered));
    if (joins) lines.push("");
    lines.push(...written);
    previous = block;
  }
  return lines.join("\n");
}
