// Wording shared by the official documents (Nghị định 30/2020/NĐ-CP and the customary style of UBND
// letters). This is document text, not UI: it is Vietnamese whatever the reader's locale.
import { dayKey, documentDate, formatDate, formatTime, formatWeekday } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";
import type { ConclusionItem } from "./minutes-record";
import type { MeetingKind } from "@/lib/db/generated/sqlite/enums";

/** Capitals as Vietnamese writes them ("Ủy ban" → "ỦY BAN"), after cleaning the text. */
export function upper(text: string): string {
  return cleanText(text).toLocaleUpperCase("vi");
}

/**
 * "07 giờ 30 phút". Documents write the clock time in words with two-digit hours and minutes
 * ("14 giờ 00 phút"): the same zero padding as the date line, so no digit can be added by hand later.
 */
export function documentTime(date: Date): string {
  const [hours, minutes] = formatTime(date).split(":");
  return `${hours} giờ ${minutes} phút`;
}

/** "07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027" */
export function documentMoment(date: Date): string {
  return `${documentTime(date)}, ${formatWeekday(date)}, ${documentDate(date)}`;
}

export function sameDay(a: Date, b: Date): boolean {
  return dayKey(a) === dayKey(b);
}

/** Counts in documents take a leading zero below 10 ("02 người"), like numbers and dates. */
export function documentCount(n: number): string {
  return String(n).padStart(2, "0");
}

/** Cleaned text with its own final punctuation removed, so the caller can end it as the layout needs. */
export function bare(text: string): string {
  return cleanText(text).replace(/[\s.;,:]+$/u, "");
}

/** The first letter in capitals: "đồng chí …" opening a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** A body line ends with a full stop, whatever the data ended with. */
export function sentence(text: string): string {
  return `${bare(text)}.`;
}

/**
 * "đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã", as documents name an official; notices join the
 * title with a comma instead ("đồng chí Bùi Đình Long, Phó Chủ tịch UBND tỉnh").
 */
export function comrade(person: { name: string; title: string }, joiner: " - " | ", " = " - "): string {
  const title = bare(person.title);
  return `đồng chí ${cleanText(person.name)}${title ? `${joiner}${title}` : ""}`;
}

/**
 * One conclusion as the minutes and the notice print it, without its number: the task, then who leads,
 * who helps and by when, so each item reads as an assignment that can be followed up.
 * "Rà soát … . Đơn vị chủ trì: Phòng Lao động; phối hợp: UBND các phường; thời hạn: 31/01/2023."
 */
export function conclusionLine(item: ConclusionItem): string {
  const cooperators = item.cooperators.map(bare).filter(Boolean);
  const terms = [
    item.leadUnit && bare(item.leadUnit) ? `đơn vị chủ trì: ${bare(item.leadUnit)}` : "",
    cooperators.length ? `phối hợp: ${cooperators.join(", ")}` : "",
    item.deadline ? `thời hạn: ${formatDate(item.deadline)}` : "",
  ].filter(Boolean);
  if (!terms.length) return sentence(item.content);
  // The assignment is a sentence of its own, so its first word takes a capital whichever term leads.
  return `${sentence(item.content)} ${capitalise(terms.join("; "))}.`;
}

/**
 * What a document calls the meeting (the decree's forms offer "cuộc họp (hội nghị)" to choose from):
 * "hội nghị" for conferences, reviews and trainings, "phiên họp" for a session of the People's
 * Committee, "cuộc họp" for briefings and working meetings.
 */
export function meetingNoun(kind: MeetingKind): string {
  switch (kind) {
    case "YEAR_END_REVIEW":
    case "MID_TERM_REVIEW":
    case "THEMATIC":
    case "PROFESSIONAL":
      return "hội nghị";
    case "COMMITTEE_SESSION":
      return "phiên họp";
    case "BRIEFING":
    case "ADVISORY":
    case "PROBLEM_SOLVING":
      return "cuộc họp";
  }
}

const NAMED_AS_MEETING = /^(hội nghị|cuộc họp|phiên họp|buổi làm việc|hội thảo|họp)(\s|$)/iu;

/**
 * The meeting named inside a sentence. A title that says what it is is the meeting's own name and keeps
 * its capital ("tại Hội nghị trực tuyến tổng kết …"); otherwise the noun comes first, as a common noun:
 * "tại cuộc họp giao ban tuần của Thường trực UBND thị xã". A title opening with an abbreviation
 * ("UBND …") keeps its capitals.
 */
export function meetingPhrase(title: string, kind: MeetingKind): string {
  const text = bare(title);
  if (NAMED_AS_MEETING.test(text)) return text;
  const lowered = /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLocaleLowerCase("vi") + text.slice(1) : text;
  return `${meetingNoun(kind)} ${lowered}`;
}
