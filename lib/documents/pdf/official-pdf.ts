// A Nghị định 30/2020 page in PDF, drawn with pdfkit to match the Word layout (letterhead-docx.ts): the
// same A4 page and margins, the two-column header with its rules, justified 14 pt body with the first
// line indented, signature columns, page numbers top centre from page 2 and the draft watermark.
import PDFDocument from "pdfkit";
import type { Letterhead, SignatureParts } from "../letterhead";
import { plainText, type RichParagraph } from "../parts";
import { FONT_FILES, fontFace } from "./fonts";
import { drawSignatureStamp, stampHeight, type SignatureStamp } from "@/lib/signatures/appearance";

/** Millimetres to PDF points. */
export const mm = (value: number) => (value * 72) / 25.4;

const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const HEADER_RIGHT = mm(100);
const MOTTO_RULE = mm(60.5);
const SHORT_RULE = mm(20);
// Word's "1.15 lines" adds 0.15 of Times' single line (1.15 em) to each 14 pt line; 6 pt between paragraphs (Nghị định 30).
const BODY_LINE_GAP = 14 * 0.15 * 1.15;
const PARAGRAPH_GAP = 6;
const BODY = { align: "justify", indent: mm(12.7), lineGap: BODY_LINE_GAP } as const;

export interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/**
 * pdfkit drops the leading space of a run continued from the previous one ("80,7%người"), but keeps a
 * trailing one; so spaces between runs are moved to the end of the run before.
 */
function trailingSpaces(paragraph: RichParagraph): RichParagraph {
  return paragraph.map((segment, i) => {
    const next = paragraph[i + 1]?.text ?? "";
    const text =
      (i > 0 ? segment.text.trimStart() : segment.text) + (/^\s/u.test(next) && !/\s$/u.test(segment.text) ? " " : "");
    return { ...segment, text };
  });
}

export class OfficialPdf {
  readonly doc: PDFKit.PDFDocument;
  readonly left = MARGINS.left;
  readonly width: number;
  private readonly done: Promise<Buffer>;

  constructor(info: { title: string; author: string }) {
    // Opening with Tinos keeps pdfkit from loading its built-in Helvetica, which has no Vietnamese.
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGINS,
      bufferPages: true,
      font: FONT_FILES.regular,
      lang: "vi-VN",
      displayTitle: true,
      info: { Title: info.title, Author: info.author },
    });
    for (const [face, file] of Object.entries(FONT_FILES)) this.doc.registerFont(face, file);
    this.width = this.doc.page.width - MARGINS.left - MARGINS.right;
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(chunks)));
      this.doc.on("error", reject);
    });
  }

  get bottom(): number {
    return this.doc.page.height - MARGINS.bottom;
  }

  style(style: TextStyle): this {
    this.doc.font(fontFace(style)).fontSize(style.size).fillColor("black");
    return this;
  }

  /** Centred lines in a column from `y`; returns where the next line starts. */
  centred(lines: string[], style: TextStyle, x: number, width: number, y: number): number {
    this.style(style);
    let at = y;
    for (const line of lines) {
      this.doc.text(line, x, at, { width, align: "center" });
      at = this.doc.y;
    }
    return at;
  }

  /** A solid rule `length` long, centred in a column, 3 pt under `y` as the Word rule paragraph sets it. */
  rule(length: number, x: number, width: number, y: number): number {
    const start = x + (width - length) / 2;
    this.doc
      .moveTo(start, y + 3)
      .lineTo(start + length, y + 3)
      .lineWidth(0.5)
      .strokeColor("black")
      .stroke();
    return y + 3;
  }

  letterhead(head: Letterhead): void {
    const right = this.left + this.width - HEADER_RIGHT;
    const leftWidth = this.width - HEADER_RIGHT;
    const top = MARGINS.top;
    // A body with no parent shown (the provincial committee) starts straight with its own name.
    const parentEnd = head.parentBody ? this.centred([head.parentBody], { size: 13 }, this.left, leftWidth, top) : top;
    const leftEnd = this.rule(
      SHORT_RULE,
      this.left,
      leftWidth,
      this.centred(head.issuingBody, { size: 13, bold: true }, this.left, leftWidth, parentEnd),
    );
    const nationEnd = this.centred([head.nation], { size: 13, bold: true }, right, HEADER_RIGHT, top);
    const rightEnd = this.rule(
      MOTTO_RULE,
      right,
      HEADER_RIGHT,
      this.centred([head.motto], { size: 14, bold: true }, right, HEADER_RIGHT, nationEnd),
    );
    const row = Math.max(leftEnd, rightEnd) + 10;
    const numberEnd = this.centred([head.numberLine], { size: 13 }, this.left, leftWidth, row);
    const dateEnd = head.placeDate
      ? this.centred([head.placeDate], { size: 14, italic: true }, right, HEADER_RIGHT, row)
      : row;
    this.doc.y = Math.max(numberEnd, dateEnd);
  }

  /** "BIÊN BẢN" and the subject in bold, centred, with a short rule under them. */
  title(title: string, subject: string[]): void {
    const end = this.centred([title, ...subject], { size: 14, bold: true }, this.left, this.width, this.doc.y + 18);
    this.doc.y = this.rule(SHORT_RULE, this.left, this.width, end) + 12;
  }

  /** A justified 14 pt body paragraph with the first line indented. */
  paragraph(paragraph: RichParagraph): void {
    this.doc.x = this.left;
    const segments = trailingSpaces(paragraph);
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      this.style({ size: 14, bold: segment.bold, italic: segment.italic });
      this.doc.text(segment.text, {
        ...BODY,
        width: this.width,
        continued: !last,
        paragraphGap: last ? PARAGRAPH_GAP : 0,
      });
    });
  }

  /** The height a body paragraph takes, near enough to keep it with what follows (set in one style). */
  paragraphHeight(paragraph: RichParagraph): number {
    this.style({ size: 14 });
    return this.doc.heightOfString(plainText(paragraph), { ...BODY, width: this.width }) + PARAGRAPH_GAP;
  }

  /** Moves to a new page unless `height` still fits above the bottom margin: keeps a block in one piece. */
  keep(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Blocks side by side from the current line, each drawn by `draw(x, width, y)` returning its end; kept on one page. */
  columns(widths: number[], blocks: ((x: number, width: number, y: number) => number)[], height: number): void {
    this.keep(height);
    const top = this.doc.y;
    let x = this.left;
    const ends = blocks.map((draw, i) => {
      const end = draw(x, widths[i]!, top);
      x += widths[i]!;
      return end;
    });
    this.doc.x = this.left;
    this.doc.y = Math.max(...ends);
  }

  /**
   * The signer's authority in bold capitals, room for the signature and seal, the name in bold. With a
   * stamp, the room holds the digital signature's visible block (and its signature field).
   */
  signature(signature: SignatureParts, x: number, width: number, y: number, stamp?: SignatureStamp): number {
    const end = this.centred(signature.authority, { size: 14, bold: true }, x, width, y);
    const room = this.signatureRoom(width, stamp);
    if (stamp) {
      // Centred in the room the hand signature would have.
      const boxWidth = this.stampWidth(width);
      const boxHeight = stampHeight(this.doc, stamp, boxWidth);
      drawSignatureStamp(this.doc, stamp, {
        x: x + (width - boxWidth) / 2,
        y: end + (room - boxHeight) / 2,
        width: boxWidth,
        height: boxHeight,
      });
    }
    return this.centred([signature.name], { size: 14, bold: true }, x, width, end + room);
  }

  private stampWidth(columnWidth: number): number {
    return Math.min(columnWidth - mm(6), mm(75));
  }

  private signatureRoom(columnWidth: number, stamp?: SignatureStamp): number {
    return stamp ? Math.max(mm(28), stampHeight(this.doc, stamp, this.stampWidth(columnWidth)) + mm(4)) : mm(28);
  }

  /** Room a signature block takes, to keep it on one page. */
  signatureHeight(signature: SignatureParts, width = this.width / 2, stamp?: SignatureStamp): number {
    const room = this.signatureRoom(width, stamp);
    return this.lineHeight(14) * (signature.authority.length + 1) + room;
  }

  recipientsHeight(lines: string[]): number {
    return this.lineHeight(12) + this.lineHeight(11) * lines.length;
  }

  /** Nơi nhận on the left and the signature on the right, as letters and notices end; kept on one page. */
  closing(
    parts: { recipientsHeading: string; recipients: string[]; signature: SignatureParts },
    stamp?: SignatureStamp,
  ): void {
    const left = this.width * 0.45;
    this.columns(
      [left, this.width - left],
      [
        (x, width, y) => this.recipients(parts.recipientsHeading, parts.recipients, x, width, y),
        (x, width, y) => this.signature(parts.signature, x, width, y, stamp),
      ],
      Math.max(
        this.recipientsHeight(parts.recipients),
        this.signatureHeight(parts.signature, this.width - left, stamp),
      ),
    );
  }

  private lineHeight(size: number): number {
    this.style({ size });
    return this.doc.currentLineHeight(true);
  }

  recipients(heading: string, lines: string[], x: number, width: number, y: number): number {
    this.style({ size: 12, bold: true, italic: true });
    this.doc.text(heading, x, y, { width });
    this.style({ size: 11 });
    for (const line of lines) this.doc.text(line, x, this.doc.y, { width });
    return this.doc.y;
  }

  /** Page numbers top centre from page 2, and the watermark across every page; then the file. */
  async finish(watermark: string | null): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      if (watermark) this.watermark(watermark);
      if (i > range.start) {
        this.style({ size: 13 });
        this.doc.text(String(i - range.start + 1), this.left, mm(10), {
          width: this.width,
          align: "center",
          lineBreak: false,
        });
      }
    }
    this.doc.end();
    return this.done;
  }

  // Drawn over the finished page (pdfkit cannot paint under what is already there), so it is a light,
  // translucent grey: the text under it stays black enough to read, the mark is plain to see.
  private watermark(text: string): void {
    const { width, height } = this.doc.page;
    const size = 110;
    this.style({ size, bold: true });
    const textWidth = this.doc.widthOfString(text);
    this.doc.save();
    this.doc.rotate(-Math.atan(height / width) * (180 / Math.PI), { origin: [width / 2, height / 2] });
    this.doc.fillColor("#9a9a9a").fillOpacity(0.25);
    this.doc.text(text, (width - textWidth) / 2, height / 2 - size / 2, { lineBreak: false });
    this.doc.restore();
  }
}
