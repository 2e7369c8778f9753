import { describe, expect, it } from "vitest";
import { readTable } from "./read-file";
import { csvOf, xlsxOf } from "./sample-files";
import { mapHeader, rowValues } from "./columns";

describe("reading an import file", () => {
  it("reads a workbook's first sheet as NFC text, skipping empty lines but keeping their numbers", async () => {
    const bytes = await xlsxOf([
      ["Tên đơn vị", "Loại"],
      ["  Phường  Nghi Thủy ".normalize("NFD"), "Phường"],
      [],
      ["Xã Nghi Đức", "Xã"],
    ]);
    expect(await readTable("tep.xlsx", bytes)).toEqual({
      header: ["Tên đơn vị", "Loại"],
      lines: [
        { line: 2, cells: ["Phường Nghi Thủy", "Phường"] },
        { line: 4, cells: ["Xã Nghi Đức", "Xã"] },
      ],
    });
  });

  it("reads CSV saved with commas or, as a Vietnamese Excel does, semicolons", async () => {
    for (const delimiter of [",", ";"]) {
      const table = await readTable(
        "tep.csv",
        csvOf(
          [
            ["Tên đơn vị", "Thư điện tử"],
            ["Phường Nghi Hòa, Cửa Lò", "a@x.vn; b@x.vn"],
          ],
          delimiter,
        ),
      );
      expect(table.lines).toEqual([{ line: 2, cells: ["Phường Nghi Hòa, Cửa Lò", "a@x.vn; b@x.vn"] }]);
    }
  });

  it("matches headers without accents or case, in any order", () => {
    const header = mapHeader("OFFICIALS", ["DON VI", "Ghi chú", "họ và tên *"]);
    expect(header.missing).toEqual(["Chức vụ"]);
    expect(rowValues("OFFICIALS", header, ["Phường Nghi Hải", "x", "Trần Thị Hồng"])).toEqual({
      fullName: "Trần Thị Hồng",
      title: "",
      unit: "Phường Nghi Hải",
      email: "",
      phone: "",
    });
  });

  it("refuses what it cannot read", async () => {
    await expect(readTable("tep.xls", new Uint8Array([0xd0, 0xcf]))).rejects.toMatchObject({
      key: "import.file.format",
    });
    await expect(readTable("tep.csv", new Uint8Array([0x54, 0xea, 0x6e]))).rejects.toMatchObject({
      key: "import.file.notUtf8",
    });
    await expect(readTable("tep.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]))).rejects.toMatchObject({
      key: "import.file.unreadable",
    });
    await expect(readTable("tep.csv", csvOf([["Tên đơn vị"]]))).rejects.toMatchObject({ key: "import.file.noRows" });
  });
});
