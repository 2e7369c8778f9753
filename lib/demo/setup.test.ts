import { describe, expect, it } from "vitest";
import { decideFirstRun } from "./setup";

const sqlite = { provider: "sqlite" as const, filename: "/tmp/x.db" };
const pg = { provider: "postgresql" as const, url: "postgresql://x" };

describe("decideFirstRun", () => {
  it("gives the embedded database the demo by default", () => {
    expect(decideFirstRun(sqlite, {}).kind).toBe("demo");
  });

  it("never gives PostgreSQL the demo unless asked explicitly", () => {
    expect(decideFirstRun(pg, {}).kind).toBe("refuse");
    expect(decideFirstRun(pg, { HOINGHI_DEMO: "yes" }).kind).toBe("refuse");
    expect(decideFirstRun(pg, { HOINGHI_DEMO: "on" }).kind).toBe("demo");
  });

  it("never gives the demo in production at an https address, even when asked", () => {
    const production = { NODE_ENV: "production", NEXTAUTH_URL: "https://hoinghi.nghean.gov.vn" };
    expect(decideFirstRun(sqlite, production)).toMatchObject({ kind: "refuse", reason: /^Refusing demo data/ });
    expect(decideFirstRun(pg, { ...production, HOINGHI_DEMO: "on" }).kind).toBe("refuse");
    expect(decideFirstRun(sqlite, { ...production, NEXTAUTH_URL: "http://localhost:3000" }).kind).toBe("demo");
  });

  it("creates a first administrator instead when demo is off", () => {
    expect(
      decideFirstRun(sqlite, {
        HOINGHI_DEMO: "off",
        HOINGHI_ADMIN_EMAIL: "Admin@Tinh.gov.vn",
        HOINGHI_ADMIN_PASSWORD: "a-long-secret-1",
      }),
    ).toEqual({
      kind: "admin",
      email: "admin@tinh.gov.vn",
      password: "a-long-secret-1",
    });
  });

  it("refuses a first password the password policy refuses, saying why", () => {
    const first = (password: string) =>
      decideFirstRun(pg, { HOINGHI_ADMIN_EMAIL: "quantri@tinh.gov.vn", HOINGHI_ADMIN_PASSWORD: password });
    expect(first("short")).toEqual({
      kind: "refuse",
      reason: "HOINGHI_ADMIN_PASSWORD must have at least 12 characters.",
    });
    expect(first("qwertyuiop123")).toMatchObject({ kind: "refuse", reason: expect.stringContaining("common") });
    expect(first("quantri-2026-tinh")).toMatchObject({ kind: "refuse", reason: expect.stringContaining("name part") });
    expect(decideFirstRun(pg, { HOINGHI_ADMIN_PASSWORD: "a-long-secret-1" })).toMatchObject({ kind: "refuse" });
  });
});
