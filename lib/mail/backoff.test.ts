import { describe, expect, it } from "vitest";
import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from "./backoff";

const MINUTE = 60_000;

describe("outbox back-off", () => {
  it("waits 1, 2, 4, 8 … minutes, never more than an hour", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => retryDelayMs(n) / MINUTE)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("schedules the next attempt after each failure until the 8th, then gives up", () => {
    const now = new Date("2027-01-04T00:00:00Z");
    expect(afterFailure(1, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + MINUTE) });
    expect(afterFailure(3, now)).toEqual({ status: "PENDING", nextAttemptAt: new Date(now.getTime() + 4 * MINUTE) });
    expect(afterFailure(MAX_ATTEMPTS - 1, now).status).toBe("PENDING");
    expect(afterFailure(MAX_ATTEMPTS, now).status).toBe("FAILED");
  });

  it("gives up at once when the server refused the recipient for good", () => {
    expect(afterFailure(1, new Date(), true).status).toBe("FAILED");
  });
});
