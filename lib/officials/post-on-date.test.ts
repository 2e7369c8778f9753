import { describe, expect, it } from "vitest";
import { officialOn, type Post } from "./post-on-date";

const day = (d: string) => new Date(`${d}T00:00:00+07:00`);
const phuc = (posts: Post[]) => ({ fullName: "Hoàng Văn Phúc", title: "Chủ tịch UBND phường Cửa Lò", posts });
const history: Post[] = [
  { title: "Phó Chủ tịch UBND thị xã", validFrom: null, validTo: day("2024-12-01") },
  { title: "Phó Chủ tịch UBND thành phố Vinh", validFrom: day("2024-12-01"), validTo: day("2025-07-01") },
  { title: "Chủ tịch UBND phường Cửa Lò", validFrom: day("2025-07-01"), validTo: null },
];

describe("officialOn", () => {
  it("names the chair of a past meeting with the title of that day", () => {
    expect(officialOn(phuc(history), new Date("2022-12-27T00:30:00Z"))).toEqual({
      fullName: "Hoàng Văn Phúc",
      title: "Phó Chủ tịch UBND thị xã",
    });
    expect(officialOn(phuc(history), day("2025-03-01")).title).toBe("Phó Chủ tịch UBND thành phố Vinh");
  });

  it("changes title at the first instant of the new post (the end of a post is exclusive)", () => {
    expect(officialOn(phuc(history), new Date(day("2025-07-01").getTime() - 1)).title).toBe(
      "Phó Chủ tịch UBND thành phố Vinh",
    );
    expect(officialOn(phuc(history), day("2025-07-01")).title).toBe("Chủ tịch UBND phường Cửa Lò");
  });

  it("reads the posts in any order", () => {
    expect(officialOn(phuc([...history].reverse()), day("2023-01-01")).title).toBe("Phó Chủ tịch UBND thị xã");
  });

  it("keeps the last title after the appointment ended, and the first before it began", () => {
    const ended: Post[] = [
      { title: "Chánh Văn phòng", validFrom: day("2020-01-01"), validTo: day("2023-01-01") },
      { title: "Phó Chủ tịch UBND thị xã", validFrom: day("2023-01-01"), validTo: day("2024-01-01") },
    ];
    expect(officialOn(phuc(ended), day("2026-01-01")).title).toBe("Phó Chủ tịch UBND thị xã");
    expect(officialOn(phuc(ended), day("2019-01-01")).title).toBe("Chánh Văn phòng");
  });

  it("keeps the record's title when no post was ever recorded", () => {
    expect(officialOn(phuc([]), day("2019-01-01")).title).toBe("Chủ tịch UBND phường Cửa Lò");
  });
});
