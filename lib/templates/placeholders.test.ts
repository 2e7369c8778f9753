import { describe, expect, it } from "vitest";
import { placeholdersIn, unknownPlaceholders } from "./placeholders";

describe("minutes skeleton placeholders", () => {
  it("finds each placeholder once, spaces inside the braces allowed", () => {
    expect(
      placeholdersIn("Đồng chí {{chair.name}} - {{ chair.title }} kết luận:\n{{conclusions.list}} {{chair.name}}"),
    ).toEqual(["chair.name", "chair.title", "conclusions.list"]);
  });

  it("accepts the known ones and names the unknown", () => {
    expect(
      unknownPlaceholders("Hội nghị kết nối {{points.count}} điểm cầu: {{points.list}}. {{meeting.endTime}}"),
    ).toEqual([]);
    expect(unknownPlaceholders("{{chair.nmae}} và {{indicators.table}} và {{}}")).toEqual(["chair.nmae", ""]);
  });

  it("ignores text without placeholders and single braces", () => {
    expect(placeholdersIn("Kết quả {năm} 2022")).toEqual([]);
  });
});
