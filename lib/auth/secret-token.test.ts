import { describe, expect, it } from "vitest";
import { hashSecretToken, newSecretToken } from "./secret-token";

describe("secret tokens", () => {
  it("are 43 base64url characters, never twice the same", () => {
    const token = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken()).not.toBe(token);
  });

  it("are stored as their hex SHA-256", () => {
    expect(hashSecretToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});
