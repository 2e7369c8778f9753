// Vietnam has kept UTC+7 without daylight saving since 1975, so local wall time converts with a fixed
// offset; Intl still does the formatting so the zone name stays the single source of truth.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";
const OFFSET = "+07:00";

export type Locale = "vi" | "en";

// Making an Intl.DateTimeFormat costs far more than using one, and a mailing to a thousand units
// formats thousands of dates: one formatter per locale and set of options.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(options: Intl.DateTimeFormatOptions, locale: Locale): Intl.DateTimeFormat {
  const key = `${locale}${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === "vi" ? "vi-VN" : "en-GB", { timeZone: TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

function parts(date: Date, options: Intl.DateTimeFormatOptions, locale: Locale = "vi") {
  const out: Record<string, string> = {};
  for (const p of formatter(options, locale).formatToParts(date)) {
    out[p.type] = p.value;
  }
  return out;
}

/** "YYYY-MM-DD" of the calendar day in Vietnam. */
export function dayKey(date: Date): string {
  const p = parts(date, { year: "numeric", month: "2-digit", day: "2-digit" });
  return `${p.year}-${p.month}-${p.day}`;
}

/** 27/12/2022 */
export function formatDate(date: Date): string {
  const [y, m, d] = dayKey(date).split("-");
  return `${d}/${m}/${y}`;
}

/** 07:30, 24-hour. */
export function formatTime(date: Date): string {
  const p = parts(date, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${p.hour}:${p.minute}`;
}

/** 07:30 27/12/2022 */
export function formatDateTime(date: Date): string {
  return `${formatTime(date)} ${formatDate(date)}`;
}

const VI_WEEKDAYS = ["Chủ Nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const EN_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function weekdayIndex(date: Date): number {
  const [y, m, d] = dayKey(date).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
}

/** "Thứ Ba" */
export function formatWeekday(date: Date, locale: Locale = "vi"): string {
  return (locale === "vi" ? VI_WEEKDAYS : EN_WEEKDAYS)[weekdayIndex(date)]!;
}

/**
 * The date line of an official document (Nghị định 30/2020): days below 10 and months 1–2 take a
 * leading zero, so a later hand cannot add a digit: "ngày 05 tháng 01 năm 2023", but "tháng 6".
 */
export function documentDate(date: Date): string {
  const [y, m, d] = dayKey(date).split("-").map(Number);
  const month = m! <= 2 ? String(m).padStart(2, "0") : String(m);
  return `ngày ${String(d).padStart(2, "0")} tháng ${month} năm ${y}`;
}

/** A wall-clock "YYYY-MM-DDTHH:mm" (an <input type="datetime-local"> value) in Vietnam → the instant. */
export function fromLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const date = new Date(`${value}:00${OFFSET}`);
  return Number.isNaN(date.getTime()) || toLocalInput(date) !== value ? null : date;
}

/** The instant → "YYYY-MM-DDTHH:mm" wall clock in Vietnam. */
export function toLocalInput(date: Date): string {
  return `${dayKey(date)}T${formatTime(date)}`;
}

/** Midnight in Vietnam at the start of the given "YYYY-MM-DD". */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00${OFFSET}`);
}

const numberFormat = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** 45.000 and 1,5 */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 104,9% — the value is already a percentage (104.9), not a ratio. */
export function formatPercent(value: number): string {
  return `${percentFormat.format(value)}%`;
}

/**
 * The pieces of "Thứ Sáu, 01/01/2027, từ 22:00 đến 01:00 ngày 02/01/2027" for the catalogue's time-range
 * messages: `endDate` is "none" when the meeting ends on the day it starts (messages select on it), so
 * a meeting running past midnight never reads as ending before it began.
 */
export function timeRangeParts(startsAt: Date, endsAt: Date) {
  return {
    weekday: formatWeekday(startsAt),
    date: formatDate(startsAt),
    start: formatTime(startsAt),
    end: formatTime(endsAt),
    endDate: dayKey(startsAt) === dayKey(endsAt) ? "none" : formatDate(endsAt),
  };
}
