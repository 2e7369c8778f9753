import { describe, expect, it } from "vitest";
import { OPTION_LIMIT, officialLabel, optionSearchPath, parseOptionQuery, toOptionPage } from "./query";

describe("the address a picker fetches", () => {
  it("carries the typed text, the purpose and the meeting's date, and reads back the same", () => {
    const path = optionSearchPath(
      { list: "units", purpose: "meeting-parent", at: "2022-12-27T00:30:00.000Z" },
      "nghi hải",
    );
    const url = new URL(path, "http://x");
    expect(url.pathname).toBe("/api/options/units");
    expect(parseOptionQuery("units", url.searchParams)).toEqual({
      list: "units",
      q: "nghi hải",
      purpose: "meeting-parent",
      at: new Date("2022-12-27T00:30:00.000Z"),
    });
  });

  it("carries the unit whose officials a chair picker offers", () => {
    const path = optionSearchPath({ list: "officials", at: "2022-12-27T00:30:00.000Z", unitId: "town" }, "phuc");
    expect(parseOptionQuery("officials", new URL(path, "http://x").searchParams)).toEqual({
      list: "officials",
      q: "phuc",
      at: new Date("2022-12-27T00:30:00.000Z"),
      unit: "town",
    });
  });

  it("leaves the date off connection points, which have no validity", () => {
    expect(optionSearchPath({ list: "connection-points" }, "")).toBe("/api/options/connection-points?q=");
  });
});

describe("reading a picker's query", () => {
  const parse = (list: string, query: string) => parseOptionQuery(list, new URLSearchParams(query));

  it("defaults the text to empty and the date to none", () => {
    expect(parse("officials", "")).toEqual({ list: "officials", q: "" });
  });

  it("refuses an unknown list or purpose, a bad date, an overlong text and a repeated parameter", () => {
    expect(parse("users", "q=a")).toBeNull();
    expect(parse("units", "q=a")).toBeNull(); // a unit picker must say what it is for
    expect(parse("units", "purpose=everything")).toBeNull();
    expect(parse("officials", "at=yesterday")).toBeNull();
    expect(parse("officials", `q=${"a".repeat(101)}`)).toBeNull();
    expect(parse("officials", "q=a&q=b")).toBeNull();
  });
});

describe("a page of options", () => {
  it("keeps the first OPTION_LIMIT rows and says when there were more", () => {
    const rows = Array.from({ length: OPTION_LIMIT + 1 }, (_, i) => ({ id: String(i) }));
    const page = toOptionPage(rows, (r) => ({ id: r.id, label: `#${r.id}` }));
    expect(page.options).toHaveLength(OPTION_LIMIT);
    expect(page.options.at(-1)).toEqual({ id: String(OPTION_LIMIT - 1), label: `#${OPTION_LIMIT - 1}` });
    expect(page.more).toBe(true);
    expect(toOptionPage(rows.slice(0, 3), (r) => ({ id: r.id, label: r.id })).more).toBe(false);
  });

  it("names an official with the title, as the meeting pages do", () => {
    expect(officialLabel({ fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" })).toBe(
      "Hoàng Văn Phúc — Phó Chủ tịch UBND thị xã",
    );
  });
});
