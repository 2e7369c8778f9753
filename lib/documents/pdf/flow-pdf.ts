// The running text (paragraphs and tables) in PDF, as flow-docx.ts sets it in Word.
import { columnShares, isFigure, TABLE_TEXT_SIZE, type Flow } from "../flow";
import { mm, type OfficialPdf } from "./official-pdf";

const PADDING = { x: mm(1.5), y: mm(1) };

function table(pdf: OfficialPdf, header: string[], rows: string[][]): void {
  const { doc } = pdf;
  const widths = columnShares(header, rows).map((share) => share * pdf.width);
  const heightOf = (cells: string[], bold: boolean) => {
    pdf.style({ size: TABLE_TEXT_SIZE, bold });
    return (
      Math.max(...widths.map((w, i) => doc.heightOfString(cells[i] ?? "", { width: w - 2 * PADDING.x }))) +
      2 * PADDING.y
    );
  };
  const drawRow = (cells: string[], isHeader: boolean) => {
    const height = heightOf(cells, isHeader);
    const top = doc.y;
    let x = pdf.left;
    widths.forEach((w, i) => {
      const text = cells[i] ?? "";
      const align = isHeader ? "center" : isFigure(text) ? "right" : "left";
      pdf.style({ size: TABLE_TEXT_SIZE, bold: isHeader });
      // Centred vertically, as in the Word table.
      const textHeight = doc.heightOfString(text, { width: w - 2 * PADDING.x });
      doc.text(text, x + PADDING.x, top + (height - textHeight) / 2, { width: w - 2 * PADDING.x, align });
      doc.rect(x, top, w, height).lineWidth(0.5).strokeColor("black").stroke();
      x += w;
    });
    doc.x = pdf.left;
    doc.y = top + height;
  };
  const headerHeight = heightOf(header, true);
  pdf.keep(headerHeight + heightOf(rows[0] ?? [], false));
  drawRow(header, true);
  for (const row of rows) {
    // A row never splits; the header row repeats on the page a table runs over to.
    if (doc.y + heightOf(row, false) > pdf.bottom) {
      doc.addPage();
      drawRow(header, true);
    }
    drawRow(row, false);
  }
  doc.y += 12;
}

export function drawFlow(pdf: OfficialPdf, flow: Flow[]): void {
  for (const item of flow) {
    if (item.kind === "paragraph") pdf.paragraph(item.text);
    else table(pdf, item.header, item.rows);
  }
}
