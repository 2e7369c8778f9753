import { describe, expect, it } from "vitest";
import { contentDisposition, parseRange } from "./http";

describe("parseRange", () => {
  it("reads one range, open-ended and suffix ranges, and refuses what lies beyond the end", () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange("bytes=0-9", 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange("bytes=90-", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=-10", 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange("bytes=50-500", 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange("bytes=100-", 100)).toBe("unsatisfiable");
    expect(parseRange("bytes=0-1,5-6", 100)).toBeNull();
    expect(parseRange("items=0-1", 100)).toBeNull();
  });
});

describe("contentDisposition", () => {
  it("gives the Vietnamese name in RFC 5987 form and an ASCII fallback", () => {
    expect(contentDisposition("inline", "Báo cáo tổng kết (dự thảo).pdf")).toBe(
      `inline; filename="Bao cao tong ket (du thao).pdf"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20k%E1%BA%BFt%20%28d%E1%BB%B1%20th%E1%BA%A3o%29.pdf`,
    );
    expect(contentDisposition("attachment", 'Đề án "số 1".docx')).toContain(`filename="De an _so 1_.docx"`);
  });
});
