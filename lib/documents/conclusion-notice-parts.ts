// The thông báo kết luận as the texts of its blocks: a notice of the chair's conclusions, issued after the
// meeting. The .docx, the PDF and the screen view all lay out `conclusionNoticeParts`.
import { formatDate } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import { conclusionParagraphs, type Flow } from "./flow";
import {
  letterhead,
  placeDateLine,
  recipientLines,
  RECIPIENTS_HEADING,
  signatureParts,
  type Letterhead,
  type SignatureParts,
} from "./letterhead";
import type { ConclusionNoticeRecord } from "./minutes-record";
import { bare, capitalise, comrade, meetingNoun, meetingPhrase } from "./wording";

export interface ConclusionNoticeParts extends Letterhead {
  placeDate: string;
  title: string;
  /** "Kết luận của đồng chí …, … tại …", bold, under "THÔNG BÁO". */
  subject: string;
  /** The opening paragraphs, the numbered conclusions and the closing sentence. */
  body: Flow[];
  signature: SignatureParts;
  recipientsHeading: string;
  recipients: string[];
}

/** "Đồng chí … chủ trì hội nghị tại điểm cầu A; hội nghị được kết nối trực tuyến đến B, C." The first point is the main one. */
function chairedAt(chair: string, noun: string, points: string[]): string {
  const [main, ...others] = points.map(bare).filter(Boolean);
  if (!main) return `${capitalise(chair)} chủ trì ${noun}.`;
  const linked = others.length ? `; ${noun} được kết nối trực tuyến đến ${others.join(", ")}` : "";
  return `${capitalise(chair)} chủ trì ${noun} tại ${main}${linked}.`;
}

export function conclusionNoticeParts(record: ConclusionNoticeRecord): ConclusionNoticeParts {
  // "đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh", as the notice subject is customarily written.
  const chair = comrade(record.chair, " - ");
  // The notice names the meeting ("hội nghị …", "cuộc họp giao ban …"), never the minutes.
  const meeting = meetingPhrase(record.meetingTitle, record.meetingKind);
  const noun = meetingNoun(record.meetingKind);
  const issuer = cleanText(record.issuingBody);
  const paragraph = (text: string): Flow => ({ kind: "paragraph", text: [{ text }] });
  return {
    ...letterhead(record, record.number, null),
    placeDate: placeDateLine(record.placeName, record.issuedAt),
    title: "THÔNG BÁO",
    subject: `Kết luận của ${chair} tại ${meeting}`,
    body: [
      paragraph(
        `Ngày ${formatDate(record.meetingStartedAt)}, ${cleanText(record.organiser ?? record.issuingBody)} tổ chức ${meeting}. ${chairedAt(chair, noun, record.points)}`,
      ),
      paragraph(`Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự ${noun}, ${chair} kết luận như sau:`),
      ...conclusionParagraphs(record.conclusions),
      // "./." closes the text of a document.
      paragraph(`${issuer} thông báo để các cơ quan, đơn vị biết, thực hiện./.`),
    ],
    signature: signatureParts(record.signer),
    recipientsHeading: RECIPIENTS_HEADING,
    recipients: recipientLines(record.recipients),
  };
}
