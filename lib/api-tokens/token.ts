import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";

// A personal API token: "hn_" and 32 random bytes in base64url (43 characters). The database keeps
// only its SHA-256 and the first characters, so a leaked database cannot be replayed against the API.
const TOKEN_PREFIX = "hn_";
const TOKEN_PATTERN = /^hn_[A-Za-z0-9_-]{43}$/;
const DISPLAY_PREFIX_LENGTH = 10;

export function generateApiToken(): string {
  return TOKEN_PREFIX + newSecretToken();
}

export const hashApiToken = hashSecretToken;

/** What the user sees to tell their tokens apart: "hn_AbCdEfG". */
export function displayPrefix(token: string): string {
  return token.slice(0, DISPLAY_PREFIX_LENGTH);
}

/** Rejects anything that cannot be one of our tokens before it costs a database query. */
export function looksLikeApiToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

/** The token in an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header ?? "");
  return match?.[1] ?? null;
}
