// How sign-in guessing is slowed down, as pure rules (lib/auth/throttle.ts keeps the counts in the
// database, so every app instance sees the same ones). Failures are counted per account (the e-mail
// typed, whether or not it exists) and per client address; past a few free tries each further failure
// makes the next try wait, doubling from 30 seconds to at most 15 minutes. A count is forgotten 24 hours
// after its last failure, and an account's as soon as it signs in.
import { isIP } from "node:net";

export interface ThrottleLimit {
  /** Failures allowed before any wait. */
  free: number;
}

/** One person mistyping; an office behind one address, where many people sign in. */
export const ACCOUNT_LIMIT: ThrottleLimit = { free: 5 };
export const ADDRESS_LIMIT: ThrottleLimit = { free: 30 };

const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 24 * 3_600_000;
/** At most one audit row per account or address in this time, however many failures. */
export const AUDIT_EVERY_MS = 15 * 60_000;

/** How long the next try waits after `failures` failures in a row. */
export function waitAfter(failures: number, limit: ThrottleLimit): number {
  const over = failures - limit.free;
  if (over <= 0) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** Math.min(over - 1, 20), LONGEST_WAIT_MS);
}

/** Whole minutes to tell the user, rounded up: "thử lại sau 1 phút" rather than "sau 0 phút". */
export function minutesToWait(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export const accountKey = (email: string) => `account:${email.trim().toLowerCase()}`;

/**
 * The key of the client's address: the last X-Forwarded-For entry, which is what the nearest proxy
 * (or, without one, Next's own server) saw connecting. An IPv6 client is keyed by its /64 network,
 * which one subscriber holds whole; an IPv4 address written as IPv6 (::ffff:1.2.3.4) as IPv4.
 * Null when there is no usable address.
 */
export function addressKey(forwardedFor: string | string[] | undefined | null): string | null {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const last = header.split(",").at(-1)?.trim().toLowerCase() ?? "";
  const address = last.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  switch (isIP(address)) {
    case 4:
      return `address:${address}`;
    case 6:
      return `address:${ipv6Network(address)}::/64`;
    default:
      return null;
  }
}

/** The first four groups of an IPv6 address, with "::" expanded. */
function ipv6Network(address: string): string {
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":");
}
