import { describe, expect, it } from "vitest";
import { accountShapeProblems, accountUnit, changesAccess } from "./account-rules";

describe("what an account of each role is made of", () => {
  it("gives a chair an official and no unit of their own choosing", () => {
    expect(accountShapeProblems({ role: "CHAIR", unitId: null, officialId: null })).toEqual({
      officialId: "accounts.validation.chairOfficial",
    });
    expect(accountShapeProblems({ role: "CHAIR", unitId: null, officialId: "o1" })).toEqual({});
    expect(
      accountUnit({ role: "CHAIR", unitId: "other", officialId: "o1" }, { unitId: "town", parentUnitId: null }),
    ).toEqual({
      unitId: "town",
    });
  });

  it("puts every other role in a unit, an administrator without an official", () => {
    for (const role of ["ADMIN", "SECRETARIAT", "UNIT_REP"] as const)
      expect(accountShapeProblems({ role, unitId: null, officialId: null })).toEqual({
        unitId: "accounts.validation.unitRequired",
      });
    expect(accountShapeProblems({ role: "ADMIN", unitId: "u", officialId: "o" })).toEqual({
      officialId: "accounts.validation.adminOfficial",
    });
    expect(accountShapeProblems({ role: "UNIT_REP", unitId: "u", officialId: "o" })).toEqual({});
  });

  it("lets a secretariat or representative be an official of their unit or one directly under it", () => {
    const rep = { role: "UNIT_REP" as const, unitId: "ward", officialId: "o" };
    expect(accountUnit(rep, { unitId: "ward", parentUnitId: "town" })).toEqual({ unitId: "ward" });
    const secretariat = { role: "SECRETARIAT" as const, unitId: "town", officialId: "o" };
    expect(accountUnit(secretariat, { unitId: "office", parentUnitId: "town" })).toEqual({ unitId: "town" });
    expect(accountUnit(rep, { unitId: "town", parentUnitId: "province" })).toEqual({
      problem: { officialId: "accounts.validation.officialOtherUnit" },
    });
    expect(accountUnit({ ...rep, officialId: null }, null)).toEqual({ unitId: "ward" });
  });

  it("ends sessions when the role, unit, official or address changes, not the name", () => {
    const before = { role: "UNIT_REP" as const, unitId: "ward", officialId: null, email: "a@x.vn" };
    expect(changesAccess(before, { ...before })).toBe(false);
    expect(changesAccess(before, { ...before, role: "SECRETARIAT" })).toBe(true);
    expect(changesAccess(before, { ...before, unitId: "town" })).toBe(true);
    expect(changesAccess(before, { ...before, officialId: "o" })).toBe(true);
    expect(changesAccess(before, { ...before, email: "b@x.vn" })).toBe(true);
  });
});
