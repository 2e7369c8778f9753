import { describe, expect, it } from "vitest";
import { refusalLocation, signInErrorKey } from "./sign-in-error";

describe("sign-in errors on the login page", () => {
  it("name each single sign-on refusal", () => {
    expect(signInErrorKey("SsoUnknownAccount")).toBe("SsoUnknownAccount");
    expect(signInErrorKey("SsoInactiveAccount")).toBe("SsoInactiveAccount");
    expect(signInErrorKey("SsoUnverifiedEmail")).toBe("SsoUnverifiedEmail");
  });

  it("say one 'try again' for whatever else next-auth reports", () => {
    expect(signInErrorKey("OAuthCallback")).toBe("SignInFailed");
    expect(signInErrorKey("Configuration")).toBe("SignInFailed");
    expect(signInErrorKey(["OAuthSignin", "x"])).toBe("SignInFailed");
  });

  it("say nothing without an error", () => {
    expect(signInErrorKey(undefined)).toBeNull();
    expect(signInErrorKey("")).toBeNull();
  });

  it("are reached through the login page's error parameter", () => {
    expect(refusalLocation("SsoUnknownAccount")).toBe("/login?error=SsoUnknownAccount");
  });
});
