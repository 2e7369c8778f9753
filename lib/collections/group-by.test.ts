import { describe, expect, it } from "vitest";
import { groupBy } from "./group-by";

describe("groupBy", () => {
  it("groups in the items' order, each key once", () => {
    const groups = groupBy(
      [
        { unit: "a", n: 1 },
        { unit: "b", n: 2 },
        { unit: "a", n: 3 },
      ],
      (r) => r.unit,
    );
    expect([...groups.keys()]).toEqual(["a", "b"]);
    expect(groups.get("a")!.map((r) => r.n)).toEqual([1, 3]);
    expect(groups.get("c")).toBeUndefined();
  });
});
