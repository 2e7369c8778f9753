// Wording shared by the official documents (Nghị định 30/2020/NĐ-CP and the customary style of UBND
// letters). This is document text, not UI: it is Vietnamese whatever the reader's locale.
import { dayKey, documentDate, formatTime, formatWeekday } from "@/lib/datetime/vietnam";
import { cleanText } from "@/lib/text/normalize";

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

/** A body line ends with a full stop, whatever the data ended with. */
export function sentence(text: string): string {
  return `${bare(text)}.`;
}
