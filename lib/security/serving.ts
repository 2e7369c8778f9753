// How `npm start` may serve the app, decided from the environment alone (pure, so it is tested and
// read the same way by the start script, the sign-in options, the proxy and the pages).
//
// - Transport: the public address (NEXTAUTH_URL) is https, or http on this machine only. Anything else
//   would carry passwords and session cookies in clear, so the start refuses it, unless the operator
//   says a TLS proxy in front terminates https (HOINGHI_TLS_PROXY=on): then cookies are Secure and
//   browsers are told to keep to https (HSTS) as they would be for an https address.
// - Demo: a demo database's passwords are published (README, and the page when it may say so). It is
//   served on the loopback interface only, unless HOINGHI_DEMO=on asks for it on the network, and never
//   in production at an https address, which is where real users would reach it.
import { isLoopbackHost } from "./loopback";

type Env = Readonly<Record<string, string | undefined>>;

/** The loopback address the demo listens on, when it listens on nothing else. */
export const LOOPBACK = "127.0.0.1";

function publicUrl(env: Env): URL | null {
  try {
    return env.NEXTAUTH_URL ? new URL(env.NEXTAUTH_URL) : null;
  } catch {
    return null;
  }
}

const behindTlsProxy = (env: Env) => env.HOINGHI_TLS_PROXY?.toLowerCase() === "on";

/** Whether browsers reach the app over https: Secure cookies, HSTS, upgrade-insecure-requests. */
export function isSecureTransport(env: Env): boolean {
  return publicUrl(env)?.protocol === "https:" || behindTlsProxy(env);
}

/** Why the public address cannot be served, in one sentence for `npm start`; null when it can. */
export function transportProblem(env: Env): string | null {
  const url = publicUrl(env);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:"))
    return `NEXTAUTH_URL must be the app's public address, http(s)://…, not ${env.NEXTAUTH_URL ?? "nothing"}.`;
  if (url.protocol === "https:" || isLoopbackHost(url.hostname) || behindTlsProxy(env)) return null;
  return `NEXTAUTH_URL is ${url.origin}: over plain http, passwords and session cookies would cross the network in clear. Give the https address (put a TLS proxy in front and set HOINGHI_TLS_PROXY=on), or serve on this machine only (http://localhost).`;
}

/** Why demo data may not be served (or seeded) here; null when it may. */
export function demoProblem(env: Env): string | null {
  if (env.NODE_ENV === "production" && publicUrl(env)?.protocol === "https:")
    return "Refusing demo data: NODE_ENV=production at an https address is where real users would sign in, and every demo account's password is published. Start with an empty database and HOINGHI_ADMIN_EMAIL / HOINGHI_ADMIN_PASSWORD instead.";
  return null;
}

/** The address `next start` listens on: loopback for a demo unless HOINGHI_DEMO=on; every interface otherwise. */
export function listenHost(env: Env, demo: boolean): string | undefined {
  return demo && env.HOINGHI_DEMO?.toLowerCase() !== "on" ? LOOPBACK : undefined;
}

/**
 * Whether the demo's pages may print its password: only when nobody but this machine can reach them,
 * the server listening on loopback (HOINGHI_LISTEN_HOST, set by `npm start`) at a loopback address.
 */
export function mayShowDemoPassword(env: Env): boolean {
  const url = publicUrl(env);
  return isLoopbackHost(env.HOINGHI_LISTEN_HOST ?? "") && url !== null && isLoopbackHost(url.hostname);
}
