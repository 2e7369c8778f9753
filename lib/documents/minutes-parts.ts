// The biên bản as the texts of its blocks (Nghị định 30/2020, form of minutes): the .docx, the PDF and
// the screen view all lay out `minutesParts`, so they always say the same thing.
import { documentDate } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import { blockFlow, type Flow } from "./flow";
import { letterhead, recipientLines, RECIPIENTS_HEADING, type Letterhead, type SignatureParts } from "./letterhead";
import type { MinutesRecord } from "./minutes-record";
import type { RichParagraph } from "./parts";
import { bare, capitalise, comrade, documentMoment, documentTime, meetingNoun, sentence } from "./wording";

export const DRAFT_MARK = "DỰ THẢO";

export interface MinutesParts extends Letterhead {
  /** Minutes have no place-date line: the closing time says when they were made. */
  placeDate: null;
  title: string;
  /** The meeting's title, bold, under "BIÊN BẢN". */
  subject: string;
  /** "Thời gian bắt đầu: …", "Địa điểm: …", "Chủ trì (chủ tọa): …", "Thư ký (người ghi biên bản): …". */
  details: RichParagraph[];
  contentHeading: string;
  /** "1. Thành phần tham dự" and its text, then one per agenda item. */
  sections: { heading: string; content: Flow[] }[];
  /** "Hội nghị kết thúc vào 11 giờ 30 phút, ngày 27 tháng 12 năm 2022./." (or "Cuộc họp …", by kind) */
  closing: string;
  /** The secretary signs on the left, the chair on the right. */
  signatures: [SignatureParts, SignatureParts];
  recipientsHeading: string;
  recipients: string[];
  /** "DỰ THẢO" across every page of a draft; null once approved. */
  watermark: string | null;
}

// Blanks to fill by hand when the closing time was not recorded, as printed forms leave them.
const BLANK = "…";

function closingLine(record: MinutesRecord): string {
  const { endedAt } = record;
  const when = endedAt
    ? `${documentTime(endedAt)}, ${documentDate(endedAt)}`
    : `${BLANK} giờ ${BLANK} phút, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  // "./." closes the text of a document.
  return `${capitalise(meetingNoun(record.meetingKind))} kết thúc vào ${when}./.`;
}

export function minutesParts(record: MinutesRecord): MinutesParts {
  const line = (label: string, value: string): RichParagraph => [{ text: `${label}: ${sentence(value)}` }];
  return {
    ...letterhead(record, record.number, null),
    placeDate: null,
    title: "BIÊN BẢN",
    subject: bare(record.title),
    details: [
      line("Thời gian bắt đầu", documentMoment(record.startedAt)),
      line("Địa điểm", record.place),
      // The decree's form offers "Chủ trì (chủ tọa)" and "Thư ký (người ghi biên bản)"; the signatures say
      // CHỦ TỌA and THƯ KÝ, so the lines do too.
      line("Chủ tọa", comrade(record.chair)),
      line("Thư ký", comrade(record.secretary)),
    ],
    contentHeading: "Nội dung:",
    sections: record.sections.map((section, i) => ({
      heading: `${i + 1}. ${bare(section.heading)}`,
      content: blockFlow(section.blocks, record.conclusions),
    })),
    closing: closingLine(record),
    signatures: [
      { authority: ["THƯ KÝ"], name: cleanText(record.secretary.name) },
      { authority: ["CHỦ TỌA"], name: cleanText(record.chair.name) },
    ],
    recipientsHeading: RECIPIENTS_HEADING,
    recipients: recipientLines(record.recipients),
    watermark: record.draft ? DRAFT_MARK : null,
  };
}
