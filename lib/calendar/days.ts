// Calendar arithmetic on "YYYY-MM-DD" day keys (the form dayKey() in lib/datetime/vietnam.ts returns).
// A civil date has no time zone, so the maths runs on UTC midnights: no offset or DST can shift a day.
// Converting between instants and Vietnamese days stays in lib/datetime/vietnam.ts.

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

// setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** True for a well-formed key of a date that exists ("2026-02-30" is not one). */
export function isDayKey(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Splits a day key; throws RangeError on a malformed or impossible date so bad input fails loudly. */
export function parseDayKey(value: string): CivilDate {
  if (!isDayKey(value)) throw new RangeError(`Not a valid "YYYY-MM-DD" day: ${JSON.stringify(value)}`);
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return { year, month, day };
}

/** Builds a day key; the date must exist (no rollover from 31/4 to 1/5). */
export function toDayKey({ year, month, day }: CivilDate): string {
  const key = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!isDayKey(key)) throw new RangeError(`No such date: ${key}`);
  return key;
}

export function daysInMonth(year: number, month: number): number {
  return utcMidnight(year, month + 1, 0).getUTCDate();
}

/** Whole days since 1970-01-01; differences of these count calendar days. */
export function epochDay(day: string): number {
  const { year, month, day: date } = parseDayKey(day);
  return Math.round(utcMidnight(year, month, date).getTime() / MS_PER_DAY);
}

export function fromEpochDay(value: number): string {
  const date = new Date(value * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function addDays(day: string, n: number): string {
  return fromEpochDay(epochDay(day) + n);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay and weekdayIndex() count. */
export function dayOfWeek(day: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((epochDay(day) + 4) % 7) + 7) % 7;
}

/** Day keys compare correctly as strings; this names the intent. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
