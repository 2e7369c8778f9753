import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const email = "tran.thi.lan@nghihai.gov.vn";

describe("the password policy", () => {
  it("accepts a long password of one's own", () => {
    expect(passwordProblem("Sông Lam chảy qua Cửa Hội", email)).toBeNull();
    expect(passwordProblem("correct horse battery staple", email)).toBeNull();
  });

  it("wants at least 12 characters, counted after NFC", () => {
    expect(passwordProblem("Ngày mai đi", email)).toBe("tooShort");
    // 11 letters in NFC, 15 code units when typed decomposed: still too short.
    expect(passwordProblem("Người ở đâu".normalize("NFD"), email)).toBe("tooShort");
    expect(passwordProblem("x".repeat(201), email)).toBe("tooLong");
  });

  it("refuses a common password, whatever its case, accents or the digits put around it", () => {
    expect(passwordProblem("qwertyuiop123", email)).toBe("common");
    expect(passwordProblem("1qaz2wsx3edc", email)).toBe("common");
    expect(passwordProblem("Password2024!", email)).toBe("common");
    expect(passwordProblem("123456Sunshine", email)).toBe("common");
    expect(passwordProblem("Mật khẩu 123456", email)).toBe("common");
    expect(passwordProblem("anh yeu em 2024", email)).toBe("common");
  });

  it("refuses a password containing the e-mail's name part, with or without its dots", () => {
    expect(passwordProblem("tran.thi.lan.2024", email)).toBe("containsEmailName");
    expect(passwordProblem("Trần Thị Lan 1990", email)).toBe("containsEmailName");
    expect(passwordProblem("xinchao-TRANTHILAN", email)).toBe("containsEmailName");
    // A two-letter name part would refuse half the dictionary; it is not checked.
    expect(passwordProblem("lan can be anything here", "la@x.vn")).toBeNull();
  });
});
