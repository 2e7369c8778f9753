import { describe, expect, it } from "vitest";
import { childrenFollowSuccessor, shapeRefusal } from "./change";

const shape = (ceasing: number, existing: number, created: number) => ({ ceasing, existing, created });

describe("shapeRefusal", () => {
  it("merges several units into one new unit, or one or more into an existing unit", () => {
    expect(shapeRefusal("merger", shape(2, 0, 1))).toBeNull();
    expect(shapeRefusal("merger", shape(3, 1, 0))).toBeNull();
    expect(shapeRefusal("merger", shape(1, 1, 0))).toBeNull(); // Sở LĐTBXH into Sở Nội vụ
  });

  it("calls a single unit becoming a new one a rename", () => {
    expect(shapeRefusal("merger", shape(1, 0, 1))).toEqual({
      field: "ceasingUnitIds",
      key: "unitAdmin.validation.mergerOfOneIsRename",
    });
  });

  it("gives a merger exactly one successor", () => {
    expect(shapeRefusal("merger", shape(2, 0, 0))?.key).toBe("unitAdmin.validation.mergerOneSuccessor");
    expect(shapeRefusal("merger", shape(2, 1, 1))?.key).toBe("unitAdmin.validation.mergerOneSuccessor");
  });

  it("renames one unit to one new name", () => {
    expect(shapeRefusal("rename", shape(1, 0, 1))).toBeNull();
    expect(shapeRefusal("rename", shape(2, 0, 1))?.key).toBe("unitAdmin.validation.oneUnit");
    expect(shapeRefusal("rename", shape(1, 1, 0))?.key).toBe("unitAdmin.validation.renameOneName");
  });

  it("splits one unit into at least two, new or existing", () => {
    expect(shapeRefusal("split", shape(1, 1, 1))).toBeNull();
    expect(shapeRefusal("split", shape(1, 0, 3))).toBeNull();
    expect(shapeRefusal("split", shape(1, 0, 1))?.key).toBe("unitAdmin.validation.splitTwoSuccessors");
  });

  it("closes one unit without a successor", () => {
    expect(shapeRefusal("closure", shape(1, 0, 0))).toBeNull();
    expect(shapeRefusal("closure", shape(1, 1, 0))?.key).toBe("unitAdmin.validation.closureNoSuccessor");
  });
});

describe("childrenFollowSuccessor", () => {
  it("moves the units under a merged or renamed unit to its successor, never after a split or closure", () => {
    expect(childrenFollowSuccessor("merger")).toBe(true);
    expect(childrenFollowSuccessor("rename")).toBe(true);
    expect(childrenFollowSuccessor("split")).toBe(false);
    expect(childrenFollowSuccessor("closure")).toBe(false);
  });
});
