// The running text (paragraphs and tables) as Word blocks.
import {
  AlignmentType,
  BorderStyle,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  Paragraph,
} from "docx";
import { CONTENT_WIDTH, runs, twipsOfMm } from "./docx-blocks";
import { columnShares, isFigure, TABLE_TEXT_SIZE, type Flow } from "./flow";
import { bodyParagraph } from "./letterhead-docx";

const LINE = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const CELL_MARGIN = twipsOfMm(1.5);

function cell(text: string, width: number, header: boolean): TableCell {
  const alignment = header ? AlignmentType.CENTER : isFigure(text) ? AlignmentType.RIGHT : AlignmentType.LEFT;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: twipsOfMm(0.5), bottom: twipsOfMm(0.5) },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [new Paragraph({ alignment, children: runs([{ text }], { size: TABLE_TEXT_SIZE, bold: header }) })],
  });
}

function table(header: string[], rows: string[][]): Table {
  const widths = columnShares(header, rows).map((share) => Math.round(share * CONTENT_WIDTH));
  const row = (cells: string[], isHeader: boolean) =>
    new TableRow({
      cantSplit: true,
      // The header row repeats on each page a long table runs over.
      tableHeader: isHeader,
      children: widths.map((width, i) => cell(cells[i] ?? "", width, isHeader)),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

export function flowBlocks(flow: Flow[]): (Paragraph | Table)[] {
  return flow.flatMap((item) =>
    item.kind === "paragraph"
      ? [bodyParagraph(item.text)]
      : // An empty paragraph after the table: Word glues a following paragraph to the table's bottom line.
        [table(item.header, item.rows), new Paragraph({ spacing: { after: 120 } })],
  );
}
