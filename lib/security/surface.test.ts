import { describe, expect, it } from "vitest";
import { hasInlineServerFunction, isServerActionModule, routeFiles, routePattern, serverActionFiles } from "./surface";

describe("reading the attack surface from the code", () => {
  it("knows a server action module by its first statement, after comments", () => {
    expect(isServerActionModule('"use server";\n\nexport const a = 1;')).toBe(true);
    expect(isServerActionModule("// Actions of the agenda.\n/* two */\n'use server'\nexport {}")).toBe(true);
    expect(isServerActionModule('import x from "y";\n"use server";')).toBe(false);
    expect(isServerActionModule('"use client";')).toBe(false);
  });

  it("finds a server function declared inside a component, and not the module directive", () => {
    expect(hasInlineServerFunction('async function submit(form) {\n    "use server";\n  await x(form);\n}')).toBe(true);
    expect(hasInlineServerFunction("action={async () => { 'use server'; await go(); }}")).toBe(true);
    expect(hasInlineServerFunction('"use server";\nexport async function a() {}')).toBe(false);
  });

  it("turns a route file into its URL, route groups left out", () => {
    expect(routePattern("app/(app)/meetings/[id]/ics/route.ts")).toBe("/meetings/[id]/ics");
    expect(routePattern("app/api/auth/[...nextauth]/route.ts")).toBe("/api/auth/[...nextauth]");
  });

  it("lists the app's action modules and route files", () => {
    expect(serverActionFiles()).toEqual(expect.arrayContaining(["lib/meetings/actions.ts", "lib/i18n/actions.ts"]));
    expect(routeFiles()).toContain("app/calendar/feed/[token]/route.ts");
  });
});
