// The thông báo kết luận as a Word file, laid out as Nghị định 30/2020/NĐ-CP prescribes.
import { Packer, type Document } from "docx";
import { conclusionNoticeParts } from "./conclusion-notice-parts";
import { flowBlocks } from "./flow-docx";
import { closingTable, letterheadTable, officialDocument, spacer, titleBlock } from "./letterhead-docx";
import type { ConclusionNoticeRecord } from "./minutes-record";

export function conclusionNoticeDocument(record: ConclusionNoticeRecord): Document {
  const parts = conclusionNoticeParts(record);
  return officialDocument({
    title: `Thông báo số ${record.number}`,
    creator: record.issuingBody,
    running: { watermark: null },
    children: [
      letterheadTable(parts),
      ...titleBlock(parts.title, [parts.subject]),
      ...flowBlocks(parts.body),
      spacer(),
      closingTable(parts),
    ],
  });
}

/** The .docx file of the notice. */
export async function renderConclusionNoticeDocx(record: ConclusionNoticeRecord): Promise<Buffer> {
  return Packer.toBuffer(conclusionNoticeDocument(record));
}
