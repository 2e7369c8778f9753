import { describe, expect, it } from "vitest";
import {
  checkbox,
  localDateTime,
  optionalRecordId,
  optionalText,
  recordId,
  recordIds,
  requiredLocalDate,
  requiredText,
  wholeNumber,
} from "./validation";

describe("shared form fields", () => {
  it("normalises required text to NFC and rejects blanks and overlong values", () => {
    expect(requiredText(20).parse("  Cửa   Lò ".normalize("NFD"))).toBe("Cửa Lò");
    expect(requiredText(20).safeParse("   ").error?.issues[0]?.message).toBe("validation.required");
    expect(requiredText(3).safeParse("abcd").error?.issues[0]?.message).toBe("validation.tooLong");
    expect(requiredText(3).safeParse(42).success).toBe(false);
  });

  it("turns empty optional text into null and keeps line breaks", () => {
    expect(optionalText(50).parse("")).toBeNull();
    expect(optionalText(50).parse(undefined)).toBeNull();
    expect(optionalText(50).parse("dòng 1\ndòng 2")).toBe("dòng 1\ndòng 2");
  });

  it("stores no control characters, direction overrides or byte-order marks, in one line or several", () => {
    expect(requiredText(50).parse("\u0000Phường\u001b[31m Nghi\u202e Hải\ufeff")).toBe("Phường[31m Nghi Hải");
    expect(requiredText(50).safeParse("\u0000\u0007").error?.issues[0]?.message).toBe("validation.required");
    // Word's line break (vertical tab) and Unicode's separators are line breaks; tabs stay.
    expect(optionalText(50).parse("dòng 1\u000bdòng 2\u2028dòng 3\tcột\u0000")).toBe("dòng 1\ndòng 2\ndòng 3\tcột");
  });

  it("takes only id characters as a record id, so nothing else reaches a query", () => {
    expect(recordId.parse(" cmx76gep4016no67dh3mjcl27 ")).toBe("cmx76gep4016no67dh3mjcl27");
    expect(recordId.parse("4f0c2a9e-3b1d-4c55-9a53-2f1f0c9d7e11")).toBe("4f0c2a9e-3b1d-4c55-9a53-2f1f0c9d7e11");
    for (const id of ["c\u0000x", "../../etc", "ｃｍｘ", "a b"]) {
      expect(recordId.safeParse(id).error?.issues[0]?.message).toBe("validation.invalid");
      expect(optionalRecordId.safeParse(id).success).toBe(false);
    }
    expect(optionalRecordId.parse("")).toBeNull();
  });

  it("reads a Vietnam wall-clock time as the right instant", () => {
    expect(localDateTime.parse("2026-12-07T07:30").toISOString()).toBe("2026-12-07T00:30:00.000Z");
    expect(localDateTime.safeParse("07/12/2026 07:30").error?.issues[0]?.message).toBe("validation.dateTime");
    expect(localDateTime.safeParse("").error?.issues[0]?.message).toBe("validation.required");
  });

  it("accepts checkbox values from plain forms and typed clients", () => {
    expect(checkbox.parse("on")).toBe(true);
    expect(checkbox.parse(undefined)).toBe(false);
    expect(checkbox.parse(true)).toBe(true);
    expect(checkbox.safeParse("yes").success).toBe(false);
  });

  it("coerces whole numbers within bounds", () => {
    expect(wholeNumber(1, 50).parse("3")).toBe(3);
    expect(wholeNumber(1, 50).safeParse("0").error?.issues[0]?.message).toBe("validation.tooSmall");
    expect(wholeNumber(1, 50).safeParse("2.5").success).toBe(false);
  });

  it("reads a required day as its midnight in Vietnam, refusing days that do not exist", () => {
    expect(requiredLocalDate.parse("2025-07-01").toISOString()).toBe("2025-06-30T17:00:00.000Z");
    expect(requiredLocalDate.safeParse("").error?.issues[0]?.message).toBe("validation.required");
    expect(requiredLocalDate.safeParse("2025-02-30").error?.issues[0]?.message).toBe("validation.date");
    expect(requiredLocalDate.safeParse("01/07/2025").error?.issues[0]?.message).toBe("validation.date");
  });

  it("reads picked ids as a list, one each, from a typed client or a plain form", () => {
    expect(recordIds(5).parse(["a", "b", "a"])).toEqual(["a", "b"]);
    expect(recordIds(5).parse("a")).toEqual(["a"]);
    expect(recordIds(5).parse(undefined)).toEqual([]);
    expect(recordIds(5).parse("")).toEqual([]);
    expect(recordIds(1).safeParse(["a", "b"]).error?.issues[0]?.message).toBe("validation.tooLong");
  });
});
