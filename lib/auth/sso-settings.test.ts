import { describe, expect, it } from "vitest";
import { ssoSettings } from "./sso-settings";

const KEYCLOAK = {
  SSO_ISSUER: "https://sso.nghean.gov.vn/realms/nghean/",
  SSO_CLIENT_ID: "hoinghi",
  SSO_CLIENT_SECRET: "s3cret",
  SSO_NAME: "Tài khoản Nghệ An",
};

describe("single sign-on settings", () => {
  it("are off when none of the variables is set, or all are blank", () => {
    expect(ssoSettings({})).toBeNull();
    expect(ssoSettings({ SSO_ISSUER: " ", SSO_CLIENT_ID: "", SSO_CLIENT_SECRET: "" })).toBeNull();
  });

  it("read the issuer without its trailing slash, the client and the display name", () => {
    expect(ssoSettings(KEYCLOAK)).toEqual({
      issuer: "https://sso.nghean.gov.vn/realms/nghean",
      clientId: "hoinghi",
      clientSecret: "s3cret",
      name: "Tài khoản Nghệ An",
    });
  });

  it("call the provider SSO when no display name is given", () => {
    expect(ssoSettings({ ...KEYCLOAK, SSO_NAME: undefined })?.name).toBe("SSO");
  });

  it("refuse a half-done configuration, naming what is missing", () => {
    expect(() => ssoSettings({ SSO_ISSUER: KEYCLOAK.SSO_ISSUER })).toThrow(
      "Single sign-on is half configured: set SSO_CLIENT_ID, SSO_CLIENT_SECRET too.",
    );
    expect(() => ssoSettings({ ...KEYCLOAK, SSO_ISSUER: undefined })).toThrow("set SSO_ISSUER too");
    expect(() => ssoSettings({ SSO_NAME: "Keycloak" })).toThrow("SSO_NAME is set");
  });

  it("refuse an issuer that is not an http(s) URL", () => {
    expect(() => ssoSettings({ ...KEYCLOAK, SSO_ISSUER: "sso.nghean.gov.vn" })).toThrow("SSO_ISSUER is not a URL");
    expect(() => ssoSettings({ ...KEYCLOAK, SSO_ISSUER: "ftp://sso.nghean.gov.vn" })).toThrow("must be http(s)");
  });
});
