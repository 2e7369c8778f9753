// Building blocks for Nghị định 30/2020 documents in Word: the page, fonts, borderless layout tables and
// the short rules drawn under header lines.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { RichParagraph } from "./parts";

// Rounded, not floored as docx's convertMillimetersToTwip does: A4 is 11906 × 16838 twips in Word.
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const FONT = "Times New Roman";

/** A4 portrait, margins top/bottom 20 mm, left 30 mm (binding side), right 15 mm. */
export const PAGE = {
  size: { width: mm(210), height: mm(297) },
  margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: 0, footer: 0, gutter: 0 },
};
export const CONTENT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right;

/** docx sizes are half-points. */
export const pt = (points: number) => points * 2;
export const twipsOfPt = (points: number) => points * 20;
export { mm as twipsOfMm };

export interface RunStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

export function runs(paragraph: RichParagraph, style: RunStyle): TextRun[] {
  return paragraph.map(
    (s) =>
      new TextRun({
        text: s.text,
        size: pt(style.size),
        bold: s.bold ?? style.bold,
        italics: s.italic ?? style.italic,
      }),
  );
}

/** A centred line of text with no space around it, as header and signature lines are set. */
export function centred(text: string, style: RunStyle, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after, line: 240, lineRule: LineRuleType.AUTO },
    children: runs([{ text }], style),
  });
}

/**
 * A solid rule `width` long, centred in a column: an empty paragraph one point high whose top border is
 * the rule. Indents set its length, so it needs no drawing objects and looks the same in Word and LibreOffice.
 */
export function rule(width: number, column: number, after = 0): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // The paragraph mark is set at 1 pt, or LibreOffice lifts a 14 pt line box over the text above.
    run: { size: 2 },
    spacing: { before: 60, after, line: 80, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
  });
}

/** A borderless table that places blocks side by side, as the header and the signature area need. */
export function layoutTable(widths: number[], rows: Paragraph[][][]): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                margins: { left: 0, right: 0, top: 0, bottom: 0 },
                verticalAlign: VerticalAlignTable.TOP,
                children,
              }),
          ),
        }),
    ),
  });
}
