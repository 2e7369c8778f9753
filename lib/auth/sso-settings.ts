/** The organisation's OpenID Connect provider (a province's Keycloak, say), as the environment configures it. */
export interface SsoSettings {
  /** The issuer identifier; its discovery document is at `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in button calls the provider: "Đăng nhập bằng <name>". */
  name: string;
}

/** next-auth's name for the provider: its routes are /api/auth/signin/sso and /api/auth/callback/sso. */
export const SSO_PROVIDER_ID = "sso";

const REQUIRED = ["SSO_ISSUER", "SSO_CLIENT_ID", "SSO_CLIENT_SECRET"] as const;
const DEFAULT_NAME = "SSO";

/**
 * null when single sign-on is off (none of its variables set). A half-done configuration is an error rather than
 * "off", so that a typo in one variable does not quietly leave a province without the sign-in it expects.
 */
export function ssoSettings(env: Record<string, string | undefined>): SsoSettings | null {
  const value = (name: string) => env[name]?.trim() || undefined;
  const given = REQUIRED.filter((name) => value(name));
  if (given.length === 0) {
    if (value("SSO_NAME"))
      throw new Error("SSO_NAME is set but SSO_ISSUER, SSO_CLIENT_ID and SSO_CLIENT_SECRET are not.");
    return null;
  }
  const missing = REQUIRED.filter((name) => !value(name));
  if (missing.length) throw new Error(`Single sign-on is half configured: set ${missing.join(", ")} too.`);
  const issuer = value("SSO_ISSUER")!;
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`SSO_ISSUER is not a URL: ${issuer}`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`SSO_ISSUER must be http(s): ${issuer}`);
  return {
    // The discovery document sits under the issuer's path (OpenID Connect Discovery 1.0, section 4).
    issuer: issuer.replace(/\/+$/, ""),
    clientId: value("SSO_CLIENT_ID")!,
    clientSecret: value("SSO_CLIENT_SECRET")!,
    name: value("SSO_NAME") ?? DEFAULT_NAME,
  };
}
