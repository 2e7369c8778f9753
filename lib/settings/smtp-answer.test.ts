import { describe, expect, it } from "vitest";
import { classifySmtpFailure, serverWords } from "./smtp-answer";

const err = (fields: Record<string, unknown>) => Object.assign(new Error(String(fields.message ?? "x")), fields);

describe("classifySmtpFailure", () => {
  it("names what the administrator has to fix", () => {
    expect(classifySmtpFailure(err({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:2525" }))).toBe(
      "connection",
    );
    expect(classifySmtpFailure(err({ code: "EDNS", message: "getaddrinfo ENOTFOUND mail.example" }))).toBe(
      "connection",
    );
    expect(classifySmtpFailure(err({ code: "ETIMEDOUT", message: "Connection timeout" }))).toBe("timeout");
    expect(classifySmtpFailure(err({ code: "EAUTH", responseCode: 535, response: "535 5.7.8 Bad credentials" }))).toBe(
      "auth",
    );
    expect(
      classifySmtpFailure(err({ code: "EENVELOPE", responseCode: 550, response: "550 Mailbox unavailable" })),
    ).toBe("refused");
    expect(classifySmtpFailure(err({ code: "ESOCKET", message: "self-signed certificate in certificate chain" }))).toBe(
      "tls",
    );
    expect(classifySmtpFailure(new Error("something else"))).toBe("other");
    expect(classifySmtpFailure(null)).toBe("other");
  });
});

describe("serverWords", () => {
  it("keeps the server's response line, else the error's message", () => {
    expect(serverWords(err({ response: "550 Mailbox unavailable", message: "Can't send mail" }))).toBe(
      "550 Mailbox unavailable",
    );
    expect(serverWords(new Error("connect ECONNREFUSED 127.0.0.1:1"))).toBe("connect ECONNREFUSED 127.0.0.1:1");
  });
});
