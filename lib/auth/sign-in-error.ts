/** Why a person the organisation's single sign-on vouched for still cannot come in (codes in the style of next-auth's). */
export const SSO_REFUSALS = ["SsoUnknownAccount", "SsoInactiveAccount", "SsoUnverifiedEmail"] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

/** Where a refused single sign-on lands: the login page, which says why. */
export function refusalLocation(refusal: SsoRefusal): string {
  return `/login?error=${refusal}`;
}

/**
 * The message (key under `login.errors`) for the login page's `?error=`: our refusals by name, anything else next-auth
 * reports there (the provider unreachable, a state or nonce that does not match, a cancelled sign-in) as one
 * "try again". No error, no message.
 */
export function signInErrorKey(error: string | string[] | undefined): SsoRefusal | "SignInFailed" | null {
  const code = Array.isArray(error) ? error[0] : error;
  if (!code) return null;
  return (SSO_REFUSALS as readonly string[]).includes(code) ? (code as SsoRefusal) : "SignInFailed";
}
