import { describe, expect, it } from "vitest";
import { planUnits } from "./plan-units";
import { UnitDirectory, type StoredUnit } from "./unit-directory";

const stored = (id: string, name: string, parentId: string | null, extra: Partial<StoredUnit> = {}): StoredUnit => ({
  id,
  code: null,
  name,
  kind: "WARD",
  block: "GOVERNMENT",
  parentId,
  shortName: null,
  documentSymbol: null,
  placeName: null,
  contactEmail: null,
  phone: null,
  address: null,
  current: true,
  ...extra,
});

const directory = new UnitDirectory([
  stored("province", "Tỉnh Nghệ An", null, { kind: "PROVINCE", code: "40" }),
  stored("town", "Thị xã Cửa Lò", "province", { kind: "DISTRICT" }),
  stored("office-town", "Văn phòng HĐND và UBND", "town", { kind: "OFFICE" }),
  stored("office-city", "Văn phòng HĐND và UBND", "province", { kind: "OFFICE" }),
  stored("old", "Phường Nghi Hải cũ", "town", { current: false }),
]);

let next = 2;
const line = (values: Record<string, string>) => ({
  line: next++,
  values: {
    code: "",
    name: "",
    kind: "Phường",
    block: "Khối chính quyền",
    parent: "",
    shortName: "",
    documentSymbol: "",
    placeName: "",
    contactEmail: "",
    phone: "",
    address: "",
    ...values,
  },
});
const plan = (...lines: Record<string, string>[]) => {
  next = 2;
  return planUnits(lines.map(line), directory).map((r) => ({
    outcome: r.outcome,
    step: r.step,
    reasons: r.reasons.map((x) => x.key),
    values: r.values,
    targetId: r.targetId,
  }));
};

describe("the dry run of a units file", () => {
  it("builds a tree whatever the order of its lines, writing parents first", () => {
    const rows = plan(
      { name: "Tổ dân phố 1", kind: "Khác", parent: "Phường Mới" },
      { name: "Phường Mới", parent: "X-1" },
      { code: "X-1", name: "Xã Mới", kind: "Xã", parent: "40" },
    );
    expect(rows.map((r) => [r.outcome, r.step])).toEqual([
      ["CREATE", 2],
      ["CREATE", 1],
      ["CREATE", 0],
    ]);
    expect(rows[0]!.values).toMatchObject({ parentLine: 3, kind: "OTHER" });
    expect(rows[2]!.values).toMatchObject({ parentId: "province", code: "X-1", kind: "COMMUNE", block: "GOVERNMENT" });
  });

  it("finds a stored unit by code, or by name under its parent, and changes only what the file fills", () => {
    const [province, office] = plan(
      { code: "40", name: "tỉnh nghệ an", kind: "Tỉnh", phone: "0238 3844 000" },
      { name: "Văn phòng HĐND và UBND", kind: "Cơ quan chuyên môn", parent: "Thị xã Cửa Lò" },
    );
    expect(province).toMatchObject({ outcome: "UPDATE", targetId: "province", values: { phone: "0238 3844 000" } });
    expect(office).toMatchObject({ outcome: "UNCHANGED", targetId: "office-town" });
  });

  it("refuses what it cannot decide rather than guess", () => {
    expect(plan({ name: "Văn phòng HĐND và UBND", kind: "OFFICE" })[0]!.reasons).toEqual([
      "import.reason.unitSameName",
    ]);
    expect(plan({ name: "Xã A", parent: "Văn phòng HĐND và UBND" })[0]!.reasons).toEqual([
      "import.reason.unitAmbiguous",
    ]);
    expect(plan({ name: "Phường Nghi Hải cũ", parent: "Thị xã Cửa Lò" })[0]!.reasons).toEqual([
      "import.reason.unitEnded",
    ]);
    expect(plan({ code: "40", name: "Tỉnh Nghệ An mới", kind: "Tỉnh" })[0]!.reasons).toEqual([
      "import.reason.noRename",
    ]);
    expect(plan({ code: "40", name: "Tỉnh Nghệ An", kind: "Tỉnh", parent: "Thị xã Cửa Lò" })[0]!.reasons).toEqual([
      "import.reason.parentCycle",
    ]);
    expect(plan({ name: "A", parent: "B" }, { name: "B", parent: "A" }).map((r) => r.outcome)).toEqual([
      "ERROR",
      "ERROR",
    ]);
    expect(plan({ name: "Xã B", kind: "Thôn", block: "" })[0]!.reasons).toEqual([
      "import.reason.kind",
      "validation.required",
    ]);
  });

  it("refuses a child whose parent line is refused, and a unit named twice", () => {
    const rows = plan(
      { name: "Xã C", kind: "Thôn" },
      { name: "Phường D", parent: "Xã C" },
      { name: "Phường D", parent: "40" },
      { name: "phường d", parent: "Tỉnh Nghệ An" },
    );
    expect(rows.map((r) => r.reasons)).toEqual([
      ["import.reason.kind"],
      ["import.reason.parentRefused"],
      [],
      ["import.reason.duplicateLine"],
    ]);
  });
});
