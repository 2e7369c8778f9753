import ExcelJS from "exceljs";
import { toCsv } from "@/lib/attendance/export";
import { BLOCK_CHOICES, KIND_CHOICES, ROLE_CHOICES, type Choice } from "./choices";
import { COLUMNS, type ImportKind } from "./columns";

// The file an administrator fills in: the data sheet with its header only (so nothing of an example is
// imported by mistake), the instructions with an example value of each column, and the closed lists.
// Every data column is formatted as text, so Excel keeps a phone's leading zero and a code's zeros.

export const TEMPLATE_NAMES: Record<ImportKind, string> = {
  UNITS: "mau-nhap-don-vi",
  OFFICIALS: "mau-nhap-can-bo",
  USERS: "mau-nhap-nguoi-dung",
};

const LISTS: Record<ImportKind, { title: string; choices: Choice<string>[] }[]> = {
  UNITS: [
    { title: "Loại", choices: KIND_CHOICES },
    { title: "Khối", choices: BLOCK_CHOICES },
  ],
  OFFICIALS: [],
  USERS: [{ title: "Vai trò", choices: ROLE_CHOICES }],
};

const NOTES: Record<ImportKind, string[]> = {
  UNITS: [
    "Mỗi dòng một đơn vị. Đơn vị cấp trên có thể là đơn vị đã có trong hệ thống hoặc ở dòng khác của tệp (trên hay dưới đều được).",
    "Có mã thì đơn vị được nhận ra theo mã; không có mã thì theo tên và đơn vị cấp trên.",
    "Nhập lại cùng một tệp không thay đổi gì. Ô để trống giữ nguyên giá trị đang có.",
    "Tệp nhập không đổi tên đơn vị: đổi tên, sáp nhập, chia tách ghi trên trang đơn vị để giữ lịch sử.",
  ],
  OFFICIALS: [
    "Mỗi dòng một cán bộ. Có thư điện tử thì cán bộ được nhận ra theo thư điện tử; không có thì theo họ tên và đơn vị.",
    "Nhập lại cùng một tệp không thay đổi gì. Ô để trống giữ nguyên giá trị đang có.",
    "Chuyển công tác (đổi chức vụ hoặc đơn vị) ghi trên trang cán bộ để giữ lịch sử.",
  ],
  USERS: [
    "Mỗi dòng một tài khoản, nhận ra theo thư điện tử. Tài khoản mới chưa có mật khẩu: hệ thống gửi thư có đường dẫn đặt mật khẩu (dùng một lần).",
    "Tài khoản Chủ trì cần cột Cán bộ. Nhập lại cùng một tệp không thay đổi gì và không gửi thư lần nữa.",
    "Đổi vai trò, đơn vị của tài khoản đã có thực hiện trên trang người dùng.",
  ],
};

export async function templateXlsx(kind: ImportKind): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hội nghị";
  const data = workbook.addWorksheet("Dữ liệu", { views: [{ state: "frozen", ySplit: 1 }] });
  data.columns = COLUMNS[kind].map((c) => ({
    header: c.header,
    key: c.field,
    width: Math.max(16, c.header.length + 6),
    style: { numFmt: "@" },
  }));
  data.getRow(1).font = { bold: true };
  COLUMNS[kind].forEach((c, i) => {
    if (c.required)
      data.getRow(1).getCell(i + 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };
  });

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.columns = [
    { header: "Cột", width: 22 },
    { header: "Bắt buộc", width: 10 },
    { header: "Ghi chú", width: 70 },
    { header: "Ví dụ", width: 30 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of COLUMNS[kind]) guide.addRow([c.header, c.required ? "Có" : "", c.hint, c.example]);
  guide.addRow([]);
  for (const note of NOTES[kind]) guide.addRow([note]);

  if (LISTS[kind].length) {
    const lists = workbook.addWorksheet("Danh mục");
    lists.columns = LISTS[kind].map((l) => ({ header: l.title, width: 34 }));
    lists.getRow(1).font = { bold: true };
    const longest = Math.max(...LISTS[kind].map((l) => l.choices.length));
    for (let i = 0; i < longest; i++) lists.addRow(LISTS[kind].map((l) => l.choices[i]?.label ?? ""));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The header line alone, UTF-8 with a byte-order mark so Excel reads the accents. */
export function templateCsv(kind: ImportKind): string {
  return toCsv(
    COLUMNS[kind].map((c) => c.header),
    [],
  );
}
