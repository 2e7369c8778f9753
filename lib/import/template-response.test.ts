import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import type { SessionUser } from "@/lib/auth/roles";
import { templateResponse } from "./template-response";
import { COLUMNS, mapHeader } from "./columns";
import { readTable } from "./read-file";

const as = (role: SessionUser["role"]): SessionUser => ({
  id: "u",
  email: "u@x.vn",
  name: "U",
  role,
  unitId: "unit",
  officialId: null,
});

describe("the import templates", () => {
  it("are for administrators only", async () => {
    expect((await templateResponse(null, "units", "xlsx")).status).toBe(401);
    for (const role of ["SECRETARIAT", "CHAIR", "UNIT_REP"] as const)
      expect((await templateResponse(as(role), "units", "xlsx")).status).toBe(403);
    expect((await templateResponse(as("ADMIN"), "meetings", "xlsx")).status).toBe(404);
    expect((await templateResponse(as("ADMIN"), "units", "xls")).status).toBe(404);
  });

  it("carry the columns the import reads, with instructions and the lists to choose from", async () => {
    for (const kind of ["UNITS", "OFFICIALS", "USERS"] as const) {
      const response = await templateResponse(as("ADMIN"), kind.toLowerCase(), "xlsx");
      expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="mau-nhap-.+\.xlsx"$/);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
      const header = (workbook.worksheets[0]!.getRow(1).values as string[]).slice(1);
      expect(header).toEqual(COLUMNS[kind].map((c) => c.header));
      expect(workbook.getWorksheet("Hướng dẫn")!.rowCount).toBeGreaterThan(COLUMNS[kind].length);
      // Filled in, it reads back with every column found.
      workbook.worksheets[0]!.addRow(COLUMNS[kind].map((c) => c.example));
      const table = await readTable("mau.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
      expect(mapHeader(kind, table.header).missing).toEqual([]);
      expect(table.lines[0]!.cells).toEqual(COLUMNS[kind].map((c) => c.example));

      const csv = await templateResponse(as("ADMIN"), kind.toLowerCase(), "csv");
      expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
      const text = new Uint8Array(await csv.arrayBuffer());
      expect([...text.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // so Excel reads the accents
      expect(new TextDecoder().decode(text)).toBe(`${COLUMNS[kind].map((c) => c.header).join(",")}\r\n`);
    }
    const units = await templateResponse(as("ADMIN"), "units", "xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await units.arrayBuffer());
    expect(workbook.getWorksheet("Danh mục")!.getColumn(1).values).toContain("Phường");
  });
});
