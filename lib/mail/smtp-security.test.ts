import { describe, expect, it } from "vitest";
import { smtpConnection, smtpUrlProblem } from "./smtp-security";

describe("the SMTP connection", () => {
  it("requires STARTTLS over smtp://, and implicit TLS over smtps://", () => {
    expect(smtpConnection("smtp://hoinghi:bi-mat@mail.cualo.gov.vn:587")).toEqual({
      url: "smtp://hoinghi:bi-mat@mail.cualo.gov.vn:587",
      requireTLS: true,
    });
    expect(smtpConnection("smtps://mail.cualo.gov.vn:465").requireTLS).toBe(false);
  });

  it("ignores a request for plain text to another machine, whatever option says it", () => {
    for (const query of ["requireTLS=false", "ignoreTLS=true", "requireTLS=false&ignoreTLS=true&secure=false"])
      expect(smtpConnection(`smtp://mail.cualo.gov.vn:25?${query}`)).toEqual({
        url: "smtp://mail.cualo.gov.vn:25",
        requireTLS: true,
      });
  });

  it("allows plain text to a relay on this machine only when the URL says so", () => {
    expect(smtpConnection("smtp://127.0.0.1:2525?requireTLS=false")).toEqual({
      url: "smtp://127.0.0.1:2525",
      requireTLS: false,
    });
    expect(smtpConnection("smtp://127.0.0.1:2525").requireTLS).toBe(true);
  });

  it("keeps nodemailer's other options", () => {
    expect(smtpConnection("smtp://mail.cualo.gov.vn:587?tls.servername=mail.gov.vn&requireTLS=false").url).toBe(
      "smtp://mail.cualo.gov.vn:587?tls.servername=mail.gov.vn",
    );
  });
});

describe("what npm start refuses", () => {
  it("names plain text to another machine, a wrong scheme and a URL that is none", () => {
    expect(smtpUrlProblem("smtp://mail.cualo.gov.vn:25?requireTLS=false")).toMatch(
      /^SMTP_URL asks for plain text to mail\.cualo\.gov\.vn, which is not this machine/,
    );
    expect(smtpUrlProblem("http://mail.cualo.gov.vn")).toMatch(/must start with smtp:\/\/ or smtps:\/\//);
    expect(smtpUrlProblem("mail.cualo.gov.vn:25")).toMatch(/must start with|is not a URL/);
    expect(smtpUrlProblem("smtps://mail.cualo.gov.vn?secure=false")).toMatch(/secure=false/);
  });

  it("accepts the usual servers, a loopback relay in plain text, and no server at all", () => {
    for (const url of [
      undefined,
      "",
      "smtp://u:p@mail.cualo.gov.vn:587",
      "smtps://u:p@mail.cualo.gov.vn:465",
      "smtp://127.0.0.1:2525?requireTLS=false",
      "smtp://localhost:25?requireTLS=false",
    ])
      expect(smtpUrlProblem(url), url).toBeNull();
  });
});
