import ExcelJS from "exceljs";

// Import files made on the fly, as a spreadsheet program would save them, for the tests, the e2e
// journey and the benchmark.

/** A workbook whose first sheet holds these lines (the first one the header). */
export async function xlsxOf(lines: string[][]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Dữ liệu");
  for (const line of lines) sheet.addRow(line);
  // exceljs types its Node Buffer loosely; a copy is a plain Uint8Array a File accepts.
  return Uint8Array.from((await workbook.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** CSV as Excel saves "CSV UTF-8": a byte-order mark, CRLF, fields quoted when they need it. */
export function csvOf(lines: string[][], delimiter = ","): Uint8Array<ArrayBuffer> {
  const field = (text: string) =>
    /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
  return new TextEncoder().encode("\uFEFF" + lines.map((l) => l.map(field).join(delimiter)).join("\r\n") + "\r\n");
}
