// next/headers outside a Next.js request: tests that call server actions and route handlers through the
// real session layer (next-auth's getServerSession → currentUser → defineAction) present the request's
// cookies and headers here. Test files route their own imports here with
//   vi.mock("next/headers", async () => (await import("@/lib/testing/next-request")).nextHeaders);
// and installNextHeaders() covers next-auth, which requires next/headers itself, past vitest's mocks.
import { createRequire } from "node:module";

interface Cookie {
  name: string;
  value: string;
}

let jar = new Map<string, string>();
let requestHeaders = new Headers();
let changed: string[] = [];

/** The request the next call runs in: its cookies (a session, a locale) and other headers. */
export function setRequest({
  cookies = {},
  headers = {},
}: { cookies?: Record<string, string>; headers?: Record<string, string> } = {}) {
  jar = new Map(Object.entries(cookies));
  requestHeaders = new Headers(headers);
  changed = [];
  const cookieHeader = [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
  if (cookieHeader) requestHeaders.set("cookie", cookieHeader);
}

const cookieStore = {
  get: (name: string): Cookie | undefined => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  getAll: (): Cookie[] => [...jar].map(([name, value]) => ({ name, value })),
  has: (name: string) => jar.has(name),
  set: (name: string | Cookie, value?: string) => {
    const cookie = typeof name === "string" ? { name, value: value ?? "" } : name;
    jar.set(cookie.name, cookie.value);
    changed.push(cookie.name);
  },
  delete: (name: string) => {
    changed.push(name);
    return jar.delete(name);
  },
};

/** The cookies the response of the current request sets or deletes. */
export const cookiesChanged = (): readonly string[] => changed;

export const nextHeaders = {
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
  draftMode: async () => ({ isEnabled: false, enable() {}, disable() {} }),
};

/** Points the CommonJS copy of next/headers (the one next-auth requires) at this request too. */
export function installNextHeaders(): void {
  Object.assign(createRequire(import.meta.url)("next/headers") as object, nextHeaders);
}
