// A signed-in user of the running app, over plain HTTP: for scripts that measure or stress what a user
// gets from the production server (the crash test, the benchmarks). It signs in through next-auth's
// credentials endpoint, calls server actions the way the browser does (by id, from the build's
// manifest), and posts the plain HTML forms that work without JavaScript.
import { readFileSync } from "node:fs";
import path from "node:path";

export interface HttpAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** Server action ids of a build, by "<file>#<export>", e.g. "lib/minutes/actions.ts#saveSectionAction". */
export function actionIds(buildDir = ".next"): Map<string, string> {
  const manifest = JSON.parse(
    readFileSync(path.join(buildDir, "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const ids = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.filename && entry.exportedName) ids.set(`${entry.filename}#${entry.exportedName}`, id);
  }
  return ids;
}

export class AppClient {
  private readonly cookies = new Map<string, string>();

  constructor(readonly base: string) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keepCookies(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }

  /** The answer as it arrives, its body still unread (for measuring a stream). */
  async fetch(pathname: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("Cookie", this.cookieHeader());
    const response = await fetch(new URL(pathname, this.base), { ...init, headers, redirect: "manual" });
    this.keepCookies(response.headers);
    return response;
  }

  async request(pathname: string, init: RequestInit = {}): Promise<HttpAnswer> {
    const response = await this.fetch(pathname, init);
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  /** Signs in with e-mail and password; throws when the app refuses. */
  async signIn(email: string, password: string): Promise<void> {
    const csrf = JSON.parse((await this.request("/api/auth/csrf")).text) as { csrfToken: string };
    const answer = await this.request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }),
    });
    const signedIn = [...this.cookies.keys()].some((k) => k.endsWith("next-auth.session-token"));
    if (!signedIn) throw new Error(`sign-in of ${email} refused (HTTP ${answer.status})`);
  }

  /**
   * Calls a server action as the browser's fetch does and returns its result. `page` is the page the
   * action is called from (it matters only for what Next renders back); a page every role may open,
   * since `/` is a route handler that only redirects.
   */
  async callAction<T = unknown>(
    actionId: string,
    args: unknown[],
    page = "/notifications",
  ): Promise<{ status: number; result: T }> {
    const answer = await this.request(page, {
      method: "POST",
      headers: {
        "Next-Action": actionId,
        "Content-Type": "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(this.base).origin,
      },
      body: JSON.stringify(args),
    });
    return { status: answer.status, result: actionResult(answer.text) as T };
  }

  /** Posts a plain HTML form bound to a server action, as a browser without JavaScript does. */
  async postForm(page: string, actionId: string, fields: Record<string, string | string[]>): Promise<HttpAnswer> {
    const form = new FormData();
    form.set(`$ACTION_ID_${actionId}`, "");
    for (const [name, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) form.append(name, v);
    }
    return this.request(page, { method: "POST", body: form, headers: { Origin: new URL(this.base).origin } });
  }
}

/** The value an action returned, from the RSC payload ("0:{…"a":"$@1"…}\n1:{…}"). */
export function actionResult(payload: string): unknown {
  const rows = new Map<string, string>();
  for (const line of payload.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const root = rows.get("0");
  if (!root) throw new Error(`not an action answer: ${payload.slice(0, 200)}`);
  const ref = (JSON.parse(root) as { a?: unknown }).a;
  if (typeof ref === "string" && ref.startsWith("$@")) return JSON.parse(rows.get(ref.slice(2)) ?? "null");
  return ref;
}
