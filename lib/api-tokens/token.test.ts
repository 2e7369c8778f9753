import { describe, expect, it } from "vitest";
import { bearerToken, displayPrefix, generateApiToken, looksLikeApiToken } from "./token";

describe("API token format", () => {
  it("is hn_ and 32 random bytes in base64url", () => {
    const token = generateApiToken();
    expect(token).toMatch(/^hn_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token.slice(3), "base64url")).toHaveLength(32);
    expect(looksLikeApiToken(token)).toBe(true);
    expect(generateApiToken()).not.toBe(token);
  });

  it("shows the first 10 characters", () => {
    expect(displayPrefix("hn_abcdefghijklmnop")).toBe("hn_abcdefg");
  });

  it("rejects what cannot be a token", () => {
    for (const value of [
      "",
      "hn_",
      "hn_short",
      `xx_${"a".repeat(43)}`,
      `hn_${"a".repeat(42)}!`,
      `hn_${"a".repeat(44)}`,
    ]) {
      expect(looksLikeApiToken(value), value).toBe(false);
    }
  });

  it("reads the bearer token from the Authorization header", () => {
    expect(bearerToken("Bearer hn_x")).toBe("hn_x");
    expect(bearerToken("bearer  hn_x ")).toBe("hn_x");
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
  });
});
