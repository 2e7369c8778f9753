import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
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

  it("reads a workbook whatever order its parts are stored in, and what its cells show", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Dữ liệu");
    sheet.addRow(["Tên đơn vị", "Ngày", "Số", "Công thức", "Có", "Thư điện tử"]);
    sheet.addRow([
      { richText: [{ text: "Phường " }, { text: "Nghi Hải" }] },
      new Date("2026-12-03T00:00:00Z"),
      3.5,
      { formula: "1+1", result: 2 },
      true,
      { text: "vanphong@nghihai.gov.vn", hyperlink: "mailto:vanphong@nghihai.gov.vn" },
    ]);
    workbook.addWorksheet("Hướng dẫn").addRow(["Không phải dữ liệu"]);
    // Stored with the sheet before the workbook part but after the shared strings, which zip allows and
    // some writers do: exceljs's streaming reader then read the sheet before knowing the workbook.
    const parts = unzipSync(new Uint8Array(await workbook.xlsx.writeBuffer()));
    const order = ["xl/sharedStrings.xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"];
    const reordered = Object.fromEntries([
      ...order.map((name) => [name, parts[name]!] as const),
      ...Object.entries(parts).filter(([name]) => !order.includes(name)),
    ]);
    expect(await readTable("tep.xlsx", zipSync(reordered))).toEqual({
      header: ["Tên đơn vị", "Ngày", "Số", "Công thức", "Có", "Thư điện tử"],
      lines: [{ line: 2, cells: ["Phường Nghi Hải", "2026-12-03", "3.5", "2", "TRUE", "vanphong@nghihai.gov.vn"] }],
    });
  });

  it("refuses a workbook that unpacks to far more than any import holds", async () => {
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(210 * 1024 * 1024) }, { level: 1 });
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    await expect(readTable("tep.xlsx", bomb)).rejects.toMatchObject({ key: "import.file.unpackedTooLarge" });
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
