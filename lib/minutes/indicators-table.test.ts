import { describe, expect, it } from "vitest";
import { parseMarkup } from "./markup";
import { indicatorsTable, percentOfPlan } from "./indicators-table";

describe("indicators table", () => {
  it("computes the percentage of plan to one decimal", () => {
    expect(percentOfPlan(42_900, 45_000)).toBe(104.9);
    expect(percentOfPlan(66_300, 65_498)).toBe(98.8);
    expect(percentOfPlan(null, 45_000)).toBeNull();
    expect(percentOfPlan(0, 10)).toBeNull();
  });

  it("writes the 2022 figures in Vietnamese number format, with next year's target", () => {
    const table = parseMarkup(
      indicatorsTable(
        [
          {
            name: "Số lao động được tạo việc làm mới",
            unitOfMeasure: "người",
            plan: 42_900,
            actual: 45_000,
            target: 43_000,
            note: null,
          },
          { name: "Tỷ lệ lao động qua đào tạo", unitOfMeasure: "%", plan: null, actual: 67.7, target: 69, note: null },
        ],
        2022,
      ),
    )[0];
    expect(table).toEqual({
      kind: "table",
      header: [
        "TT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Kế hoạch 2022",
        "Thực hiện 2022",
        "Tỷ lệ so với kế hoạch",
        "Chỉ tiêu 2023",
      ],
      rows: [
        ["1", "Số lao động được tạo việc làm mới", "người", "42.900", "45.000", "104,9%", "43.000"],
        ["2", "Tỷ lệ lao động qua đào tạo", "%", "-", "67,7", "-", "69"],
      ],
    });
  });

  it("keeps a cell's pipe from breaking the table", () => {
    expect(
      indicatorsTable([{ name: "A | B", unitOfMeasure: "người", plan: 1, actual: 1, target: null, note: null }], 2022),
    ).toContain("| A / B |");
  });

  it("is empty without indicators", () => {
    expect(indicatorsTable([], 2022)).toBe("");
  });
});
