import { describe, expect, it } from "vitest";
import { workerDisabledReason } from "./worker-env";

describe("mail worker", () => {
  it("never runs in tests or during next build, and can be switched off", () => {
    expect(workerDisabledReason({ VITEST: "true" })).toBe("tests");
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe("build");
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_RUNTIME: "edge" })).not.toBeNull();
    expect(workerDisabledReason({ NODE_ENV: "production", HOINGHI_MAIL_WORKER: "off" })).not.toBeNull();
    expect(workerDisabledReason({ NODE_ENV: "production", NEXT_RUNTIME: "nodejs" })).toBeNull();
  });
});
