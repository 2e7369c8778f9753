// The invitation letter as a Word file, laid out as Nghị định 30/2020/NĐ-CP prescribes.
import { AlignmentType, Document, LineRuleType, Packer, Paragraph } from "docx";
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
} from "./docx-blocks";
import { invitationLetterParts, type InvitationLetter, type InvitationLetterParts } from "./invitation-letter";

// The right column must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in 13 pt bold on one line (about 96 mm).
const HEADER_RIGHT = twipsOfMm(100);
const HEADER = [CONTENT_WIDTH - HEADER_RIGHT, HEADER_RIGHT];
// The motto's rule is as long as the motto (14 pt bold Times New Roman, measured); the others are short
// rules, a third to a half of their line.
const MOTTO_WIDTH = twipsOfMm(60.5);
const SHORT_RULE = twipsOfMm(20);
const SIGNATURE = [Math.round(CONTENT_WIDTH * 0.45), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.45)];

function header(parts: InvitationLetterParts) {
  const [left = 0, right = 0] = HEADER;
  return layoutTable(HEADER, [
    [
      [
        centred(parts.parentBody, { size: 13 }),
        ...parts.issuingBody.map((line) => centred(line, { size: 13, bold: true })),
        rule(SHORT_RULE, left),
      ],
      [centred(parts.nation, { size: 13, bold: true }), centred(parts.motto, { size: 14, bold: true }), rule(MOTTO_WIDTH, right)],
    ],
    [
      [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twipsOfPt(6) }, children: runs([{ text: parts.numberLine }], { size: 13 }) })],
      [new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twipsOfPt(6) }, children: runs([{ text: parts.placeDate }], { size: 14, italic: true }) })],
    ],
  ]);
}

function titleBlock(parts: InvitationLetterParts): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twipsOfPt(18) }, children: runs([{ text: parts.title }], { size: 14, bold: true }) }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: runs([{ text: parts.subject }], { size: 14, bold: true }) }),
    rule(SHORT_RULE, CONTENT_WIDTH, twipsOfPt(12)),
  ];
}

function body(parts: InvitationLetterParts): Paragraph[] {
  return parts.body.map(
    (paragraph) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        // Nghị định 30: first line indented 1–1.27 cm, at least 6 pt between paragraphs.
        indent: { firstLine: twipsOfMm(12.7) },
        spacing: { before: 0, after: twipsOfPt(6), line: 276, lineRule: LineRuleType.AUTO },
        children: runs(paragraph, { size: 14 }),
      }),
  );
}

function closing(parts: InvitationLetterParts) {
  const recipients = [
    new Paragraph({ spacing: { before: 0, after: 0 }, children: runs([{ text: parts.recipientsHeading }], { size: 12, bold: true, italic: true }) }),
    ...parts.recipients.map((text) => new Paragraph({ spacing: { before: 0, after: 0 }, children: runs([{ text }], { size: 11 }) })),
  ];
  const signature = [
    ...parts.signature.authority.map((line) => centred(line, { size: 14, bold: true })),
    // Room for the hand signature and the seal.
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twipsOfMm(28) }, children: runs([{ text: parts.signature.name }], { size: 14, bold: true }) }),
  ];
  return layoutTable(SIGNATURE, [[recipients, signature]]);
}

export function invitationDocument(letter: InvitationLetter): Document {
  const parts = invitationLetterParts(letter);
  return new Document({
    title: `Giấy mời số ${letter.number}`,
    creator: letter.issuingBody,
    lastModifiedBy: letter.issuingBody,
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
        properties: { page: PAGE },
        children: [header(parts), ...titleBlock(parts), ...body(parts), new Paragraph({ spacing: { after: twipsOfPt(6) } }), closing(parts)],
      },
    ],
  });
}

/** The .docx file of the letter. */
export async function renderInvitationDocx(letter: InvitationLetter): Promise<Buffer> {
  return Packer.toBuffer(invitationDocument(letter));
}
