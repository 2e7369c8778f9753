import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { readSheet } from "read-excel-file/node";
import { DomainError } from "@/lib/errors";
import { cleanText } from "@/lib/text/normalize";

// Reads an uploaded .xlsx or .csv into its header and lines of text cells, NFC-normalised whatever the
// file had. Of a workbook only the first sheet is read, as plain values (no styles, no object model).

export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 50_000;
// 50,000 lines of a real registry unpack to some 40 MB of XML; a file declaring far more is not one.
const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
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

/** The text a spreadsheet cell shows: the reader gives strings, numbers, booleans, dates or nothing. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return cleanText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  return "";
}

// read-excel-file, not exceljs's streaming reader: that one intermittently drops a zip entry it has not
// yet handed over (exceljs#3064), so a workbook came out "unreadable" or short of its shared strings.
async function xlsxRows(bytes: Uint8Array): Promise<Table["lines"]> {
  refuseInflated(bytes);
  let sheet: unknown[][];
  try {
    sheet = await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new DomainError("import.file.unreadable");
  }
  if (sheet.length > MAX_ROWS + 1) tooManyRows();
  return sheet.map((cells, i) => ({ line: i + 1, cells: bounded(cells.map(cellText)) }));
}

/** A workbook is read unpacked: refuse one that declares more than a real import ever holds (a zip bomb). */
function refuseInflated(bytes: Uint8Array) {
  let declared = 0;
  try {
    unzipSync(bytes, { filter: (entry) => ((declared += entry.originalSize), false) });
  } catch {
    throw new DomainError("import.file.unreadable");
  }
  if (declared > MAX_UNPACKED_BYTES) throw new DomainError("import.file.unpackedTooLarge");
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
