import { describe, expect, it } from "vitest";
import { MAIN_PLACES, menuFor, PAGES, pagesFor } from "./pages";
import { ROLES } from "./roles";

describe("the navigation", () => {
  it("keeps 3 or 4 main places per role, each one the role may open", () => {
    for (const role of ROLES) {
      const main = MAIN_PLACES[role];
      expect(main.length, role).toBeGreaterThanOrEqual(3);
      expect(main.length, role).toBeLessThanOrEqual(4);
      for (const page of main) expect(PAGES[page].roles as readonly string[], `${role} ${page}`).toContain(role);
    }
  });

  it("puts every page a role may open in its menu exactly once", () => {
    for (const role of ROLES)
      expect(
        menuFor(role)
          .flatMap((g) => g.pages)
          .sort(),
      ).toEqual(pagesFor(role).sort());
  });

  it("groups the administrator's registries and administration", () => {
    expect(menuFor("ADMIN").map((g) => g.group)).toEqual(["work", "registries", "admin", "personal"]);
    expect(menuFor("UNIT_REP").map((g) => g.group)).toEqual(["work", "personal"]);
  });
});
