import { describe, expect, it } from "vitest";
import { canonicalContent, contentHash, type MinutesContent } from "./content";

const content: MinutesContent = {
  number: "05/BB-UBND",
  title: "Hội nghị tổng kết",
  place: "Hội trường UBND tỉnh",
  chair: { name: "Bùi Đình Long", title: "Phó Chủ tịch UBND tỉnh" },
  secretary: { name: "Lê Minh Tuấn", title: "Chuyên viên" },
  startedAt: new Date("2022-12-27T00:30:00Z"),
  endedAt: new Date("2022-12-27T04:30:00Z"),
  sections: [{ heading: "Khai mạc", body: "Đồng chí Long khai mạc." }],
  conclusions: [
    {
      content: "Giao Sở rà soát",
      leadUnitId: "u1",
      cooperatorIds: ["b", "a"],
      deadline: new Date("2023-01-31T00:00:00Z"),
    },
  ],
};

describe("content hash", () => {
  it("is a SHA-256 of the canonical content, stable across cooperator order", () => {
    expect(contentHash(content)).toMatch(/^[0-9a-f]{64}$/);
    const reordered = { ...content, conclusions: [{ ...content.conclusions[0]!, cooperatorIds: ["a", "b"] }] };
    expect(contentHash(reordered)).toBe(contentHash(content));
  });

  it("changes when any word of a section, a conclusion or a signatory changes", () => {
    const base = contentHash(content);
    expect(
      contentHash({ ...content, sections: [{ heading: "Khai mạc", body: "Đồng chí Long khai mạc hội nghị." }] }),
    ).not.toBe(base);
    expect(contentHash({ ...content, conclusions: [{ ...content.conclusions[0]!, deadline: null }] })).not.toBe(base);
    expect(contentHash({ ...content, secretary: { name: "Nguyễn Thị Hà", title: "Chuyên viên" } })).not.toBe(base);
  });

  it("keeps the Vietnamese text as written", () => {
    expect(canonicalContent(content)).toContain("Đồng chí Long khai mạc.");
  });
});
