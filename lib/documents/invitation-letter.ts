// The invitation letter (giấy mời) as data and as the texts of its blocks. Both the .docx and the
// printable page are drawn from `invitationLetterParts`, so they always say the same thing.
import { cleanText } from "@/lib/text/normalize";
import {
  letterhead,
  placeDateLine,
  recipientLines,
  RECIPIENTS_HEADING,
  signatureParts,
  type Letterhead,
  type SignatureParts,
} from "./letterhead";
import type { RichParagraph } from "./parts";
import { bare, comrade, documentCount, documentMoment, documentTime, sameDay, sentence } from "./wording";

export interface InvitationLetter {
  /** "UBND tỉnh Nghệ An": a name as the app stores it; the letter capitalises it. */
  parentBody: string;
  /** "Ủy ban nhân dân thị xã Cửa Lò" */
  issuingBody: string;
  /** "12/GM-UBND", already formatted. */
  number: string;
  /** "Cửa Lò" */
  place: string;
  issuedAt: Date;
  /** The invited unit: "Phường Nghi Hải". */
  recipient: string;
  meetingTitle: string;
  /** Who should come: "Đại diện lãnh đạo UBND phường và công chức phụ trách lĩnh vực lao động". */
  attendees: string;
  chair: { name: string; title: string } | null;
  startsAt: Date;
  endsAt: Date;
  /** Point name and address. */
  location: string;
  onlineLink?: string;
  seats: number;
  answerDeadline: Date | null;
  notes?: string;
  /** signer.authority e.g. ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"] or ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]. */
  signer: { authority: string[]; name: string };
  /** "Nơi nhận"; the last one is "Lưu: VT". */
  recipients: string[];
}

export interface InvitationLetterParts extends Letterhead {
  /** A letter always has its place-date line. */
  placeDate: string;
  title: string;
  /** The summary line under the title (trích yếu), bold. */
  subject: string;
  body: RichParagraph[];
  signature: SignatureParts;
  recipientsHeading: string;
  /** "- Như trên;" … "- Lưu: VT." */
  recipients: string[];
}

// Re-exported: the agenda document and the invitation tests import them from here.
export { MOTTO, NATION, recipientLines } from "./letterhead";

/**
 * "Thời gian: 07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 11 giờ 00 phút)."
 * Start first, as letters say when to arrive; the end is an estimate and named as such, with its own date
 * only when the meeting runs past the day.
 */
export function meetingTimeText(startsAt: Date, endsAt: Date): string {
  const end = sameDay(startsAt, endsAt) ? documentTime(endsAt) : documentMoment(endsAt);
  return `${documentMoment(startsAt)} (dự kiến kết thúc lúc ${end})`;
}

function bodyOf(letter: InvitationLetter): RichParagraph[] {
  const line = (label: string, value: string, bold = false): RichParagraph => [
    { text: `${label}: ` },
    { text: sentence(value), bold },
  ];
  const seats = letter.seats > 0 ? ` (${documentCount(letter.seats)} người)` : "";
  const body: RichParagraph[] = [
    [
      { text: `${cleanText(letter.issuingBody)} trân trọng kính mời: ` },
      { text: sentence(letter.recipient), bold: true },
    ],
    line("Thành phần", `${bare(letter.attendees)}${seats}`),
    line("Tới dự", letter.meetingTitle, true),
  ];
  if (letter.chair) body.push(line("Chủ trì", comrade(letter.chair)));
  body.push(line("Thời gian", meetingTimeText(letter.startsAt, letter.endsAt)), line("Địa điểm", letter.location));
  // No full stop after a link: readers copy it with the punctuation.
  if (letter.onlineLink) body.push([{ text: "Đường dẫn tham dự trực tuyến: " }, { text: letter.onlineLink.trim() }]);
  if (letter.answerDeadline) {
    body.push([
      { text: `Đề nghị xác nhận tham dự và gửi danh sách đại biểu trước ${documentMoment(letter.answerDeadline)}.` },
    ]);
  }
  for (const note of (letter.notes ?? "").split(/\r?\n/u).map(cleanText).filter(Boolean)) {
    body.push([{ text: note, italic: true }]);
  }
  // The closing sentence ends the body with "./.", as the text of a document customarily does.
  body.push([{ text: "Rất mong đại biểu tham dự đúng thành phần, thời gian./." }]);
  return body;
}

export function invitationLetterParts(letter: InvitationLetter): InvitationLetterParts {
  return {
    ...letterhead(letter, letter.number, null),
    placeDate: placeDateLine(letter.place, letter.issuedAt),
    title: "GIẤY MỜI",
    subject: `Dự ${bare(letter.meetingTitle)}`,
    body: bodyOf(letter),
    signature: signatureParts(letter.signer),
    recipientsHeading: RECIPIENTS_HEADING,
    recipients: recipientLines(letter.recipients),
  };
}
