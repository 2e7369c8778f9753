import { describe, expect, it } from "vitest";
import { invitationLetterParts, meetingTimeText, recipientLines } from "./invitation-letter";
import { CUA_LO_INVITATION as letter } from "./invitation-sample";
import { plainText } from "./parts";
import { documentTime } from "./wording";

const parts = invitationLetterParts(letter);
const body = parts.body.map(plainText);

describe("invitationLetterParts", () => {
  it("capitalises the header names and breaks the issuing body after its kind", () => {
    expect(parts.parentBody).toBe("UBND TỈNH NGHỆ AN");
    expect(parts.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "THỊ XÃ CỬA LÒ"]);
    expect(parts.nation).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(parts.motto).toBe("Độc lập - Tự do - Hạnh phúc");
  });

  it("keeps an issuing body of another kind on one line", () => {
    const other = invitationLetterParts({ ...letter, issuingBody: "Văn phòng HĐND và UBND thị xã" });
    expect(other.issuingBody).toEqual(["VĂN PHÒNG HĐND VÀ UBND THỊ XÃ"]);
  });

  it("writes the number and the zero-padded place-date line", () => {
    expect(parts.numberLine).toBe("Số: 12/GM-UBND");
    expect(parts.placeDate).toBe("Cửa Lò, ngày 05 tháng 01 năm 2027");
    expect(invitationLetterParts({ ...letter, issuedAt: new Date("2027-06-30T09:00:00+07:00") }).placeDate).toBe(
      "Cửa Lò, ngày 30 tháng 6 năm 2027",
    );
  });

  it("names the document and its subject", () => {
    expect(parts.title).toBe("GIẤY MỜI");
    expect(parts.subject).toBe(`Dự ${letter.meetingTitle}`);
  });

  it("writes the body in the customary order", () => {
    expect(body).toEqual([
      "Ủy ban nhân dân thị xã Cửa Lò trân trọng kính mời: Phường Nghi Hải.",
      "Thành phần: Đại diện lãnh đạo UBND phường và công chức phụ trách lĩnh vực lao động (02 người).",
      `Tới dự: ${letter.meetingTitle}.`,
      "Chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã.",
      "Thời gian: 07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 11 giờ 00 phút).",
      "Địa điểm: Điểm cầu Cửa Lò, Hội trường UBND thị xã Cửa Lò.",
      "Đề nghị xác nhận tham dự và gửi danh sách đại biểu trước 16 giờ 00 phút, Thứ Năm, ngày 07 tháng 01 năm 2027.",
      "Đại biểu có mặt trước giờ khai mạc 15 phút để ổn định chỗ ngồi.",
      "Rất mong đại biểu tham dự đúng thành phần, thời gian./.",
    ]);
  });

  it("sets the invited unit and the meeting in bold", () => {
    expect(parts.body[0]!.find((s) => s.bold)?.text).toBe("Phường Nghi Hải.");
    expect(parts.body[2]!.find((s) => s.bold)?.text).toBe(`${letter.meetingTitle}.`);
  });

  it("leaves out the lines whose data is missing, and adds the online link without a full stop", () => {
    const lines = invitationLetterParts({
      ...letter,
      chair: null,
      answerDeadline: null,
      notes: undefined,
      seats: 0,
      onlineLink: "https://hop.nghean.gov.vn/p/cua-lo",
    }).body.map(plainText);
    expect(lines.some((l) => l.startsWith("Chủ trì"))).toBe(false);
    expect(lines.some((l) => l.startsWith("Đề nghị"))).toBe(false);
    expect(lines).toContain("Thành phần: Đại diện lãnh đạo UBND phường và công chức phụ trách lĩnh vực lao động.");
    expect(lines).toContain("Đường dẫn tham dự trực tuyến: https://hop.nghean.gov.vn/p/cua-lo");
  });

  it("normalises NFD input and stray punctuation", () => {
    const nfd = invitationLetterParts({ ...letter, recipient: " Phường  Nghi Hải. ".normalize("NFD") });
    expect(plainText(nfd.body[0]!)).toBe("Ủy ban nhân dân thị xã Cửa Lò trân trọng kính mời: Phường Nghi Hải.");
  });

  it("capitalises the signer's authority and keeps the name as written", () => {
    expect(parts.signature).toEqual({ authority: ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], name: "Nguyễn Văn An" });
    expect(parts.recipientsHeading).toBe("Nơi nhận:");
    expect(parts.recipients).toEqual(["- Như trên;", "- Chủ tịch, các PCT UBND thị xã;", "- Lưu: VT."]);
  });
});

describe("documentTime", () => {
  // Customary wording: two-digit hours and minutes in words, "07 giờ 30 phút", "14 giờ 00 phút" — never
  // "7h30" or "7 giờ 30" — the same zero padding the decree asks of dates.
  it("writes hours and minutes with two digits, in Vietnam's time", () => {
    expect(documentTime(new Date("2027-01-11T00:30:00Z"))).toBe("07 giờ 30 phút");
    expect(documentTime(new Date("2027-01-11T07:00:00Z"))).toBe("14 giờ 00 phút");
    expect(documentTime(new Date("2027-01-10T17:05:00Z"))).toBe("00 giờ 05 phút");
  });
});

describe("meetingTimeText", () => {
  it("names the end time only when the meeting ends the same day", () => {
    expect(meetingTimeText(letter.startsAt, letter.endsAt)).toBe(
      "07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 11 giờ 00 phút)",
    );
  });

  it("names the end day when the meeting runs over", () => {
    expect(meetingTimeText(letter.startsAt, new Date("2027-01-12T11:30:00+07:00"))).toBe(
      "07 giờ 30 phút, Thứ Hai, ngày 11 tháng 01 năm 2027 (dự kiến kết thúc lúc 11 giờ 30 phút, Thứ Ba, ngày 12 tháng 01 năm 2027)",
    );
  });
});

describe("recipientLines", () => {
  it("ends items with ';' and the archive copy with '.', whatever the input's dashes and punctuation", () => {
    expect(recipientLines(["- Như trên;", "Lưu: VT.", "Chủ tịch UBND thị xã"])).toEqual([
      "- Như trên;",
      "- Chủ tịch UBND thị xã;",
      "- Lưu: VT.",
    ]);
  });

  it("adds the archive copy the decree requires when it is missing", () => {
    expect(recipientLines(["Như trên"])).toEqual(["- Như trên;", "- Lưu: VT."]);
    expect(recipientLines([])).toEqual(["- Lưu: VT."]);
  });
});
