import { describe, expect, it } from "vitest";
import { dayAfter, demoDays } from "./calendar";
import { dayOfWeek } from "@/lib/calendar/days";

describe("the demo's calendar", () => {
  it("leaves two working days free of demo meetings, on whatever weekday it is seeded", () => {
    for (let d = 0; d < 14; d++) {
      const now = new Date(Date.UTC(2026, 11, 1 + d, 3));
      const days = demoDays(now);
      const used = [days.briefing, days.lastBriefing, days.midYear, days.midYear - 1, days.draft];
      for (const free of days.free) {
        expect(used).not.toContain(free);
        expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(dayAfter(now, free)));
      }
      expect(dayOfWeek(dayAfter(now, days.briefing))).toBe(1);
      expect(days.briefing).toBeGreaterThanOrEqual(5);
    }
  });
});
