import { describe, expect, it } from "vitest";
import { NO_PREVIOUS_CONCLUSIONS, previousConclusionsText } from "./previous";

const now = new Date("2026-06-15T03:00:00Z"); // 10:00 on 15/06/2026 in Vietnam
const vn = (day: string) => new Date(`${day}T00:00:00+07:00`);

describe("previousConclusionsText", () => {
  it("says so when there is nothing to review", () => {
    expect(previousConclusionsText([], now)).toBe(NO_PREVIOUS_CONCLUSIONS);
  });

  it("writes one bullet per conclusion with its lead unit, deadline and where it stands", () => {
    const text = previousConclusionsText(
      [
        {
          content: "Hoàn thành rà soát hộ nghèo.",
          leadUnit: "Phòng Lao động - Thương binh và Xã hội thị xã",
          deadline: vn("2026-06-10"),
          status: "DONE",
        },
        {
          content: "Báo cáo tiến độ giải ngân",
          leadUnit: "Phường Nghi Hải",
          deadline: vn("2026-06-12"),
          status: "OPEN",
        },
        {
          content: "Chuẩn bị\nkế hoạch tháng 7",
          leadUnit: "Phòng Tài chính - Kế hoạch thị xã",
          deadline: vn("2026-06-15"),
          status: "OPEN",
        },
        { content: "Theo dõi chung", leadUnit: null, deadline: null, status: "OPEN" },
      ],
      now,
    );
    expect(text.split("\n")).toEqual([
      "- Hoàn thành rà soát hộ nghèo (Phòng Lao động - Thương binh và Xã hội thị xã; thời hạn 10/06/2026): đã hoàn thành.",
      "- Báo cáo tiến độ giải ngân (Phường Nghi Hải; thời hạn 12/06/2026): chưa hoàn thành, quá hạn 3 ngày.",
      "- Chuẩn bị kế hoạch tháng 7 (Phòng Tài chính - Kế hoạch thị xã; thời hạn 15/06/2026): đang thực hiện.",
      "- Theo dõi chung: đang thực hiện.",
    ]);
  });

  it("writes a long overdue count in Vietnamese number format", () => {
    const text = previousConclusionsText(
      [{ content: "Rà soát", leadUnit: null, deadline: vn("2022-08-26"), status: "OPEN" }],
      now,
    );
    expect(text).toBe("- Rà soát (thời hạn 26/08/2022): chưa hoàn thành, quá hạn 1.389 ngày.");
  });
});
