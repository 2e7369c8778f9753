import { describe, expect, it } from "vitest";
import { DEFAULT_API_TOKEN_LIFETIME, expiryFor, expiryOf, hasExpired } from "./expiry";

const created = new Date("2027-01-04T01:00:00Z");

describe("a token's lifetime", () => {
  it("ends the chosen number of days after its creation", () => {
    expect(expiryFor(created, 30)).toEqual(new Date("2027-02-03T01:00:00Z"));
    const token = { createdAt: created, expiresAt: expiryFor(created, 30) };
    expect(hasExpired(token, new Date("2027-02-03T00:59:59Z"))).toBe(false);
    expect(hasExpired(token, new Date("2027-02-03T01:00:00Z"))).toBe(true);
  });

  it("gives a token from before expiry existed the default 90 days from its creation", () => {
    expect(DEFAULT_API_TOKEN_LIFETIME).toBe(90);
    expect(expiryOf({ createdAt: created, expiresAt: null })).toEqual(new Date("2027-04-04T01:00:00Z"));
    expect(hasExpired({ createdAt: created, expiresAt: null }, new Date("2027-04-05T00:00:00Z"))).toBe(true);
  });
});
