// What the biên bản and the thông báo kết luận say, as plain data. The data layer fills these from the
// stored minutes; the renderers (screen, .docx, PDF) only lay them out.
import type { Block } from "@/lib/minutes/markup";
import type { MeetingKind } from "@/lib/db/generated/sqlite/enums";

export interface IssuingBody {
  /** "UBND tỉnh Nghệ An", or "" when the issuing body has no parent shown in the header. */
  parentBody: string;
  /** "Ủy ban nhân dân thị xã Cửa Lò" */
  issuingBody: string;
}

export interface ConclusionItem {
  content: string;
  /** "Phòng Lao động - Thương binh và Xã hội", or null when not assigned. */
  leadUnit: string | null;
  cooperators: string[];
  deadline: Date | null;
}

export interface Person {
  name: string;
  title: string;
}

export interface MinutesRecord extends IssuingBody {
  /** "05/BB-UBND"; null until generated with a number. */
  number: string | null;
  /** The meeting's title: the line under "BIÊN BẢN" ("Hội nghị trực tuyến tổng kết ..."). */
  title: string;
  /** Decides what the text calls it: "hội nghị", "cuộc họp", "phiên họp". */
  meetingKind: MeetingKind;
  startedAt: Date;
  endedAt: Date | null;
  /** Main point's name and address; the other points are listed in the participants section. */
  place: string;
  chair: Person;
  secretary: Person;
  /** Numbered sections: "Thành phần tham dự", then one per agenda item. */
  sections: { heading: string; blocks: Block[] }[];
  conclusions: ConclusionItem[];
  /** Draft or submitted minutes carry a "DỰ THẢO" watermark; approved ones do not. */
  draft: boolean;
  /** "- Như trên;" style recipients; the renderer adds "Lưu: VT" when missing. */
  recipients: string[];
}

export interface ConclusionNoticeRecord extends IssuingBody {
  /** "07/TB-UBND" */
  number: string;
  /** Place on the date line: "Cửa Lò". */
  placeName: string;
  issuedAt: Date;
  meetingTitle: string;
  meetingKind: MeetingKind;
  meetingStartedAt: Date;
  /** Who held the meeting when it is not the issuer (a hub's notice of a provincial conference). */
  organiser?: string;
  chair: Person;
  /** "Ngày 27/12/2022, đồng chí ... chủ trì hội nghị ..." – the opening paragraph is composed by the renderer. */
  points: string[];
  conclusions: ConclusionItem[];
  /** Who signs: e.g. ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"] and the name; left blank for hand signing when unknown. */
  signer: { authority: string[]; name: string };
  recipients: string[];
}
