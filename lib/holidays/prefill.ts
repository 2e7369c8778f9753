// Next year's list, pre-filled for the administrator (Bộ luật Lao động 2019, art. 112, khoản 1): the
// fixed-date holidays as the law names them, and, as suggestions to check against the Prime Minister's
// yearly decision (khoản 3 leaves Tết and the day next to 2/9 to it), Tết Nguyên Đán and Giỗ Tổ Hùng
// Vương from the Vietnamese lunar calendar. Nghỉ bù and làm bù days are announced each year and are
// entered by hand.
import { addDays, dayOfWeek, toDayKey } from "@/lib/calendar/days";
import { lunarToSolar } from "@/lib/calendar/lunar";

export interface HolidayCandidate {
  day: string;
  name: string;
  /** "law": a fixed date of art. 112; "suggested": for the administrator to confirm. */
  basis: "law" | "suggested";
}

const isWeekday = (day: string) => dayOfWeek(day) >= 1 && dayOfWeek(day) <= 5;

/**
 * "02 ngày (ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau)": the adjacent weekday that
 * joins the break to a weekend (Monday 1/9 or Friday 3/9), otherwise the day before when it is a weekday
 * (as in 2022 and 2023), otherwise the day after (2024: Monday 2/9, Tuesday 3/9).
 */
export function nationalDayNeighbour(year: number): string {
  const before = toDayKey({ year, month: 9, day: 1 });
  const after = toDayKey({ year, month: 9, day: 3 });
  if (dayOfWeek(after) === 5) return after;
  if (isWeekday(before)) return before;
  return after;
}

/** The candidates for a year, in date order. Tết: the last day of the lunar year and the first four. */
export function holidayCandidates(year: number): HolidayCandidate[] {
  const day = (month: number, date: number) => toDayKey({ year, month, day: date });
  const tet = lunarToSolar(1, 1, year);
  const candidates: HolidayCandidate[] = [
    { day: day(1, 1), name: "Tết Dương lịch", basis: "law" },
    { day: day(4, 30), name: "Ngày Chiến thắng", basis: "law" },
    { day: day(5, 1), name: "Ngày Quốc tế Lao động", basis: "law" },
    { day: day(9, 2), name: "Quốc khánh", basis: "law" },
    { day: nationalDayNeighbour(year), name: "Quốc khánh (ngày liền kề)", basis: "suggested" },
    ...[-1, 0, 1, 2, 3].map((n) => ({
      day: addDays(tet, n),
      name: n < 0 ? "Tết Nguyên Đán (cuối năm)" : `Tết Nguyên Đán (mùng ${n + 1})`,
      basis: "suggested" as const,
    })),
    { day: lunarToSolar(10, 3, year), name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", basis: "suggested" },
  ];
  return candidates.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
