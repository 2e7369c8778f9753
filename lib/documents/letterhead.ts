// The parts every Nghị định 30/2020 document shares, as text: the two-column header (issuing body left,
// national title and motto right), the number line, the place-date line and the "Nơi nhận" list. The
// invitation, the minutes and the conclusion notice all take them from here, so their headers cannot drift.
import { documentDate } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import { bare, upper } from "./wording";

export const NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";
export const RECIPIENTS_HEADING = "Nơi nhận:";
const ARCHIVE = "Lưu: VT";

export interface Letterhead {
  /** Header left: "UBND TỈNH NGHỆ AN" (regular), or "" when the issuing body has no parent shown. */
  parentBody: string;
  /** The issuing body in bold capitals, one string per line. */
  issuingBody: string[];
  /** Header right. */
  nation: string;
  motto: string;
  /** "Số: 12/GM-UBND", under the header left. */
  numberLine: string;
  /** "Cửa Lò, ngày 05 tháng 01 năm 2027", italic, under the header right; null where the type has none (biên bản). */
  placeDate: string | null;
}

export interface SignatureParts {
  /** Bold capitals over the room for the hand signature: "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"; "THƯ KÝ". */
  authority: string[];
  /** Bold under the signature; "" leaves the line for a name written by hand. */
  name: string;
}

// Real letters break "ỦY BAN NHÂN DÂN THỊ XÃ CỬA LÒ" after the body's kind; leaving it to the word
// processor gives "… THỊ XÃ / CỬA LÒ" instead.
const BODY_KIND = /^((?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN) (.+)$/u;

function issuingBodyLines(name: string): string[] {
  const caps = upper(name);
  const match = BODY_KIND.exec(caps);
  return match ? [match[1]!, match[2]!] : [caps];
}

export function letterhead(
  body: { parentBody: string; issuingBody: string },
  /** Null before a number is given: the space after "Số:" is left for it. */
  number: string | null,
  placeDate: string | null,
): Letterhead {
  return {
    parentBody: upper(body.parentBody),
    issuingBody: issuingBodyLines(body.issuingBody),
    nation: NATION,
    motto: MOTTO,
    numberLine: number === null ? "Số:" : `Số: ${cleanText(number)}`,
    placeDate,
  };
}

/** "Cửa Lò, ngày 05 tháng 01 năm 2027" */
export function placeDateLine(place: string, date: Date): string {
  return `${cleanText(place)}, ${documentDate(date)}`;
}

/** "- Như trên;" … "- Lưu: VT.": items end in ";", the archive copy comes last and ends in ".". */
export function recipientLines(items: string[]): string[] {
  const cleaned = items.map((item) => bare(item.replace(/^\s*[-–•]\s*/u, ""))).filter(Boolean);
  const isArchive = (item: string) => /^lưu\b/iu.test(item);
  // Nghị định 30 requires the archive copy; add it rather than print a document without one.
  const archive = cleaned.filter(isArchive);
  const ordered = [...cleaned.filter((item) => !isArchive(item)), ...(archive.length ? archive : [ARCHIVE])];
  return ordered.map((item, i) => `- ${item}${i === ordered.length - 1 ? "." : ";"}`);
}

export function signatureParts(signer: { authority: string[]; name: string }): SignatureParts {
  return { authority: signer.authority.map(upper).filter(Boolean), name: cleanText(signer.name) };
}
