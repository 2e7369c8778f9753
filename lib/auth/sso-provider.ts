import "server-only";
import type { User } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { refusalLocation, type SsoRefusal } from "./sign-in-error";
import { signInWithSso, type SsoClaims } from "./sso-account";
import { SSO_PROVIDER_ID, ssoSettings, type SsoSettings } from "./sso-settings";

/** What the provider's profile step hands on for a person who may not come in, in place of a user. */
interface RefusedProfile {
  id: string;
  ssoRefusal: SsoRefusal;
}

/** The organisation's OpenID Connect provider, or none when single sign-on is not configured. */
export function ssoProviders(settings: SsoSettings | null = ssoSettings(process.env)): OAuthConfig<SsoClaims>[] {
  if (!settings) return [];
  return [
    {
      id: SSO_PROVIDER_ID,
      name: settings.name,
      type: "oauth",
      wellKnown: `${settings.issuer}/.well-known/openid-configuration`,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      authorization: { params: { scope: "openid email profile" } },
      // The person is read from the ID token, which openid-client verifies (signature, issuer, audience, expiry)
      // along with the three checks: state ties the callback to this browser's sign-in, PKCE the code to this
      // server, the nonce the ID token to this very request.
      idToken: true,
      checks: ["pkce", "state", "nonce"],
      async profile(claims) {
        const outcome = await signInWithSso(claims, settings.issuer);
        if ("user" in outcome) return outcome.user;
        // next-auth passes whatever this returns to the signIn callback as its user; that callback turns a
        // refusal into a redirect before any session exists (see ssoRefusalRedirect).
        const refused: RefusedProfile = { id: claims.sub, ssoRefusal: outcome.refusal };
        return refused as unknown as User;
      },
    },
  ];
}

/** The signIn callback's answer: true to go on, or the login page saying why a single sign-on was refused. */
export function ssoRefusalRedirect(user: User | RefusedProfile): true | string {
  return "ssoRefusal" in user ? refusalLocation(user.ssoRefusal) : true;
}
