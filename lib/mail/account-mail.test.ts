import { describe, expect, it } from "vitest";
import { composePasswordLinkMail } from "./account-mail";

const facts = {
  name: "Văn phòng UBND phường Nghi Tân",
  email: "nghitan@hoinghi.local",
  link: "https://hoinghi.example/set-password/abc",
  expiresAt: new Date("2026-12-09T10:00:00Z"),
};

describe("password link e-mails", () => {
  it("invite the new user to set a first password, with the link's expiry in Vietnam time", () => {
    const mail = composePasswordLinkMail("INVITE", facts);
    expect(mail.subject).toBe("Tài khoản Hội nghị của bạn: đặt mật khẩu");
    expect(mail.text).toContain("Kính gửi: Văn phòng UBND phường Nghi Tân,");
    expect(mail.text).toContain("Tài khoản: nghitan@hoinghi.local");
    expect(mail.text).toContain("Đường dẫn dùng được đến: 17:00 ngày 09/12/2026");
    expect(mail.text).toContain("https://hoinghi.example/set-password/abc\n");
    expect(mail.html).toContain('<a href="https://hoinghi.example/set-password/abc">');
  });

  it("reset a password, saying the current one keeps working", () => {
    const mail = composePasswordLinkMail("RESET", facts);
    expect(mail.subject).toBe("Đặt lại mật khẩu tài khoản Hội nghị");
    expect(mail.text).toContain("mật khẩu hiện tại vẫn dùng được");
  });

  it("cannot be split by a name carrying line breaks or markup", () => {
    const mail = composePasswordLinkMail("INVITE", { ...facts, name: "A\r\nBcc: x@y <b>" });
    expect(mail.text).toContain("Kính gửi: A Bcc: x@y <b>,");
    expect(mail.html).toContain("Kính gửi: A Bcc: x@y &lt;b&gt;,");
  });
});
