import { describe, expect, it } from "vitest";
import { parseVietnameseNumber, percentOfPlan } from "./numbers";

describe("numbers as typed in Vietnamese", () => {
  it("reads thousands groups and decimal commas", () => {
    expect(parseVietnameseNumber("45.000")).toBe(45_000);
    expect(parseVietnameseNumber("1.234.567")).toBe(1_234_567);
    expect(parseVietnameseNumber("80,7")).toBe(80.7);
    expect(parseVietnameseNumber("65.498,5")).toBe(65_498.5);
    expect(parseVietnameseNumber(" 66 300 ")).toBe(66_300);
    expect(parseVietnameseNumber("-1,5")).toBe(-1.5);
  });

  it("reads a lone dot before other than three digits as a decimal point", () => {
    expect(parseVietnameseNumber("1.5")).toBe(1.5);
    expect(parseVietnameseNumber("67.75")).toBe(67.75);
  });

  it("gives null for empty and NaN for garbage", () => {
    expect(parseVietnameseNumber("")).toBeNull();
    expect(parseVietnameseNumber("   ")).toBeNull();
    expect(parseVietnameseNumber("abc")).toBeNaN();
    expect(parseVietnameseNumber("1,2,3")).toBeNaN();
    expect(parseVietnameseNumber("12.34,5")).toBeNaN();
    expect(parseVietnameseNumber("1e5")).toBeNaN();
  });
});

describe("percent of plan", () => {
  it("matches the 2022 figures", () => {
    expect(percentOfPlan(42_900, 45_000)).toBe(104.9);
    expect(percentOfPlan(66_300, 65_498)).toBe(98.8);
  });

  it("is absent without a plan or an actual", () => {
    expect(percentOfPlan(null, 9_370)).toBeNull();
    expect(percentOfPlan(0, 5)).toBeNull();
    expect(percentOfPlan(100, null)).toBeNull();
  });
});
