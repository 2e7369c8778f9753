import { describe, expect, it } from "vitest";
import {
  documentNumberLine,
  DOCUMENT_TYPE_CODES,
  formatDocumentNumber,
  isDocumentTypeCode,
  registerYear,
} from "./numbering";

describe("formatDocumentNumber", () => {
  it("pads numbers below 10 with one leading zero only", () => {
    expect(formatDocumentNumber({ number: 5, typeCode: "BB", issuerCode: "UBND" })).toBe("05/BB-UBND");
    expect(formatDocumentNumber({ number: 1, typeCode: "GM", issuerCode: "UBND" })).toBe("01/GM-UBND");
    expect(formatDocumentNumber({ number: 9, typeCode: "TB", issuerCode: "UBND" })).toBe("09/TB-UBND");
    expect(formatDocumentNumber({ number: 10, typeCode: "KH", issuerCode: "UBND" })).toBe("10/KH-UBND");
    expect(formatDocumentNumber({ number: 123, typeCode: "BC", issuerCode: "UBND" })).toBe("123/BC-UBND");
    expect(formatDocumentNumber({ number: 1234, typeCode: "GM", issuerCode: "UBND" })).toBe("1234/GM-UBND");
  });

  it("accepts compound and Vietnamese issuer symbols, normalised to NFC", () => {
    expect(formatDocumentNumber({ number: 3, typeCode: "TB", issuerCode: "VP-UBND" })).toBe("03/TB-VP-UBND");
    const nfd = "HĐND".normalize("NFD");
    expect(formatDocumentNumber({ number: 7, typeCode: "GM", issuerCode: ` ${nfd} ` })).toBe("07/GM-HĐND");
  });

  it("refuses bad numbers, unknown types and malformed symbols", () => {
    for (const number of [0, -1, 1.5, Number.NaN]) {
      expect(() => formatDocumentNumber({ number, typeCode: "BB", issuerCode: "UBND" })).toThrow(RangeError);
    }
    expect(() => formatDocumentNumber({ number: 1, typeCode: "QĐ", issuerCode: "UBND" })).toThrow(/type code/);
    expect(() => formatDocumentNumber({ number: 1, typeCode: "bb", issuerCode: "UBND" })).toThrow(/type code/);
    for (const issuerCode of ["", "ubnd", "UB ND", "UBND-", "-UBND", "UBND/VP"]) {
      expect(() => formatDocumentNumber({ number: 1, typeCode: "BB", issuerCode })).toThrow(/issuer/);
    }
  });

  it("writes the number line", () => {
    expect(documentNumberLine({ number: 5, typeCode: "BB", issuerCode: "UBND" })).toBe("Số: 05/BB-UBND");
  });
});

describe("document types", () => {
  it("lists the five types in use", () => {
    expect(DOCUMENT_TYPE_CODES).toEqual(["GM", "BB", "TB", "KH", "BC"]);
    expect(isDocumentTypeCode("GM")).toBe(true);
    expect(isDocumentTypeCode("QĐ")).toBe(false);
  });
});

describe("registerYear", () => {
  it("follows the Vietnamese calendar day", () => {
    // 31/12/2026 23:30 in Vietnam (16:30Z): still 2026.
    expect(registerYear(new Date("2026-12-31T23:30:00+07:00"))).toBe(2026);
    // 01/01/2027 06:30 in Vietnam is 31/12/2026 23:30 in UTC: already the 2027 register.
    expect(registerYear(new Date("2026-12-31T23:30:00Z"))).toBe(2027);
    expect(registerYear(new Date("2027-01-01T00:00:00+07:00"))).toBe(2027);
    expect(registerYear(new Date("2026-12-31T16:59:59Z"))).toBe(2026);
  });
});
