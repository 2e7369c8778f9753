import { describe, expect, it } from "vitest";
import { lunarToSolar } from "./lunar";

describe("lunarToSolar (Vietnamese calendar, UTC+7)", () => {
  it("finds Tết Nguyên Đán as it was and will be celebrated", () => {
    expect(lunarToSolar(1, 1, 2023)).toBe("2023-01-22");
    expect(lunarToSolar(1, 1, 2024)).toBe("2024-02-10");
    expect(lunarToSolar(1, 1, 2025)).toBe("2025-01-29");
    expect(lunarToSolar(1, 1, 2026)).toBe("2026-02-17");
    expect(lunarToSolar(1, 1, 2027)).toBe("2027-02-06");
  });

  it("finds Giỗ Tổ Hùng Vương (10/3), also in a year whose leap month comes before it", () => {
    expect(lunarToSolar(10, 3, 2023)).toBe("2023-04-29"); // leap 2nd month in 2023
    expect(lunarToSolar(10, 3, 2024)).toBe("2024-04-18");
    expect(lunarToSolar(10, 3, 2025)).toBe("2025-04-07");
    expect(lunarToSolar(10, 3, 2026)).toBe("2026-04-26");
  });

  it("differs from the Chinese calendar (UTC+8) where the new moon falls between their midnights", () => {
    expect(lunarToSolar(1, 1, 1985)).toBe("1985-01-21");
    expect(lunarToSolar(1, 1, 1985, 8)).toBe("1985-02-20");
    expect(lunarToSolar(1, 1, 2007)).toBe("2007-02-17");
    expect(lunarToSolar(1, 1, 2007, 8)).toBe("2007-02-18");
  });

  it("refuses what is not a lunar date or lies outside the checked years", () => {
    expect(() => lunarToSolar(0, 1, 2027)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 13, 2027)).toThrow(RangeError);
    expect(() => lunarToSolar(1, 1, 1967)).toThrow(RangeError);
    expect(() => lunarToSolar(1.5, 1, 2027)).toThrow(RangeError);
  });
});
