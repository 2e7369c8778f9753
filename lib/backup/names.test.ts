import { describe, expect, it } from "vitest";
import { backupFileName, backupsToRotate, takenAt } from "./names";

describe("backup file names", () => {
  it("carry the Vietnam wall-clock time and read back to the instant", () => {
    const at = new Date("2026-12-02T14:30:05Z");
    expect(backupFileName(at, "db")).toBe("hoinghi-20261202-213005.db");
    expect(backupFileName(new Date("2026-12-31T17:00:00Z"), "dump")).toBe("hoinghi-20270101-000000.dump");
    expect(takenAt("hoinghi-20261202-213005.db")).toEqual(at);
    expect(takenAt("notes.txt")).toBeNull();
  });

  it("rotate the oldest out, keeping the newest and never touching other files", () => {
    const names = [
      "hoinghi-20261201-010000.db",
      "README.txt",
      "hoinghi-20261203-010000.db",
      "hoinghi-20261202-010000.db",
      "before-restore-hoinghi-20261101-010000.db",
    ];
    expect(backupsToRotate(names, 2)).toEqual(["hoinghi-20261201-010000.db"]);
    expect(backupsToRotate(names, 5)).toEqual([]);
    expect(backupsToRotate(names, 0)).toHaveLength(3);
  });
});
