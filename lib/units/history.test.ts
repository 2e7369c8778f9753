import { describe, expect, it } from "vitest";
import { historyOf } from "./history";

const day = (d: string) => new Date(`${d}T00:00:00+07:00`);
const unit = (id: string, name: string) => ({ id, name });

describe("historyOf", () => {
  it("tells a new ward's forming from the wards merged into it, as one event", () => {
    const merged = (u: { id: string; name: string }) => ({
      kind: "MERGED_INTO" as const,
      effectiveAt: day("2025-07-01"),
      legalBasis: "Nghị quyết 1678/NQ-UBTVQH15",
      unit: u,
    });
    expect(
      historyOf({
        validFrom: day("2025-07-01"),
        validTo: null,
        predecessions: [merged(unit("b", "Phường Nghi Thu")), merged(unit("a", "Phường Nghi Hải"))],
        successions: [],
      }),
    ).toEqual([
      {
        at: day("2025-07-01"),
        event: "from",
        kind: "MERGED_INTO",
        units: [unit("a", "Phường Nghi Hải"), unit("b", "Phường Nghi Thu")],
        legalBasis: "Nghị quyết 1678/NQ-UBTVQH15",
      },
    ]);
  });

  it("tells a unit that began, took in another and was later renamed, oldest first", () => {
    const entries = historyOf({
      validFrom: day("2020-01-01"),
      validTo: day("2026-01-01"),
      predecessions: [
        { kind: "MERGED_INTO", effectiveAt: day("2025-03-01"), legalBasis: null, unit: unit("l", "Sở LĐTBXH") },
      ],
      successions: [
        { kind: "RENAMED_TO", effectiveAt: day("2026-01-01"), legalBasis: null, unit: unit("n", "Sở Nội vụ mới") },
      ],
    });
    expect(entries.map((e) => [e.event, e.at])).toEqual([
      ["began", day("2020-01-01")],
      ["from", day("2025-03-01")],
      ["to", day("2026-01-01")],
    ]);
  });

  it("calls an end without a successor a closure, and says nothing of a start it does not know", () => {
    expect(historyOf({ validFrom: null, validTo: day("2025-07-01"), predecessions: [], successions: [] })).toEqual([
      { at: day("2025-07-01"), event: "closed" },
    ]);
    expect(historyOf({ validFrom: null, validTo: null, predecessions: [], successions: [] })).toEqual([]);
  });
});
