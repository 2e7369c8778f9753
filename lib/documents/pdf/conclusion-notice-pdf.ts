// The thông báo kết luận as a PDF, laid out as conclusion-notice-docx.ts lays it out in Word.
import { conclusionNoticeParts } from "../conclusion-notice-parts";
import type { ConclusionNoticeRecord } from "../minutes-record";
import { drawFlow } from "./flow-pdf";
import { OfficialPdf } from "./official-pdf";
import type { SignatureStamp } from "@/lib/signatures/appearance";

/** The PDF of the notice; with a stamp, the signature column carries the body's digital signature. */
export async function renderConclusionNoticePdf(
  record: ConclusionNoticeRecord,
  stamp?: SignatureStamp,
): Promise<Buffer> {
  const parts = conclusionNoticeParts(record);
  const pdf = new OfficialPdf({ title: `Thông báo số ${record.number}`, author: record.issuingBody });
  pdf.letterhead(parts);
  pdf.title(parts.title, [parts.subject]);
  drawFlow(pdf, parts.body);
  pdf.doc.moveDown(0.5);
  pdf.closing(parts, stamp);
  return pdf.finish(null);
}
