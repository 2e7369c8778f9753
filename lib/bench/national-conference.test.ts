import { describe, expect, it } from "vitest";
import { conferenceStart } from "./national-conference";

describe("the benchmark conference's start", () => {
  it("is a Tuesday at 08:00 in Vietnam, four to five weeks ahead, whatever the day it is built", () => {
    for (let d = 0; d < 14; d++) {
      const now = new Date(Date.UTC(2026, 11, 3 + d, 16, 30)); // 23:30 in Vietnam, late on purpose
      const start = conferenceStart(now);
      expect(start.getUTCDay()).toBe(2);
      expect(start.getUTCHours()).toBe(1);
      const days = (start.getTime() - now.getTime()) / 86_400_000;
      expect(days).toBeGreaterThanOrEqual(27);
      expect(days).toBeLessThan(35);
    }
  });
});
