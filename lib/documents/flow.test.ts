import { describe, expect, it } from "vitest";
import { parseMarkup } from "@/lib/minutes/markup";
import { blockFlow, columnShares, isFigure } from "./flow";
import type { ConclusionItem } from "./minutes-record";
import { plainText } from "./parts";
import { conclusionLine } from "./wording";

const item: ConclusionItem = {
  content: "Rà soát lao động cần việc làm;",
  leadUnit: "Phòng Lao động - Thương binh và Xã hội",
  cooperators: ["UBND phường Nghi Hải", "UBND phường Thu Thủy"],
  deadline: new Date("2023-01-31T00:00:00+07:00"),
};

describe("conclusionLine", () => {
  it("writes the task, then who leads, who helps and by when", () => {
    expect(conclusionLine(item)).toBe(
      "Rà soát lao động cần việc làm. Đơn vị chủ trì: Phòng Lao động - Thương binh và Xã hội; phối hợp: UBND phường Nghi Hải, UBND phường Thu Thủy; thời hạn: 31/01/2023.",
    );
  });

  it("leaves out what is not assigned and capitalises the first term left", () => {
    expect(conclusionLine({ ...item, leadUnit: null })).toBe(
      "Rà soát lao động cần việc làm. Phối hợp: UBND phường Nghi Hải, UBND phường Thu Thủy; thời hạn: 31/01/2023.",
    );
    expect(conclusionLine({ ...item, leadUnit: null, cooperators: [], deadline: null })).toBe(
      "Rà soát lao động cần việc làm.",
    );
  });
});

describe("blockFlow", () => {
  it("writes list markers into the text and numbers the conclusions", () => {
    const flow = blockFlow(parseMarkup("Mở đầu\n- một\n- hai\n1. thứ nhất\n{{conclusions.list}}"), [item, item]);
    expect(flow.map((f) => (f.kind === "paragraph" ? plainText(f.text) : "table"))).toEqual([
      "Mở đầu",
      "- một",
      "- hai",
      "1. thứ nhất",
      `1. ${conclusionLine(item)}`,
      `2. ${conclusionLine(item)}`,
    ]);
  });
});

describe("tables", () => {
  it("recognises figures to right-align", () => {
    expect(["45.000", "104,9%", "-1,5", "69"].every(isFigure)).toBe(true);
    expect(["người", "Năm 2022", "1 - 1,5"].some(isFigure)).toBe(false);
  });

  it("gives the wordy column more room and shares out the whole width", () => {
    const shares = columnShares(
      ["Chỉ tiêu", "Đơn vị tính", "Tỷ lệ so với kế hoạch"],
      [["Số lao động được tạo việc làm mới", "người", "104,9%"]],
    );
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
  });
});
