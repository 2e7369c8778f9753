// The Word pieces every Nghị định 30/2020 document shares: the two-column header, the title with its short
// rule, body paragraphs, the signature and "Nơi nhận" blocks, and the document itself (fonts, page,
// running header with the page number and the draft watermark).
import { AlignmentType, Document, Header, LineRuleType, PageNumber, Paragraph, TextRun, type FileChild } from "docx";
import { TextWatermark } from "docx/watermarks";
import {
  CONTENT_WIDTH,
  FONT,
  PAGE,
  centred,
  layoutTable,
  pt,
  rule,
  runs,
  twipsOfMm,
  twipsOfPt,
  type RunStyle,
} from "./docx-blocks";
import type { Letterhead, SignatureParts } from "./letterhead";
import type { RichParagraph } from "./parts";

// The right column must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold on one line (about 96 mm).
const HEADER_RIGHT = twipsOfMm(100);
const HEADER = [CONTENT_WIDTH - HEADER_RIGHT, HEADER_RIGHT];
// The motto's rule is as long as the motto (14 pt bold Times New Roman, measured); the others are short
// rules, a third to a half of their line.
const MOTTO_WIDTH = twipsOfMm(60.5);
const SHORT_RULE = twipsOfMm(20);
/** Nơi nhận on the left, the signature on the right. */
export const SIGNATURE_COLUMNS = [Math.round(CONTENT_WIDTH * 0.45), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.45)];

function underHeader(text: string, style: RunStyle): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: twipsOfPt(6) },
    children: runs([{ text }], style),
  });
}

export function letterheadTable(head: Letterhead) {
  const [left = 0, right = 0] = HEADER;
  // A body with no parent shown (the provincial committee) starts straight with its own name.
  const parent = head.parentBody ? [centred(head.parentBody, { size: 13 })] : [];
  return layoutTable(HEADER, [
    [
      [...parent, ...head.issuingBody.map((line) => centred(line, { size: 13, bold: true })), rule(SHORT_RULE, left)],
      [
        centred(head.nation, { size: 13, bold: true }),
        centred(head.motto, { size: 14, bold: true }),
        rule(MOTTO_WIDTH, right),
      ],
    ],
    [
      [underHeader(head.numberLine, { size: 13 })],
      // A biên bản has no place-date line; the cell still needs a paragraph.
      [head.placeDate ? underHeader(head.placeDate, { size: 14, italic: true }) : new Paragraph({})],
    ],
  ]);
}

/** "GIẤY MỜI", "BIÊN BẢN"… with the subject lines under it in bold, and a short rule. */
export function titleBlock(title: string, subject: string[]): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: twipsOfPt(18) },
      children: runs([{ text: title }], { size: 14, bold: true }),
    }),
    ...subject.map(
      (line) =>
        new Paragraph({ alignment: AlignmentType.CENTER, children: runs([{ text: line }], { size: 14, bold: true }) }),
    ),
    rule(SHORT_RULE, CONTENT_WIDTH, twipsOfPt(12)),
  ];
}

/** `keepNext` holds the paragraph on the page of what follows: the closing line with the signatures. */
export function bodyParagraph(paragraph: RichParagraph, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    keepNext: options.keepNext,
    // Nghị định 30: first line indented 1–1.27 cm, at least 6 pt between paragraphs.
    indent: { firstLine: twipsOfMm(12.7) },
    spacing: { before: 0, after: twipsOfPt(6), line: 276, lineRule: LineRuleType.AUTO },
    children: runs(paragraph, { size: 14 }),
  });
}

export function recipientsBlock(heading: string, recipients: string[]): Paragraph[] {
  return [
    new Paragraph({
      spacing: { before: 0, after: 0 },
      children: runs([{ text: heading }], { size: 12, bold: true, italic: true }),
    }),
    ...recipients.map(
      (text) => new Paragraph({ spacing: { before: 0, after: 0 }, children: runs([{ text }], { size: 11 }) }),
    ),
  ];
}

export function signatureBlock(signature: SignatureParts): Paragraph[] {
  return [
    ...signature.authority.map((line) => centred(line, { size: 14, bold: true })),
    // Room for the hand signature and the seal.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: twipsOfMm(28) },
      children: runs([{ text: signature.name }], { size: 14, bold: true }),
    }),
  ];
}

/** Nơi nhận on the left and the signature on the right, as letters and notices end. */
export function closingTable(parts: { recipientsHeading: string; recipients: string[]; signature: SignatureParts }) {
  return layoutTable(SIGNATURE_COLUMNS, [
    [recipientsBlock(parts.recipientsHeading, parts.recipients), signatureBlock(parts.signature)],
  ]);
}

/** A blank line before the closing blocks; `keepNext` as for bodyParagraph. */
export function spacer(keepNext?: boolean): Paragraph {
  return new Paragraph({ keepNext, spacing: { after: twipsOfPt(6) } });
}

export interface OfficialDocumentOptions {
  title: string;
  creator: string;
  children: FileChild[];
  /**
   * Page numbers top centre from page 2, as Nghị định 30 asks of documents that may run over a page, and
   * a watermark ("DỰ THẢO") on every page when given. Left out, the document has no running header.
   */
  running?: { watermark: string | null };
}

// Word's own watermark (a WordArt shape in the header, as Design > Watermark makes it): Word can remove it,
// LibreOffice draws it too. Light grey and half transparent so the text under it stays readable.
function watermarkParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [new TextWatermark({ text, font: FONT, bold: true, color: "C0C0C0", opacity: 0.4 })],
  });
}

function runningHeaders(watermark: string | null) {
  const mark = watermark ? [watermarkParagraph(watermark)] : [];
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(13) })],
  });
  return {
    first: new Header({ children: mark.length ? mark : [new Paragraph({})] }),
    default: new Header({ children: [...mark, pageNumber] }),
  };
}

export function officialDocument(options: OfficialDocumentOptions): Document {
  const running = options.running;
  return new Document({
    title: options.title,
    creator: options.creator,
    lastModifiedBy: options.creator,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: pt(14), language: { value: "vi-VN" } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [
      {
        properties: running
          ? // The page number sits 10 mm from the top edge, inside the 20 mm margin.
            { page: { ...PAGE, margin: { ...PAGE.margin, header: twipsOfMm(10) } }, titlePage: true }
          : { page: PAGE },
        headers: running ? runningHeaders(running.watermark) : undefined,
        children: options.children,
      },
    ],
  });
}
