// The Vietnamese lunisolar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm ("Thuật toán tính
// âm lịch"): months begin on the day of the new moon and month 11 holds the winter solstice, both
// reckoned at the meridian of UTC+7. The Chinese calendar applies the same rules at UTC+8, so in some
// years (Tết 1985: 21/1 in Việt Nam, 20/2 in China) the two differ. Astronomy is approximate (Meeus'
// low-precision series), which the algorithm's author checked against the published calendars.
import { fromEpochDay } from "./days";

export const VIETNAM_UTC_OFFSET_HOURS = 7;
// Việt Nam has reckoned at UTC+7 since 1968 (UTC+8 before). Checked month by month for 1968–2100
// against the author's published tables: every Tết and every lunar 10/3 agree; three other month
// starts (2054, 2072, 2077), where a new moon falls near midnight, are a day apart.
export const FIRST_YEAR = 1968;
export const LAST_YEAR = 2100;

const { PI, floor, sin } = Math;
/** Julian day number of 1970-01-01, to turn Julian days into our epoch days. */
const JD_UNIX_EPOCH = 2440588;
const SYNODIC_MONTH = 29.530588853;
/** The Julian day of the new moon the series counts from (1900-01-01). */
const NEW_MOON_EPOCH = 2415021.076998695;

function julianDay(day: number, month: number, year: number): number {
  const a = floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + floor((153 * m + 2) / 5) + 365 * y + floor(y / 4) - floor(y / 100) + floor(y / 400) - 32045;
}

/** The local day (Julian day number) of the k-th new moon after 1/1/1900. */
function newMoonDay(k: number, timeZone: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd1 += 0.00033 * sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // the Sun's mean anomaly
  const Mpr = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // the Moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // the Moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * T) * sin(M * dr) + 0.0021 * sin(2 * dr * M);
  c1 = c1 - 0.4068 * sin(Mpr * dr) + 0.0161 * sin(dr * 2 * Mpr);
  c1 -= 0.0004 * sin(dr * 3 * Mpr);
  c1 = c1 + 0.0104 * sin(dr * 2 * F) - 0.0051 * sin(dr * (M + Mpr));
  c1 = c1 - 0.0074 * sin(dr * (M - Mpr)) + 0.0004 * sin(dr * (2 * F + M));
  c1 = c1 - 0.0004 * sin(dr * (2 * F - M)) - 0.0006 * sin(dr * (2 * F + Mpr));
  c1 = c1 + 0.001 * sin(dr * (2 * F - Mpr)) + 0.0005 * sin(dr * (2 * Mpr + M));
  const deltaT =
    T < -11
      ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3
      : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return floor(jd1 + c1 - deltaT + 0.5 + timeZone / 24);
}

/** Which twelfth of the ecliptic (0–11, 30° each) the Sun is in at the local midnight starting a day. */
function sunLongitudeSector(jdn: number, timeZone: number): number {
  const T = (jdn - 2451545.5 - timeZone / 24) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * sin(dr * M);
  DL = DL + (0.019993 - 0.000101 * T) * sin(dr * 2 * M) + 0.00029 * sin(dr * 3 * M);
  let L = (L0 + DL) * dr;
  L -= PI * 2 * floor(L / (PI * 2));
  return floor((L / PI) * 6);
}

/** The first day of the lunar month 11 (the one holding the winter solstice) of a solar year. */
function lunarMonth11(year: number, timeZone: number): number {
  const k = floor((julianDay(31, 12, year) - 2415021) / SYNODIC_MONTH);
  const nm = newMoonDay(k, timeZone);
  return sunLongitudeSector(nm, timeZone) >= 9 ? newMoonDay(k - 1, timeZone) : nm;
}

/** In a year of 13 months, how many months after month 11 the leap month comes (the one with no major term). */
function leapMonthOffset(a11: number, timeZone: number): number {
  const k = floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let last: number;
  let i = 1;
  let arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  do {
    last = arc;
    i++;
    arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * The solar day ("YYYY-MM-DD") of a day of the ordinary (not leap) lunar month in the Vietnamese
 * calendar: lunarToSolar(1, 1, 2026) is Tết, "2026-02-17". `timeZone` is for comparisons only.
 */
export function lunarToSolar(day: number, month: number, year: number, timeZone = VIETNAM_UTC_OFFSET_HOURS): string {
  if (
    ![day, month, year].every(Number.isInteger) ||
    day < 1 ||
    day > 30 ||
    month < 1 ||
    month > 12 ||
    year < FIRST_YEAR ||
    year > LAST_YEAR
  )
    throw new RangeError(`Not a lunar date: ${day}/${month}/${year}`);
  const [a11, b11] =
    month < 11
      ? [lunarMonth11(year - 1, timeZone), lunarMonth11(year, timeZone)]
      : [lunarMonth11(year, timeZone), lunarMonth11(year + 1, timeZone)];
  let offset = (month - 11 + 12) % 12;
  // 13 months between the two months 11: months from the leap one on come one later.
  if (b11 - a11 > 365 && offset >= leapMonthOffset(a11, timeZone)) offset += 1;
  const k = floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  return fromEpochDay(newMoonDay(k + offset, timeZone) + day - 1 - JD_UNIX_EPOCH);
}
