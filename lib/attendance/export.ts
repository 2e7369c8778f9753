import { once } from "node:events";
import { PassThrough, Readable, type Writable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "@/lib/datetime/vietnam";
import type { ExportReport } from "./schema";
import type { ComplianceCounts, MeetingAttendance, PointLine, UnitCompliance } from "./statistics";

// The statistics as files: a workbook (.xlsx) with one sheet per table, and CSV for other programs.
// Headers are in Vietnamese whatever the screen language, as for every document the app issues. Both
// are streamed: each table is read a slice at a time while the file goes out, so a national
// conference's export takes no more memory than a ward's.

/** Each table as slices, read only when the file reaches it. */
export type Slices<T> = () => AsyncIterable<T[]>;

export interface ExportInput {
  from: string;
  to: string;
  /** Whose meetings: "Hội nghị do Thị xã Cửa Lò tổ chức", or all for an administrator. */
  scope: string;
  generatedAt: Date;
  totals: { meetings: number; compliance: Pick<ComplianceCounts, "invited"> };
  units: Slices<UnitCompliance>;
  meetings: Slices<MeetingAttendance>;
  points: Slices<PointLine>;
}

type Cell = string | number | Date | null;
interface Column<T> {
  header: string;
  width: number;
  /** Excel number format; rates are ratios shown as percentages. */
  numFmt?: string;
  value: (row: T, index: number) => Cell;
}

const PERCENT = "0.0%";
const ratio = (percentage: number | null) => (percentage === null ? null : Math.round(percentage * 10) / 1000);

const UNIT_COLUMNS: Column<UnitCompliance>[] = [
  { header: "STT", width: 6, value: (_, i) => i + 1 },
  { header: "Đơn vị", width: 48, value: (u) => u.unitName },
  { header: "Số lần được mời", width: 12, value: (u) => u.invited },
  { header: "Trả lời đúng hạn", width: 12, value: (u) => u.answeredOnTime },
  { header: "Trả lời muộn", width: 12, value: (u) => u.answeredLate },
  { header: "Chưa trả lời", width: 12, value: (u) => u.notAnswered },
  { header: "Từ chối", width: 10, value: (u) => u.declined },
  { header: "Cử người dự thay", width: 12, value: (u) => u.substitutes },
  { header: "Có mặt (người)", width: 12, value: (u) => u.present },
  { header: "Vắng có lý do (người)", width: 14, value: (u) => u.absentWithReason },
  { header: "Vắng không lý do (người)", width: 14, value: (u) => u.absentWithoutReason },
  { header: "Tỷ lệ trả lời đúng hạn", width: 14, numFmt: PERCENT, value: (u) => ratio(u.onTimeRate) },
  { header: "Tỷ lệ có mặt", width: 12, numFmt: PERCENT, value: (u) => ratio(u.attendanceRate) },
];

type Counted = Pick<
  PointLine,
  | "invitedUnits"
  | "expected"
  | "onSite"
  | "online"
  | "absentWithReason"
  | "absentWithoutReason"
  | "notYet"
  | "walkIns"
  | "present"
  | "attendanceRate"
>;

function countColumns<T extends Counted>(): Column<T>[] {
  return [
    { header: "Đơn vị được mời", width: 12, value: (r) => r.invitedUnits },
    { header: "Dự kiến (người)", width: 12, value: (r) => r.expected },
    { header: "Có mặt tại điểm cầu", width: 12, value: (r) => r.onSite },
    { header: "Có mặt trực tuyến", width: 12, value: (r) => r.online },
    { header: "Vắng có lý do", width: 12, value: (r) => r.absentWithReason },
    { header: "Vắng không lý do", width: 12, value: (r) => r.absentWithoutReason },
    { header: "Chưa điểm danh", width: 12, value: (r) => r.notYet },
    { header: "Phát sinh (không có trong danh sách)", width: 16, value: (r) => r.walkIns },
    { header: "Tổng số có mặt", width: 12, value: (r) => r.present },
    { header: "Tỷ lệ có mặt", width: 12, numFmt: PERCENT, value: (r) => ratio(r.attendanceRate) },
  ];
}

const MEETING_COLUMNS: Column<MeetingAttendance>[] = [
  { header: "STT", width: 6, value: (_, i) => i + 1 },
  { header: "Hội nghị", width: 60, value: (m) => m.title },
  { header: "Bắt đầu", width: 18, numFmt: "dd/mm/yyyy hh:mm", value: (m) => m.startsAt },
  { header: "Số điểm cầu", width: 10, value: (m) => m.pointCount },
  ...countColumns<MeetingAttendance>(),
];

const POINT_COLUMNS: Column<PointLine>[] = [
  { header: "STT", width: 6, value: (_, i) => i + 1 },
  { header: "Hội nghị", width: 60, value: (p) => p.meeting.title },
  { header: "Bắt đầu", width: 18, numFmt: "dd/mm/yyyy hh:mm", value: (p) => p.meeting.startsAt },
  { header: "Điểm cầu", width: 48, value: (p) => p.name },
  { header: "Điểm cầu chính", width: 10, value: (p) => (p.isMain ? "Có" : "") },
  ...countColumns<PointLine>(),
];

/** Excel has no time zones: a Vietnam wall-clock time is written as that time. */
const excelTime = (date: Date) => new Date(date.getTime() + 7 * 3_600_000);

/** Rows written between two turns of the event loop. */
const ROWS_PER_TURN = 500;

/**
 * Where the sheet's XML goes on its way into the zip: exceljs 4.4's streaming sheet writes into the
 * stream archiver reads it from without waiting for it, so that stream's queue is where rows not yet
 * compressed pile up. (It is readable-stream 3's, whose queue is counted in its state.)
 */
function zipInputOf(sheet: ExcelJS.Worksheet): Writable | undefined {
  return (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
}

/** Waits until `stream` has drained, or the client has gone (the output closed). */
async function drain(stream: Writable, out: PassThrough) {
  const queued = stream.writableLength ?? (stream as { _writableState?: { length: number } })._writableState?.length;
  if (!(queued > stream.writableHighWaterMark)) return;
  const done = new AbortController();
  const event = (emitter: Writable, name: string) =>
    once(emitter, name, { signal: done.signal }).catch(() => undefined);
  await Promise.race([event(stream, "drain"), event(out, "close")]);
  done.abort(); // removes the listener of the event that did not come
}

/**
 * Lets the server breathe: SQLite answers synchronously and the writer works synchronously, so without
 * a turn of the event loop nothing would reach the socket before the end and no other request would be
 * served meanwhile. Then waits while the zip's input or the output hold more than they want to (the
 * client reads slower than the rows are made), so what waits in memory stays small whatever the size
 * of the export. Stops when the client went away.
 */
async function drained(sheet: ExcelJS.Worksheet, out: PassThrough): Promise<void> {
  await nextTurn();
  const zipInput = zipInputOf(sheet);
  if (zipInput) await drain(zipInput, out);
  await drain(out, out);
  if (out.destroyed) throw new ExportAbandoned();
}

class ExportAbandoned extends Error {}

async function writeTable<T>(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  out: PassThrough,
  name: string,
  columns: Column<T>[],
  slices: Slices<T>,
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.commit();
  let index = 0;
  for await (const rows of slices()) {
    for (const row of rows) {
      const i = index++;
      sheet
        .addRow(
          columns.map((c) => {
            const value = c.value(row, i);
            return value instanceof Date ? excelTime(value) : value;
          }),
        )
        .commit();
      if (index % ROWS_PER_TURN === 0) await drained(sheet, out);
    }
  }
  if (index) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.commit();
}

async function writeWorkbook(input: ExportInput, out: PassThrough) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  workbook.creator = "Hội nghị";
  workbook.created = input.generatedAt;
  await writeTable(workbook, out, "Theo đơn vị", UNIT_COLUMNS, input.units);
  await writeTable(workbook, out, "Theo hội nghị", MEETING_COLUMNS, input.meetings);
  await writeTable(workbook, out, "Theo điểm cầu", POINT_COLUMNS, input.points);

  const about = workbook.addWorksheet("Thông tin");
  about.columns = [{ width: 28 }, { width: 100, style: { alignment: { wrapText: true, vertical: "top" } } }];
  const lines: [string, string | number][] = [
    ["Báo cáo", "Thống kê trả lời giấy mời và tham dự hội nghị"],
    [
      "Kỳ thống kê",
      `Từ ngày ${formatDate(new Date(`${input.from}T12:00:00+07:00`))} đến ngày ${formatDate(new Date(`${input.to}T12:00:00+07:00`))}`,
    ],
    ["Phạm vi", input.scope],
    ["Lập lúc", formatDateTime(input.generatedAt)],
    ["Số hội nghị", input.totals.meetings],
    ["Số lượt mời", input.totals.compliance.invited],
    ["Trả lời đúng hạn", "Đơn vị trả lời lần đầu không muộn hơn hạn trả lời ghi trên giấy mời."],
    [
      "Vắng không lý do",
      "Người có tên trong danh sách nhưng vắng mà không nêu lý do, hoặc chưa được điểm danh khi hội nghị đã kết thúc.",
    ],
    ["Tỷ lệ có mặt", "Số người có mặt (tại điểm cầu hoặc trực tuyến) trên số người đã xác định có mặt hoặc vắng."],
    ["Không tính", "Hội nghị dự thảo, hội nghị đã hủy và giấy mời chưa gửi."],
  ];
  for (const [label, value] of lines) {
    const row = about.addRow([label, value]);
    row.getCell(1).font = { bold: true };
    row.commit();
  }
  about.commit();
  await workbook.commit();
}

/** The workbook, as it is written: per unit, per meeting, per point, and what the figures mean. */
export function streamStatisticsXlsx(input: ExportInput): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  writeWorkbook(input, out).catch((error: unknown) => {
    // The answer has begun: all that is left is to cut it, so the client sees a broken download.
    if (!(error instanceof ExportAbandoned)) console.error("statistics workbook failed", error);
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

// ── CSV (RFC 4180) ──

/**
 * One field: quoted when it holds a comma, a quote or a line break (quotes doubled). Text that a
 * spreadsheet would run as a formula gets a leading apostrophe.
 */
export function csvField(value: Cell): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value instanceof Date ? formatDateTime(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line, CRLF-ended. */
const csvLine = (row: Cell[]) => row.map(csvField).join(",") + "\r\n";

/** A whole small table at once (the import templates): UTF-8 with a byte-order mark, CRLF, a header row. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return "\uFEFF" + [header, ...rows].map(csvLine).join("");
}

/** UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends, a header row. */
async function* csvTable<T>(columns: Column<T>[], slices: Slices<T>): AsyncGenerator<string> {
  // A CSV has no cell formats: rates are written as percentages (94.9), with their unit in the header.
  yield "\uFEFF" + csvLine(columns.map((c) => (c.numFmt === PERCENT ? `${c.header} (%)` : c.header)));
  let index = 0;
  for await (const rows of slices()) {
    let text = "";
    for (const row of rows) {
      const i = index++;
      text += csvLine(
        columns.map((c) => {
          const value = c.value(row, i);
          return c.numFmt === PERCENT && typeof value === "number" ? Math.round(value * 1000) / 10 : value;
        }),
      );
    }
    yield text;
  }
}

/** One table as CSV, as it is written: per unit (the compliance view), per meeting or per point. */
export function streamStatisticsCsv(input: ExportInput, report: ExportReport): ReadableStream<Uint8Array> {
  const lines =
    report === "meetings"
      ? csvTable(MEETING_COLUMNS, input.meetings)
      : report === "points"
        ? csvTable(POINT_COLUMNS, input.points)
        : csvTable(UNIT_COLUMNS, input.units);
  const encoder = new TextEncoder();
  // Pulled: the next slice is read from the database only when the client has taken the previous one,
  // after a turn of the event loop (as for the workbook, so that other requests are served meanwhile).
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        await nextTurn();
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        // The answer has begun: all that is left is to cut it, so the client sees a broken download.
        console.error("statistics CSV failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}

/** The Vietnamese headers of the per-unit table, in order (for tests and documentation). */
export const UNIT_HEADERS = UNIT_COLUMNS.map((c) => c.header);
