import { describe, expect, it } from "vitest";
import { recordUnitChangeSchema } from "./schema";

// Found by the input fuzz (lib/security/input-fuzz.int.test.ts): zod runs an object's refinement even when
// a field failed its own check, and then sees that field as sent, not as its schema would give it.
describe("recordUnitChangeSchema", () => {
  const valid = {
    change: "rename",
    ceasingUnitIds: ["cmx7n5gdv01nx8h7d4ttos7zq"],
    newUnits: [{ name: "Phường Mới", shortName: "" }],
    effectiveOn: "2095-07-16",
    legalBasis: "",
  };

  it.each([
    ["successorIds", "c\u0000x"],
    ["ceasingUnitIds", "c\u0000x"],
    ["newUnits", "x"],
    ["successorIds", 7],
  ])("refuses a malformed %s as a field error, not a crash", (field, value) => {
    const result = recordUnitChangeSchema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
  });
});
