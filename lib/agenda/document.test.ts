import { describe, expect, it } from "vitest";
import { agendaDocumentParts, presenterText } from "./document";

const start = new Date("2027-01-11T07:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

describe("the printable agenda", () => {
  it("heads the sheet like an official document and times every item", () => {
    const parts = agendaDocumentParts({
      parentBody: "UBND tỉnh Nghệ An",
      issuingBody: "Ủy ban nhân dân thị xã Cửa Lò",
      title: "Hội nghị triển khai kế hoạch chuyển đổi số năm 2027",
      startsAt: start,
      endsAt: at(150),
      location: "Hội trường UBND thị xã",
      chair: { fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" },
      items: [
        { title: "Khai mạc", startsAt: start, endsAt: at(10), presenterRole: "Chủ trì hội nghị", presenter: null },
        { title: "Báo cáo", startsAt: at(10), endsAt: at(40), presenterRole: null, presenter: null },
      ],
    });
    expect(parts.parentBody).toBe("UBND TỈNH NGHỆ AN");
    expect(parts.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ CỬA LÒ"]);
    expect(parts.facts[0]).toEqual({
      label: "Thời gian",
      text: "14 giờ 00 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 16 giờ 30 phút)",
    });
    expect(parts.facts.map((f) => f.label)).toEqual(["Thời gian", "Địa điểm", "Chủ trì"]);
    expect(parts.rows).toEqual([
      { time: "14:00 - 14:10", title: "Khai mạc", presenter: "Chủ trì hội nghị" },
      { time: "14:10 - 14:40", title: "Báo cáo", presenter: "" },
    ]);
  });

  it("names the presenter with their title, the role after", () => {
    const presenter = { fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" };
    expect(presenterText({ presenter, presenterRole: "Chủ trì hội nghị" })).toBe(
      "Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã (Chủ trì hội nghị)",
    );
    expect(presenterText({ presenter, presenterRole: null })).toBe(
      "Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã",
    );
  });
});
