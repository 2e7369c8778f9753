import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES } from "./client-namespaces";
import { clientNeeds } from "./client-namespaces-scan";
import { CLIENT_SCOPES, scopeLayout, type ClientScope } from "./client-scopes";

// The texts given to client components: each scope's list is what its code may need (recomputed here),
// every page lies in a scope, and each scope's layout opens its provider. A client component outside
// its scope's list would show a key instead of its text.

const ROOT = path.resolve(import.meta.dirname, "../..");
const scopes = Object.keys(CLIENT_SCOPES) as ClientScope[];

describe("the namespaces given to client components", () => {
  it.each(scopes)("are, for %s, exactly those its client components and their actions name", (scope) => {
    const { namespaces } = clientNeeds([...CLIENT_SCOPES[scope]]);
    expect([...CLIENT_NAMESPACES[scope]], `set CLIENT_NAMESPACES.${scope} in lib/i18n/client-namespaces.ts`).toEqual(
      namespaces,
    );
  });

  it("cover every page and layout of the app: each lies in exactly one scope", () => {
    const files = readdirSync(path.join(ROOT, "app"), { recursive: true, encoding: "utf8" })
      .map((f) => path.join("app", f))
      .filter((f) => /\.tsx$/.test(f) && statSync(path.join(ROOT, f)).isFile());
    const uncovered: string[] = [];
    for (const file of files) {
      const owners = scopes.filter((s) => CLIENT_SCOPES[s].some((r) => file === r || file.startsWith(`${r}/`)));
      // A scope's own layout lies in its folder; the root's files are named one by one.
      if (owners.length !== 1) uncovered.push(`${file}: ${owners.join(", ") || "no scope"}`);
    }
    expect(uncovered).toEqual([]);
  });

  it.each(scopes)("are given by the layout of %s", (scope) => {
    const layout = readFileSync(path.join(ROOT, scopeLayout(scope)), "utf8");
    expect(layout).toContain(`<ClientMessages scope="${scope}">`);
  });

  it("leave out what no client component shows", () => {
    // The sign-in page's form needs its own texts, not those of the minutes editor or of e-mails.
    expect(CLIENT_NAMESPACES.auth).toContain("login");
    expect(CLIENT_NAMESPACES.auth).not.toContain("minutes");
    expect(CLIENT_NAMESPACES.meetings).toEqual(expect.arrayContaining(["editor", "minutes", "scheduling"]));
    // A ward's invitation is answered through a plain form: its texts are all rendered on the server.
    expect(CLIENT_NAMESPACES.invitations).toEqual([]);
  });
});
