// The biên bản as a Word file, laid out as Nghị định 30/2020/NĐ-CP prescribes for minutes.
import { Packer, type Document } from "docx";
import { CONTENT_WIDTH, layoutTable } from "./docx-blocks";
import { flowBlocks } from "./flow-docx";
import {
  bodyParagraph,
  letterheadTable,
  officialDocument,
  recipientsBlock,
  signatureBlock,
  spacer,
  titleBlock,
} from "./letterhead-docx";
import { minutesParts } from "./minutes-parts";
import type { MinutesRecord } from "./minutes-record";

const HALF = Math.round(CONTENT_WIDTH / 2);

export function minutesDocument(record: MinutesRecord): Document {
  const parts = minutesParts(record);
  const [secretary, chair] = parts.signatures;
  return officialDocument({
    title: `Biên bản ${parts.subject}`,
    creator: record.issuingBody,
    running: { watermark: parts.watermark },
    children: [
      letterheadTable(parts),
      ...titleBlock(parts.title, [parts.subject]),
      ...parts.details.map((line) => bodyParagraph(line)),
      bodyParagraph([{ text: parts.contentHeading }]),
      ...parts.sections.flatMap((section) => [
        bodyParagraph([{ text: section.heading, bold: true }]),
        ...flowBlocks(section.content),
      ]),
      // The closing line goes over the page with the signatures rather than leave them alone there.
      bodyParagraph([{ text: parts.closing }], { keepNext: true }),
      spacer(true),
      layoutTable([HALF, CONTENT_WIDTH - HALF], [[signatureBlock(secretary), signatureBlock(chair)]]),
      spacer(),
      ...recipientsBlock(parts.recipientsHeading, parts.recipients),
    ],
  });
}

/** The .docx file of the minutes; drafts carry the "DỰ THẢO" watermark on every page. */
export async function renderMinutesDocx(record: MinutesRecord): Promise<Buffer> {
  return Packer.toBuffer(minutesDocument(record));
}
