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

describe("the cost of one comparison", () => {
  // Two versions of a long section with every word changed: 4,000 words out, 4,000 in.
  const rewrite = (word: string) => Array.from({ length: 4_000 }, (_, i) => `${word}${i}`).join(" ");
  const limits = { maxEdits: 100, timeoutMs: 60_000 };

  it("stops at the edit limit and marks the section too large to show, with no parts", () => {
    const [diff] = diffRevisions(
      [{ heading: "A", body: rewrite("cũ") }],
      [{ heading: "A", body: rewrite("mới") }],
      limits,
    );
    expect(diff).toEqual({ heading: "A", change: "changed", parts: [], tooLarge: true });
  });

  it("shares the limit between the sections of one comparison", () => {
    const small = (n: number) => Array.from({ length: 30 }, (_, i) => `từ${i + n}`).join(" ");
    const diffs = diffRevisions(
      [0, 1, 2].map((i) => ({ heading: `Mục ${i}`, body: small(0) })),
      [0, 1, 2].map((i) => ({ heading: `Mục ${i}`, body: small(100) })),
      limits,
    );
    // Each section costs 60 edits (30 words out, 30 in): the first fits, the budget is spent after it.
    expect(diffs.map((d) => d.tooLarge ?? false)).toEqual([false, true, true]);
    expect(diffs[0]!.parts.filter((p) => p.change === "added").map((p) => p.text)).toEqual([small(100)]);
  });

  it("still compares a long section with a few words changed", () => {
    const body = rewrite("từ");
    const [diff] = diffRevisions(
      [{ heading: "A", body }],
      [{ heading: "A", body: body.replace("từ2000", "chữ2000") }],
      limits,
    );
    expect(diff!.tooLarge).toBeUndefined();
    expect(diff!.parts.filter((p) => p.change !== "same").map((p) => p.text)).toEqual(["từ2000", "chữ2000"]);
  });
});
