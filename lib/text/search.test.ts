import { describe, expect, it } from "vitest";
import { matchAllWords, searchWords } from "./search";

describe("searchWords", () => {
  it("splits an accent-free query into words, ignoring punctuation", () => {
    expect(searchWords("  Lao động - Thương binh ")).toEqual(["lao", "dong", "thuong", "binh"]);
    expect(searchWords("Đảng ủy")).toEqual(["dang", "uy"]);
    expect(searchWords(" - ")).toEqual([]);
  });

  it("builds one contains-clause per word", () => {
    expect(matchAllWords("nameAscii", "cua lo")).toEqual({
      AND: [{ nameAscii: { contains: "cua" } }, { nameAscii: { contains: "lo" } }],
    });
    expect(matchAllWords("nameAscii", "")).toEqual({ AND: [] });
  });
});
