// The invitation letter (giấy mời) as data and as the texts of its blocks. Both the .docx and the
// printable page are drawn from `invitationLetterParts`, so they always say the same thing.
import { documentDate } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import type { RichParagraph } from "./parts";
import { bare, documentCount, documentMoment, documentTime, sameDay, sentence, upper } from "./wording";

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

export interface InvitationLetterParts {
  /** Header left: "UBND TỈNH NGHỆ AN" (regular) over the issuing body (bold), one string per line. */
  parentBody: string;
  issuingBody: string[];
  /** Header right. */
  nation: string;
  motto: string;
  /** "Số: 12/GM-UBND", under the header left. */
  numberLine: string;
  /** "Cửa Lò, ngày 05 tháng 01 năm 2027", italic, under the header right. */
  placeDate: string;
  title: string;
  /** The summary line under the title (trích yếu), bold. */
  subject: string;
  body: RichParagraph[];
  signature: { authority: string[]; name: string };
  recipientsHeading: string;
  /** "- Như trên;" … "- Lưu: VT." */
  recipients: string[];
}

export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const ARCHIVE = "Lưu: VT";

// Real letters break "ỦY BAN NHÂN DÂN THỊ XÃ CỬA LÒ" after the body's kind; leaving it to the word
// processor gives "… THỊ XÃ / CỬA LÒ" instead.
const BODY_KIND = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN) (.+)$/u;

function issuingBodyLines(name: string): string[] {
  const caps = upper(name);
  const match = BODY_KIND.exec(caps);
  return match ? [match[1]!, match[2]!] : [caps];
}

/**
 * "Thời gian: 07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 11 giờ 00 phút)."
 * Start first, as letters say when to arrive; the end is an estimate and named as such, with its own date
 * only when the meeting runs past the day.
 */
export function meetingTimeText(startsAt: Date, endsAt: Date): string {
  const end = sameDay(startsAt, endsAt) ? documentTime(endsAt) : documentMoment(endsAt);
  return `${documentMoment(startsAt)} (dự kiến kết thúc lúc ${end})`;
}

/** "- Như trên;" … "- Lưu: VT.": items end in ";", the archive copy comes last and ends in ".". */
export function recipientLines(items: string[]): string[] {
  const cleaned = items.map((item) => bare(item.replace(/^\s*[-–•]\s*/u, ""))).filter(Boolean);
  const isArchive = (item: string) => /^lưu\b/iu.test(item);
  // Nghị định 30 requires the archive copy; add it rather than print a letter without one.
  const archive = cleaned.filter(isArchive);
  const ordered = [...cleaned.filter((item) => !isArchive(item)), ...(archive.length ? archive : [ARCHIVE])];
  return ordered.map((item, i) => `- ${item}${i === ordered.length - 1 ? "." : ";"}`);
}

function bodyOf(letter: InvitationLetter): RichParagraph[] {
  const line = (label: string, value: string, bold = false): RichParagraph => [
    { text: `${label}: ` },
    { text: sentence(value), bold },
  ];
  const seats = letter.seats > 0 ? ` (${documentCount(letter.seats)} người)` : "";
  const body: RichParagraph[] = [
    [{ text: `${cleanText(letter.issuingBody)} trân trọng kính mời: ` }, { text: sentence(letter.recipient), bold: true }],
    line("Thành phần", `${bare(letter.attendees)}${seats}`),
    line("Tới dự", letter.meetingTitle, true),
  ];
  if (letter.chair) {
    const title = bare(letter.chair.title);
    body.push(line("Chủ trì", `đồng chí ${cleanText(letter.chair.name)}${title ? ` - ${title}` : ""}`));
  }
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
    parentBody: upper(letter.parentBody),
    issuingBody: issuingBodyLines(letter.issuingBody),
    nation: NATION,
    motto: MOTTO,
    numberLine: `Số: ${cleanText(letter.number)}`,
    placeDate: `${cleanText(letter.place)}, ${documentDate(letter.issuedAt)}`,
    title: "GIẤY MỜI",
    subject: `Dự ${bare(letter.meetingTitle)}`,
    body: bodyOf(letter),
    signature: { authority: letter.signer.authority.map(upper).filter(Boolean), name: cleanText(letter.signer.name) },
    recipientsHeading: "Nơi nhận:",
    recipients: recipientLines(letter.recipients),
  };
}
