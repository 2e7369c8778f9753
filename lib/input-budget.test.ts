import { describe, expect, it } from "vitest";
import { exceedsInputBudget, MAX_INPUT_VALUES } from "./input-budget";

describe("the input budget of a server action", () => {
  it("admits the largest forms of the app: 500 invited units, 60 indicator rows, a long minutes section", () => {
    expect(exceedsInputBudget({ meetingPointId: "c1", unitIds: Array.from({ length: 500 }, (_, i) => `u${i}`) })).toBe(
      false,
    );
    const row = { name: "Số lao động", unitOfMeasure: "người", plan: "45.000", actual: "", target: "", note: "" };
    expect(exceedsInputBudget({ meetingId: "c1", loadedIds: [], rows: Array.from({ length: 60 }, () => row) })).toBe(
      false,
    );
    expect(exceedsInputBudget({ minutesId: "c1", body: "ạ".repeat(50_000) })).toBe(false);
  });

  it("refuses more values than that, however they are nested, and counts a form's fields", () => {
    expect(exceedsInputBudget({ days: Array.from({ length: MAX_INPUT_VALUES }, () => "2027-01-01") })).toBe(true);
    const deep = Array.from({ length: 100 }, () => Array.from({ length: 100 }, () => ({ a: 1 })));
    expect(exceedsInputBudget(deep)).toBe(true);
    const form = new FormData();
    for (let i = 0; i < MAX_INPUT_VALUES + 1; i++) form.append("unitIds", `u${i}`);
    expect(exceedsInputBudget(form)).toBe(true);
    expect(exceedsInputBudget(null)).toBe(false);
  });
});
