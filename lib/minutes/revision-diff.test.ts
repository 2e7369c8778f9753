import { describe, expect, it } from "vitest";
import { diffRevisions } from "./revision-diff";

describe("revision diff", () => {
  it("marks the words added and removed inside a changed section", () => {
    const [diff] = diffRevisions(
      [{ heading: "Khai mạc", body: "Đồng chí Long phát biểu." }],
      [{ heading: "Khai mạc", body: "Đồng chí Bùi Đình Long phát biểu khai mạc." }],
    );
    expect(diff!.change).toBe("changed");
    expect(diff!.parts.filter((p) => p.change === "added").map((p) => p.text.trim())).toEqual(["Bùi Đình", "khai mạc"]);
    expect(diff!.parts.filter((p) => p.change === "removed")).toEqual([]);
    expect(diff!.parts.map((p) => (p.change === "removed" ? "" : p.text)).join("")).toBe(
      "Đồng chí Bùi Đình Long phát biểu khai mạc.",
    );
    const [rewritten] = diffRevisions(
      [{ heading: "A", body: "vắng mặt 2 người" }],
      [{ heading: "A", body: "vắng mặt 1 người" }],
    );
    expect(rewritten!.parts).toEqual([
      { text: "vắng mặt ", change: "same" },
      { text: "2", change: "removed" },
      { text: "1", change: "added" },
      { text: " người", change: "same" },
    ]);
  });

  it("reports unchanged, added and removed sections", () => {
    const diffs = diffRevisions(
      [
        { heading: "A", body: "x" },
        { heading: "B", body: "y" },
      ],
      [{ heading: "A", body: "x" }],
    );
    expect(diffs.map((d) => d.change)).toEqual(["same", "removed"]);
    expect(diffRevisions([], [{ heading: "A", body: "x" }])[0]!.change).toBe("added");
  });
});
