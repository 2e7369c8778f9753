import { describe, expect, it } from "vitest";
import { composeMail, meetingTime, MAIL_KINDS, type MeetingMailFacts } from "./compose";
import { appUrl } from "./links";

// The Cửa Lò point of the provincial review, 27/12/2022 07:30–11:30 in Vietnam.
const facts: MeetingMailFacts = {
  title: "Hội nghị trực tuyến tổng kết công tác Lao động - Thương binh và Xã hội năm 2022",
  startsAt: new Date("2022-12-27T00:30:00Z"),
  endsAt: new Date("2022-12-27T04:30:00Z"),
  organiser: "UBND tỉnh Nghệ An",
  point: { name: "Điểm cầu thị xã Cửa Lò", room: "Hội trường UBND thị xã", address: "Số 1 Bình Minh, Cửa Lò" },
  chair: { fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" },
  answerDeadline: new Date("2022-12-23T09:00:00Z"),
  documentNumber: "05/GM-UBND",
  link: "https://hoinghi.example.gov.vn/meetings/abc",
};

describe("meeting e-mails", () => {
  it("writes the invitation in Vietnamese with time, place, chair, number, deadline and link", () => {
    const mail = composeMail("invitation", facts);
    expect(mail.subject).toBe(
      "Giấy mời: Hội nghị trực tuyến tổng kết công tác Lao động - Thương binh và Xã hội năm 2022 (07:30 ngày 27/12/2022)",
    );
    expect(mail.text).toContain("Kính gửi: Quý đơn vị,");
    expect(mail.text).toContain("UBND tỉnh Nghệ An trân trọng kính mời đơn vị tham dự:");
    expect(mail.text).toContain("Thời gian: 07:30 - 11:30, Thứ Ba, ngày 27/12/2022");
    expect(mail.text).toContain("Địa điểm: Điểm cầu thị xã Cửa Lò, Hội trường UBND thị xã, Số 1 Bình Minh, Cửa Lò");
    expect(mail.text).toContain("Chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã");
    expect(mail.text).toContain("Giấy mời số: 05/GM-UBND");
    expect(mail.text).toContain("Hạn trả lời: 16:00 ngày 23/12/2022");
    expect(mail.text).toContain("\nhttps://hoinghi.example.gov.vn/meetings/abc\n");
    expect(mail.html).toContain('<a href="https://hoinghi.example.gov.vn/meetings/abc">');
    expect(mail.html).toContain("<strong>Hội nghị trực tuyến tổng kết");
  });

  it("puts the deadline in the reminder's subject", () => {
    const mail = composeMail("reminder", facts);
    expect(mail.subject).toBe(`Nhắc trả lời giấy mời trước 16:00 ngày 23/12/2022: ${facts.title}`);
    expect(mail.text).toContain("Đơn vị chưa trả lời giấy mời tham dự:");
    expect(mail.text).toContain("Hạn trả lời: 16:00 ngày 23/12/2022");
    expect(composeMail("reminder", { ...facts, answerDeadline: null }).subject).toBe(
      `Nhắc trả lời giấy mời: ${facts.title}`,
    );
  });

  it("gives the new and the old time of a rescheduled meeting", () => {
    const mail = composeMail("rescheduled", {
      ...facts,
      previousStartsAt: new Date("2022-12-26T00:30:00Z"),
      previousEndsAt: new Date("2022-12-26T04:30:00Z"),
    });
    expect(mail.subject).toBe(`Thay đổi thời gian: ${facts.title}`);
    expect(mail.text).toContain("Thời gian mới: 07:30 - 11:30, Thứ Ba, ngày 27/12/2022");
    expect(mail.text).toContain("Thời gian cũ: 07:30 - 11:30, Thứ Hai, ngày 26/12/2022");
  });

  it("gives the reason of a cancellation", () => {
    const mail = composeMail("cancelled", { ...facts, reason: "Lãnh đạo đi công tác đột xuất" });
    expect(mail.subject).toBe(`Hủy hội nghị: ${facts.title}`);
    expect(mail.text).toContain("Hội nghị sau đây đã bị hủy:");
    expect(mail.text).toContain("Lý do: Lãnh đạo đi công tác đột xuất");
  });

  it("keeps a confidential meeting's title, place and chair out of every e-mail", () => {
    for (const kind of MAIL_KINDS) {
      const mail = composeMail(kind, { ...facts, confidential: true, reason: "Lý do nội bộ" });
      for (const secret of ["Hội nghị trực tuyến", "Cửa Lò", "Hoàng Văn Phúc", "07:30", "Lý do nội bộ"]) {
        expect(mail.subject + mail.text + mail.html).not.toContain(secret);
      }
      expect(mail.subject).toContain("(mật)");
      expect(mail.text).toContain(facts.link);
    }
  });

  it("escapes HTML and never lets a line break into the subject", () => {
    const mail = composeMail("invitation", { ...facts, title: "Họp <b>giao ban</b> &\r\nBcc: x@y.vn" });
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).toContain("Họp &lt;b&gt;giao ban&lt;/b&gt; &amp; Bcc: x@y.vn");
    expect(mail.html).not.toContain("<b>");
  });

  it("dates both ends of a meeting that runs past midnight", () => {
    expect(meetingTime(new Date("2022-12-27T15:00:00Z"), new Date("2022-12-27T18:00:00Z"))).toBe(
      "22:00 27/12/2022 - 01:00 28/12/2022",
    );
  });

  it("links into the app at its public address, keeping a sub-path", () => {
    expect(appUrl("/meetings/abc", { NEXTAUTH_URL: "https://hoinghi.example.gov.vn" })).toBe(
      "https://hoinghi.example.gov.vn/meetings/abc",
    );
    expect(appUrl("/meetings/abc", { NEXTAUTH_URL: "https://cong.example.gov.vn/hoinghi" })).toBe(
      "https://cong.example.gov.vn/hoinghi/meetings/abc",
    );
    expect(appUrl("/meetings/abc", { PORT: "3100" })).toBe("http://localhost:3100/meetings/abc");
  });
});
