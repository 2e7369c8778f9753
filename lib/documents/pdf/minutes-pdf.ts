// The biên bản as a PDF, laid out as minutes-docx.ts lays it out in Word.
import { minutesParts } from "../minutes-parts";
import type { MinutesRecord } from "../minutes-record";
import { drawFlow } from "./flow-pdf";
import { OfficialPdf } from "./official-pdf";
import type { SignatureStamp } from "@/lib/signatures/appearance";

export interface MinutesSigning {
  /** Whose column gets the digital signature: the chair (CHỦ TỌA, right) or the secretary (THƯ KÝ, left). */
  signer: "chair" | "secretary";
  stamp: SignatureStamp;
}

/**
 * The PDF of the minutes; drafts carry the "DỰ THẢO" watermark on every page. With `signing`, the
 * signer's column carries the visible signature block and a signature placeholder, to be filled by
 * signPdf (lib/signatures/pdf.ts).
 */
export async function renderMinutesPdf(record: MinutesRecord, signing?: MinutesSigning): Promise<Buffer> {
  const parts = minutesParts(record);
  const pdf = new OfficialPdf({ title: `Biên bản ${parts.subject}`, author: record.issuingBody });
  pdf.letterhead(parts);
  pdf.title(parts.title, [parts.subject]);
  for (const line of parts.details) pdf.paragraph(line);
  pdf.paragraph([{ text: parts.contentHeading }]);
  for (const section of parts.sections) {
    pdf.paragraph([{ text: section.heading, bold: true }]);
    drawFlow(pdf, section.content);
  }
  const closing = [{ text: parts.closing }];
  // The secretary signs on the left, the chair on the right, in halves of the line.
  const half = pdf.width / 2;
  const stampOf = (i: number) => (signing && (signing.signer === "chair") === (i === 1) ? signing.stamp : undefined);
  const signatures = Math.max(
    ...parts.signatures.map((signature, i) => pdf.signatureHeight(signature, half, stampOf(i))),
  );
  // The closing line goes over the page with the signatures rather than leave them alone there.
  pdf.keep(pdf.paragraphHeight(closing) + signatures);
  pdf.paragraph(closing);
  pdf.doc.moveDown(0.5);
  pdf.columns(
    [half, half],
    parts.signatures.map(
      (signature, i) => (x: number, width: number, y: number) => pdf.signature(signature, x, width, y, stampOf(i)),
    ),
    signatures,
  );
  pdf.doc.moveDown(1);
  pdf.columns(
    [pdf.width],
    [(x, width, y) => pdf.recipients(parts.recipientsHeading, parts.recipients, x, width, y)],
    pdf.recipientsHeight(parts.recipients),
  );
  return pdf.finish(parts.watermark);
}
