// How long a personal API token works. A token copied into some integration and forgotten must not
// read the meetings for ever: it is given a lifetime when created, 90 days unless the user chooses
// otherwise. Tokens from before expiry existed count from their creation with the default.

export const API_TOKEN_LIFETIMES = [30, 90, 180, 365] as const;
export type ApiTokenLifetime = (typeof API_TOKEN_LIFETIMES)[number];
export const DEFAULT_API_TOKEN_LIFETIME: ApiTokenLifetime = 90;

const DAY_MS = 86_400_000;

export function expiryFor(createdAt: Date, days: number): Date {
  return new Date(createdAt.getTime() + days * DAY_MS);
}

/** When a token stops working. */
export function expiryOf(token: { createdAt: Date; expiresAt: Date | null }): Date {
  return token.expiresAt ?? expiryFor(token.createdAt, DEFAULT_API_TOKEN_LIFETIME);
}

export function hasExpired(token: { createdAt: Date; expiresAt: Date | null }, now: Date): boolean {
  return expiryOf(token).getTime() <= now.getTime();
}

/** The tokens still within their lifetime at `now`, as a `where` (the same rule as hasExpired). */
export function unexpiredWhere(now: Date) {
  return {
    OR: [
      { expiresAt: { gt: now } },
      { expiresAt: null, createdAt: { gt: new Date(now.getTime() - DEFAULT_API_TOKEN_LIFETIME * DAY_MS) } },
    ],
  };
}
