import { describe, expect, it } from "vitest";
import { isValidOn } from "./validity";

const merged = { validFrom: null, validTo: new Date("2024-11-30T17:00:00Z") }; // ends 01/12/2024 00:00 in Vietnam

describe("isValidOn", () => {
  it("keeps a unit valid up to the instant its merger takes effect", () => {
    expect(isValidOn(merged, new Date("2022-12-27T00:30:00Z"))).toBe(true);
    expect(isValidOn(merged, new Date("2024-11-30T16:59:59Z"))).toBe(true);
  });

  it("treats validTo as exclusive", () => {
    expect(isValidOn(merged, new Date("2024-11-30T17:00:00Z"))).toBe(false);
    expect(isValidOn(merged, new Date("2026-01-01T00:00:00Z"))).toBe(false);
  });

  it("does not offer a unit before it was created", () => {
    const successor = { validFrom: new Date("2025-06-30T17:00:00Z"), validTo: null };
    expect(isValidOn(successor, new Date("2025-06-30T16:00:00Z"))).toBe(false);
    expect(isValidOn(successor, new Date("2025-07-01T00:00:00Z"))).toBe(true);
  });
});
