// The private feed's address: /calendar/feed/<token>.ics, made absolute for calendar applications,
// which subscribe from outside the browser and need the full URL.

const FEED_SUFFIX = ".ics";
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/; // 32 random bytes in base64url, unpadded

export function isFeedToken(value: string): boolean {
  return TOKEN_PATTERN.test(value);
}

export function feedPath(token: string): string {
  return `/calendar/feed/${token}${FEED_SUFFIX}`;
}

/** The token in a "<token>.ics" path segment, or null for anything else. */
export function tokenFromSegment(segment: string): string | null {
  if (!segment.endsWith(FEED_SUFFIX)) return null;
  const token = segment.slice(0, -FEED_SUFFIX.length);
  return isFeedToken(token) ? token : null;
}

function firstValue(header: string | null): string | null {
  const value = header?.split(",")[0]?.trim();
  return value ? value : null;
}

/**
 * "https://host" as the browser reached us, behind a proxy too (X-Forwarded-*). Only the caller's own
 * page shows it, so a forged Host header misleads no one but the forger.
 */
export function originFrom(headers: { get(name: string): string | null }): string {
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  const proto = firstValue(headers.get("x-forwarded-proto"));
  const safeHost =
    host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host) ? host : "localhost";
  return `${proto === "https" ? "https" : "http"}://${safeHost}`;
}
