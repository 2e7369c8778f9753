import { describe, expect, it } from "vitest";
import { minutesParts } from "./minutes-parts";
import { CUA_LO_MINUTES as record } from "./minutes-sample";
import { plainText } from "./parts";

const parts = minutesParts(record);
const texts = (section: number) =>
  parts.sections[section]!.content.flatMap((item) => (item.kind === "paragraph" ? [plainText(item.text)] : []));

describe("minutesParts", () => {
  it("heads the provincial committee's minutes with its own name only, and no place-date line", () => {
    expect(parts.parentBody).toBe("");
    expect(parts.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"]);
    expect(parts.numberLine).toBe("Số: 05/BB-UBND");
    expect(parts.placeDate).toBeNull();
    expect(parts.title).toBe("BIÊN BẢN");
    expect(parts.subject).toBe(record.title);
  });

  it("leaves the number blank until one is given", () => {
    expect(minutesParts({ ...record, number: null }).numberLine).toBe("Số:");
  });

  it("writes the start, the place, the chair and the secretary", () => {
    expect(parts.details.map(plainText)).toEqual([
      "Thời gian bắt đầu: 07 giờ 30 phút, Thứ Ba, ngày 27 tháng 12 năm 2022.",
      `Địa điểm: ${record.place}.`,
      "Chủ tọa: đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh.",
      "Thư ký: đồng chí Lê Minh Tuấn - Chuyên viên Văn phòng UBND tỉnh.",
    ]);
  });

  it("numbers the sections, marks list items and expands the conclusions block", () => {
    expect(parts.sections.map((s) => s.heading)).toEqual([
      "1. Thành phần tham dự",
      "2. Báo cáo kết quả năm 2022 và nhiệm vụ năm 2023",
      "3. Thảo luận và kết luận của chủ tọa",
    ]);
    expect(texts(0)).toContain("- Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã, chủ trì tại điểm cầu;");
    expect(parts.sections[1]!.content.find((item) => item.kind === "table")).toMatchObject({
      header: ["Chỉ tiêu", "Đơn vị tính", "Kế hoạch 2022", "Thực hiện 2022", "Tỷ lệ so với kế hoạch", "Chỉ tiêu 2023"],
      rows: expect.arrayContaining([
        ["Số lao động được tạo việc làm mới", "người", "42.900", "45.000", "104,9%", "43.000"],
      ]),
    });
    expect(texts(2).filter((line) => /^\d\. /u.test(line))).toHaveLength(3);
    expect(texts(2)).toContain(
      "2. Rà soát, tổng hợp danh sách lao động có nhu cầu học nghề, tìm việc làm tại các phường. Đơn vị chủ trì: Phòng Lao động - Thương binh và Xã hội thị xã Cửa Lò; phối hợp: UBND các phường Nghi Hải, Nghi Hòa, Nghi Hương, Nghi Tân, Nghi Thu, Nghi Thủy, Thu Thủy; thời hạn: 31/01/2023.",
    );
  });

  it("closes with the end time, or blanks to fill by hand when it was not recorded", () => {
    expect(parts.closing).toBe("Hội nghị kết thúc vào 11 giờ 30 phút, ngày 27 tháng 12 năm 2022./.");
    expect(minutesParts({ ...record, endedAt: null }).closing).toBe(
      "Hội nghị kết thúc vào … giờ … phút, ngày … tháng … năm …./.",
    );
  });

  it("calls a briefing a meeting and a session a session, never 'Cuộc họp (hội nghị)'", () => {
    const briefing = minutesParts({
      ...record,
      title: "Giao ban tuần của Thường trực UBND thị xã",
      meetingKind: "BRIEFING",
    });
    expect(briefing.closing).toBe("Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 27 tháng 12 năm 2022./.");
    expect(briefing.subject).toBe("Giao ban tuần của Thường trực UBND thị xã");
    expect(minutesParts({ ...record, meetingKind: "COMMITTEE_SESSION" }).closing).toMatch(/^Phiên họp kết thúc vào/u);
  });

  it("has the secretary sign on the left and the chair on the right", () => {
    expect(parts.signatures).toEqual([
      { authority: ["THƯ KÝ"], name: "Lê Minh Tuấn" },
      { authority: ["CHỦ TỌA"], name: "Bùi Đình Long" },
    ]);
  });

  it("adds the archive copy to Nơi nhận", () => {
    expect(parts.recipientsHeading).toBe("Nơi nhận:");
    expect(parts.recipients.at(-1)).toBe("- Lưu: VT.");
  });

  it("marks drafts, not approved minutes", () => {
    expect(parts.watermark).toBe("DỰ THẢO");
    expect(minutesParts({ ...record, draft: false }).watermark).toBeNull();
  });
});
