import { describe, expect, it } from "vitest";
import { cleanText, compareVietnameseNames, foldAccents, givenNameOf, searchKey } from "./normalize";

describe("searchKey", () => {
  it("strips diacritics so 'cua lo' finds 'Cửa Lò'", () => {
    expect(searchKey("Cửa Lò")).toBe("cua lo");
    expect(searchKey("Cửa Lò")).toContain(searchKey("cua lo"));
  });

  it("maps đ and Đ to d, which NFD alone does not", () => {
    expect("đ".normalize("NFD")).toBe("đ");
    expect(searchKey("Đảng ủy phường")).toBe("dang uy phuong");
    expect(foldAccents("Bùi Đình Long")).toBe("Bui Dinh Long");
  });

  it("stores NFC: a script NFD splits into letters (Korean) is put back together", () => {
    expect(searchKey("가 김")).toBe("가 김");
    expect(searchKey("가").normalize("NFC")).toBe(searchKey("가"));
  });

  it("gives NFD and NFC input the same key", () => {
    const nfd = "Nghi Thủy".normalize("NFD");
    expect(nfd).not.toBe("Nghi Thủy");
    expect(searchKey(nfd)).toBe(searchKey("Nghi Thủy"));
    expect(searchKey(nfd)).toBe("nghi thuy");
  });
});

describe("cleanText", () => {
  it("stores NFC with collapsed white space", () => {
    const input = "  Hoàng   Văn\tPhúc ".normalize("NFD");
    const cleaned = cleanText(input);
    expect(cleaned).toBe("Hoàng Văn Phúc");
    expect(cleaned).toBe(cleaned.normalize("NFC"));
  });
});

describe("Vietnamese name order", () => {
  it("takes the given name as the last word", () => {
    expect(givenNameOf("Hoàng Văn Phúc")).toBe("Phúc");
  });

  it("sorts by given name first, with Vietnamese collation", () => {
    const names = ["Nguyễn Thị Yến", "Trần Văn An", "Bùi Đình Long", "Lê Văn Ánh"];
    expect([...names].sort(compareVietnameseNames)).toEqual([
      "Trần Văn An",
      "Lê Văn Ánh",
      "Bùi Đình Long",
      "Nguyễn Thị Yến",
    ]);
  });
});
