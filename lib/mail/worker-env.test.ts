import { describe, expect, it } from "vitest";
import { mailWorkerTiming, workerDisabledReason } from "./worker-env";

describe("mail worker", () => {
  it("never runs in tests or during next build, and can be switched off", () => {
    expect(workerDisabledReason({ VITEST: "true" })).toBe("tests");
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe("build");
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_RUNTIME: "edge" })).not.toBeNull();
    expect(workerDisabledReason({ NODE_ENV: "production", HOINGHI_MAIL_WORKER: "off" })).not.toBeNull();
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_RUNTIME: "nodejs" })).toBeNull();
  });

  it("rounds every 30 s and reserves a claimed message for 5 minutes, unless configured", () => {
    expect(mailWorkerTiming({})).toEqual({ intervalMs: 30_000, leaseMs: 300_000 });
    expect(mailWorkerTiming({ HOINGHI_MAIL_INTERVAL_SECONDS: "1", HOINGHI_MAIL_LEASE_SECONDS: "5" })).toEqual({
      intervalMs: 1000,
      leaseMs: 5000,
    });
    expect(() => mailWorkerTiming({ HOINGHI_MAIL_LEASE_SECONDS: "1" })).toThrow(/≥ 5/);
    expect(() => mailWorkerTiming({ HOINGHI_MAIL_INTERVAL_SECONDS: "often" })).toThrow(/seconds/);
  });
});
