import { describe, expect, it } from "vitest";
import { deadlineState } from "./deadline";

// 10:00 on 15/06/2026 in Vietnam.
const now = new Date("2026-06-15T03:00:00Z");

describe("deadlineState", () => {
  it("has nothing to say without a deadline", () => {
    expect(deadlineState(null, now)).toEqual({ kind: "none" });
  });

  it("counts a deadline on today's Vietnamese date as due today, even if its hour has passed", () => {
    expect(deadlineState(new Date("2026-06-14T17:00:00Z"), now)).toEqual({ kind: "today" }); // 00:00 on 15/06
    expect(deadlineState(new Date("2026-06-15T16:59:00Z"), now)).toEqual({ kind: "today" }); // 23:59 on 15/06
  });

  it("is overdue only from the next day, by whole days", () => {
    expect(deadlineState(new Date("2026-06-14T16:59:00Z"), now)).toEqual({ kind: "overdue", days: 1 }); // 23:59 on 14/06
    expect(deadlineState(new Date("2026-06-05T01:00:00Z"), now)).toEqual({ kind: "overdue", days: 10 });
  });

  it("counts the days left", () => {
    expect(deadlineState(new Date("2026-06-15T17:00:00Z"), now)).toEqual({ kind: "left", days: 1 }); // 00:00 on 16/06
    expect(deadlineState(new Date("2026-06-22T05:00:00Z"), now)).toEqual({ kind: "left", days: 7 });
  });
});
