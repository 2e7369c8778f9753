import { describe, expect, it } from "vitest";
import { holidayCandidates, nationalDayNeighbour } from "./prefill";

describe("holidayCandidates", () => {
  it("gives 2027 the four fixed dates of the law and, as suggestions, Tết, Giỗ Tổ and the day next to 2/9", () => {
    expect(holidayCandidates(2027)).toEqual([
      { day: "2027-01-01", name: "Tết Dương lịch", basis: "law" },
      { day: "2027-02-05", name: "Tết Nguyên Đán (cuối năm)", basis: "suggested" },
      { day: "2027-02-06", name: "Tết Nguyên Đán (mùng 1)", basis: "suggested" },
      { day: "2027-02-07", name: "Tết Nguyên Đán (mùng 2)", basis: "suggested" },
      { day: "2027-02-08", name: "Tết Nguyên Đán (mùng 3)", basis: "suggested" },
      { day: "2027-02-09", name: "Tết Nguyên Đán (mùng 4)", basis: "suggested" },
      { day: "2027-04-16", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", basis: "suggested" },
      { day: "2027-04-30", name: "Ngày Chiến thắng", basis: "law" },
      { day: "2027-05-01", name: "Ngày Quốc tế Lao động", basis: "law" },
      { day: "2027-09-02", name: "Quốc khánh", basis: "law" },
      { day: "2027-09-03", name: "Quốc khánh (ngày liền kề)", basis: "suggested" },
    ]);
  });

  it("puts Tết where the Vietnamese calendar does (2026: eve Monday 16/02, mùng 1 Tuesday 17/02)", () => {
    const tet = holidayCandidates(2026).filter((c) => c.name.startsWith("Tết Nguyên Đán"));
    expect(tet.map((c) => c.day)).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
  });

  it("has eleven distinct days every year", () => {
    for (let year = 2025; year <= 2060; year++) {
      const days = holidayCandidates(year).map((c) => c.day);
      expect(new Set(days).size, String(year)).toBe(11);
      expect(
        days.every((d) => d.startsWith(`${year}-`)),
        String(year),
      ).toBe(true);
    }
  });
});

describe("nationalDayNeighbour", () => {
  it("matches the days the government chose", () => {
    expect(nationalDayNeighbour(2022)).toBe("2022-09-01"); // 2/9 a Friday: Thursday 1/9
    expect(nationalDayNeighbour(2023)).toBe("2023-09-01"); // a Saturday: Friday 1/9
    expect(nationalDayNeighbour(2024)).toBe("2024-09-03"); // a Monday: Tuesday 3/9
    expect(nationalDayNeighbour(2025)).toBe("2025-09-01"); // a Tuesday: Monday 1/9
  });

  it("joins a Thursday 2/9 to the weekend and takes Monday after a Sunday 2/9", () => {
    expect(nationalDayNeighbour(2027)).toBe("2027-09-03"); // Thursday → Friday
    expect(nationalDayNeighbour(2029)).toBe("2029-09-03"); // Sunday → Monday
  });
});
