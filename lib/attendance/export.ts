import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "@/lib/datetime/vietnam";
import type { ExportReport } from "./schema";
import { totalCompliance, type MeetingAttendance, type PointAttendance, type UnitCompliance } from "./statistics";

// The statistics as files: a workbook (.xlsx) with one sheet per table, and CSV for other programs.
// Headers are in Vietnamese whatever the screen language, as for every document the app issues.

export interface ExportInput {
  from: string;
  to: string;
  /** Whose meetings: "Thị xã Cửa Lò", or all for an administrator. */
  scope: string;
  generatedAt: Date;
  truncated: boolean;
  units: UnitCompliance[];
  meetings: MeetingAttendance[];
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
  PointAttendance,
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
  { header: "Số điểm cầu", width: 10, value: (m) => m.points.length },
  ...countColumns<MeetingAttendance>(),
];

type PointLine = PointAttendance & { meeting: MeetingAttendance };
const POINT_COLUMNS: Column<PointLine>[] = [
  { header: "STT", width: 6, value: (_, i) => i + 1 },
  { header: "Hội nghị", width: 60, value: (p) => p.meeting.title },
  { header: "Bắt đầu", width: 18, numFmt: "dd/mm/yyyy hh:mm", value: (p) => p.meeting.startsAt },
  { header: "Điểm cầu", width: 48, value: (p) => p.name },
  { header: "Điểm cầu chính", width: 10, value: (p) => (p.isMain ? "Có" : "") },
  ...countColumns<PointLine>(),
];

const pointLines = (meetings: MeetingAttendance[]): PointLine[] =>
  meetings.flatMap((meeting) => meeting.points.map((p) => ({ ...p, meeting })));

/** Excel has no time zones: a Vietnam wall-clock time is written as that time. */
const excelTime = (date: Date) => new Date(date.getTime() + 7 * 3_600_000);

function addTable<T>(workbook: ExcelJS.Workbook, name: string, columns: Column<T>[], rows: T[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  rows.forEach((row, index) => {
    sheet.addRow(
      columns.map((c) => {
        const value = c.value(row, index);
        return value instanceof Date ? excelTime(value) : value;
      }),
    );
  });
  if (rows.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** The workbook: per unit, per meeting, per point, and what the figures mean. */
export async function renderStatisticsXlsx(input: ExportInput): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hội nghị";
  workbook.created = input.generatedAt;
  addTable(workbook, "Theo đơn vị", UNIT_COLUMNS, input.units);
  addTable(workbook, "Theo hội nghị", MEETING_COLUMNS, input.meetings);
  addTable(workbook, "Theo điểm cầu", POINT_COLUMNS, pointLines(input.meetings));

  const about = workbook.addWorksheet("Thông tin");
  about.columns = [{ width: 28 }, { width: 100 }];
  const totals = totalCompliance(input.units);
  const lines: [string, string | number][] = [
    ["Báo cáo", "Thống kê trả lời giấy mời và tham dự hội nghị"],
    [
      "Kỳ thống kê",
      `Từ ngày ${formatDate(new Date(`${input.from}T12:00:00+07:00`))} đến ngày ${formatDate(new Date(`${input.to}T12:00:00+07:00`))}`,
    ],
    ["Phạm vi", input.scope],
    ["Lập lúc", formatDateTime(input.generatedAt)],
    ["Số hội nghị", input.meetings.length],
    ["Số lượt mời", totals.invited],
    ["Trả lời đúng hạn", "Đơn vị trả lời lần đầu không muộn hơn hạn trả lời ghi trên giấy mời."],
    [
      "Vắng không lý do",
      "Người có tên trong danh sách nhưng vắng mà không nêu lý do, hoặc chưa được điểm danh khi hội nghị đã kết thúc.",
    ],
    ["Tỷ lệ có mặt", "Số người có mặt (tại điểm cầu hoặc trực tuyến) trên số người đã xác định có mặt hoặc vắng."],
    ["Không tính", "Hội nghị dự thảo, hội nghị đã hủy và giấy mời chưa gửi."],
  ];
  if (input.truncated)
    lines.push([
      "Lưu ý",
      "Kỳ thống kê có quá nhiều hội nghị; báo cáo chỉ tính các hội nghị đầu tiên. Hãy chọn kỳ ngắn hơn.",
    ]);
  for (const [label, value] of lines) about.addRow([label, value]).getCell(1).font = { bold: true };
  about.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  return new Uint8Array(await workbook.xlsx.writeBuffer());
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

/** UTF-8 with a byte-order mark (so Excel reads Vietnamese correctly), CRLF line ends, a header row. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

function csvTable<T>(columns: Column<T>[], rows: T[]): string {
  // A CSV has no cell formats: rates are written as percentages (94.9), with their unit in the header.
  return toCsv(
    columns.map((c) => (c.numFmt === PERCENT ? `${c.header} (%)` : c.header)),
    rows.map((row, i) =>
      columns.map((c) => {
        const value = c.value(row, i);
        return c.numFmt === PERCENT && typeof value === "number" ? Math.round(value * 1000) / 10 : value;
      }),
    ),
  );
}

/** One table as CSV: per unit (the compliance view), per meeting or per point. */
export function renderStatisticsCsv(input: ExportInput, report: ExportReport): string {
  if (report === "meetings") return csvTable(MEETING_COLUMNS, input.meetings);
  if (report === "points") return csvTable(POINT_COLUMNS, pointLines(input.meetings));
  return csvTable(UNIT_COLUMNS, input.units);
}

/** The Vietnamese headers of the per-unit table, in order (for tests and documentation). */
export const UNIT_HEADERS = UNIT_COLUMNS.map((c) => c.header);
