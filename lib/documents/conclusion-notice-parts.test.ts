import { describe, expect, it } from "vitest";
import { conclusionNoticeParts, type ConclusionNoticeParts } from "./conclusion-notice-parts";
import { CUA_LO_CONCLUSION_NOTICE as record } from "./conclusion-notice-sample";
import { plainText } from "./parts";

const parts = conclusionNoticeParts(record);
const paragraphs = (flow: ConclusionNoticeParts["body"]) =>
  flow.flatMap((item) => (item.kind === "paragraph" ? [plainText(item.text)] : []));
const body = paragraphs(parts.body);

describe("conclusionNoticeParts", () => {
  it("writes the header with the zero-padded place-date line", () => {
    expect(parts.parentBody).toBe("UBND TỈNH NGHỆ AN");
    expect(parts.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ CỬA LÒ"]);
    expect(parts.numberLine).toBe("Số: 07/TB-UBND");
    expect(parts.placeDate).toBe("Cửa Lò, ngày 03 tháng 01 năm 2023");
  });

  it("names the chair and the meeting in the subject", () => {
    expect(parts.title).toBe("THÔNG BÁO");
    expect(parts.subject).toBe(
      `Kết luận của đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã tại ${record.meetingTitle}`,
    );
  });

  it("names a briefing as the meeting it was, never as its minutes", () => {
    const briefing = conclusionNoticeParts({
      ...record,
      meetingTitle: "Giao ban tuần của Thường trực UBND thị xã",
      meetingKind: "BRIEFING",
      points: ["phòng họp số 1"],
    });
    expect(briefing.subject).toBe(
      "Kết luận của đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã tại cuộc họp giao ban tuần của Thường trực UBND thị xã",
    );
    const opening = paragraphs(briefing.body);
    expect(opening[0]).toBe(
      "Ngày 27/12/2022, Ủy ban nhân dân thị xã Cửa Lò tổ chức cuộc họp giao ban tuần của Thường trực UBND thị xã. Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã chủ trì cuộc họp tại phòng họp số 1.",
    );
    expect(opening[1]).toMatch(/các đại biểu dự cuộc họp,/u);
  });

  it("opens with the meeting, numbers the conclusions and closes with './.'", () => {
    expect(body[0]).toBe(
      `Ngày 27/12/2022, Ủy ban nhân dân thị xã Cửa Lò tổ chức ${record.meetingTitle}. Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã chủ trì hội nghị tại điểm cầu Cửa Lò (Hội trường UBND thị xã).`,
    );
    expect(body[1]).toMatch(/^Sau khi nghe .*, đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã kết luận như sau:$/u);
    expect(body.slice(2, 5).map((line) => line.slice(0, 3))).toEqual(["1. ", "2. ", "3. "]);
    expect(body[3]).toMatch(/thời hạn: 31\/01\/2023\.$/u);
    expect(body.at(-1)).toBe("Ủy ban nhân dân thị xã Cửa Lò thông báo để các cơ quan, đơn vị biết, thực hiện./.");
  });

  it("names who held the meeting when a hub issues the notice", () => {
    const hub = conclusionNoticeParts({ ...record, organiser: "Ủy ban nhân dân tỉnh Nghệ An" });
    expect(paragraphs(hub.body)[0]).toMatch(/^Ngày 27\/12\/2022, Ủy ban nhân dân tỉnh Nghệ An tổ chức /u);
    expect(paragraphs(hub.body).at(-1)).toBe(
      "Ủy ban nhân dân thị xã Cửa Lò thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    );
  });

  it("names the other connection points, or none", () => {
    const linked = conclusionNoticeParts({
      ...record,
      points: ["điểm cầu UBND tỉnh", "điểm cầu Cửa Lò", "điểm cầu Vinh"],
    });
    expect(paragraphs(linked.body)[0]).toMatch(
      /chủ trì hội nghị tại điểm cầu UBND tỉnh; hội nghị được kết nối trực tuyến đến điểm cầu Cửa Lò, điểm cầu Vinh\.$/u,
    );
    const none = conclusionNoticeParts({ ...record, points: [] });
    expect(paragraphs(none.body)[0]).toMatch(/Phó Chủ tịch UBND thị xã chủ trì hội nghị\.$/u);
  });

  it("signs on the right with the authority in capitals, Lưu: VT kept last", () => {
    expect(parts.signature).toEqual({ authority: ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], name: "Nguyễn Văn An" });
    expect(parts.recipients.at(-1)).toBe("- Lưu: VT.");
  });
});
