import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { DomainError } from "@/lib/errors";
import { cleanText } from "@/lib/text/normalize";

// Reads an uploaded .xlsx or .csv into its header and lines of text cells, NFC-normalised whatever the
// file had. A workbook is read as a stream (only the first sheet, cell by cell), never loaded whole:
// exceljs's full model of 20,000 rows takes hundreds of MB, the lines themselves a few.

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
// Past these a line is already wrong (no field is longer than 500 characters, no file needs 64 columns);
// keeping no more bounds what a hostile file can make the server hold.
const MAX_COLUMNS = 64;
const MAX_CELL = 1_000;

export interface Table {
  header: string[];
  /** Lines after the header that hold anything; `line` is the row number a spreadsheet shows (header = 1). */
  lines: { line: number; cells: string[] }[];
}

export type FileFormat = "xlsx" | "csv";

/** Which reader a file needs: by its content (a workbook is a zip), then by its name. */
export function formatOf(name: string, bytes: Uint8Array): FileFormat {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const extension = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (zip && extension !== "csv") return "xlsx";
  if (!zip && (extension === "csv" || extension === "txt")) return "csv";
  throw new DomainError("import.file.format");
}

export async function readTable(name: string, bytes: Uint8Array): Promise<Table> {
  if (bytes.byteLength === 0) throw new DomainError("import.file.empty");
  if (bytes.byteLength > MAX_FILE_BYTES) throw new DomainError("import.file.tooLarge");
  const rows = formatOf(name, bytes) === "xlsx" ? await xlsxRows(bytes) : csvRows(bytes);
  const header = rows.find((r) => r.line === 1)?.cells ?? [];
  if (!header.some(Boolean)) throw new DomainError("import.file.noHeader");
  const lines = rows.filter((r) => r.line > 1 && r.cells.some(Boolean));
  if (lines.length === 0) throw new DomainError("import.file.noRows");
  return { header, lines };
}

function tooManyRows(): never {
  throw new DomainError("import.file.tooManyRows", undefined, { max: MAX_ROWS });
}

/** The text a spreadsheet cell shows, whatever exceljs made of it. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return cleanText(v.richText.map((part) => part.text).join(""));
    if ("result" in v) return cellText(v.result); // a formula: what it computed
    if ("text" in v) return cellText(v.text); // a hyperlink (an e-mail address Excel made clickable)
  }
  return "";
}

async function xlsxRows(bytes: Uint8Array): Promise<Table["lines"]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const rows: Table["lines"] = [];
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        if (row.number > MAX_ROWS + 1) tooManyRows();
        const values = row.values as unknown[]; // 1-based: values[1] is column A
        rows.push({
          line: row.number,
          cells: bounded(Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) => cellText(values[i + 1]))),
        });
      }
      break; // the first sheet holds the data; a template's second sheet is its instructions
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new DomainError("import.file.unreadable");
  }
  return rows;
}

/** The delimiter of the header line: Excel writes ";" where the decimal separator is a comma, as in Vietnamese. */
function delimiterOf(text: string): string {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => first.split(c).length - 1;
  return [";", "\t"].find((c) => count(c) > count(",")) ?? ",";
}

function csvRows(bytes: Uint8Array): Table["lines"] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError("import.file.notUtf8");
  }
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: false,
      to_line: MAX_ROWS + 2,
    });
  } catch {
    throw new DomainError("import.file.unreadable");
  }
  if (records.length > MAX_ROWS + 1) tooManyRows();
  return records.map((cells, i) => ({ line: i + 1, cells: bounded(cells.map(cellText)) }));
}

function bounded(cells: string[]): string[] {
  return cells.slice(0, MAX_COLUMNS).map((c) => c.slice(0, MAX_CELL));
}
