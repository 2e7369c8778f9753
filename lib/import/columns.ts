import { searchKey } from "@/lib/text/normalize";

// The columns of each kind of import file. Headers are Vietnamese whatever the screen language, as in
// every file the app issues; a file's header is matched without accents or case, so "Ten don vi" and
// "TÊN ĐƠN VỊ" both name the unit's name. Columns may come in any order; unknown ones are ignored.

export const IMPORT_KINDS = ["UNITS", "OFFICIALS", "USERS"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface Column {
  field: string;
  header: string;
  required: boolean;
  /** What the template's instructions say about it. */
  hint: string;
  /** What the template's instructions show as a value. */
  example: string;
}

const UNIT_REFERENCE = "Mã đơn vị, hoặc tên đơn vị khi tên không trùng";

export const COLUMNS: Record<ImportKind, Column[]> = {
  UNITS: [
    {
      field: "code",
      header: "Mã đơn vị",
      required: false,
      hint: "Mã hành chính hoặc mã riêng, không trùng; có mã thì nhận ra đơn vị theo mã",
      example: "40",
    },
    { field: "name", header: "Tên đơn vị", required: true, hint: "Tên đầy đủ", example: "Tỉnh Nghệ An" },
    { field: "kind", header: "Loại", required: true, hint: "Một giá trị của danh mục Loại", example: "Tỉnh" },
    {
      field: "block",
      header: "Khối",
      required: true,
      hint: "Một giá trị của danh mục Khối",
      example: "Khối chính quyền",
    },
    {
      field: "parent",
      header: "Đơn vị cấp trên",
      required: false,
      hint: `${UNIT_REFERENCE}; có thể là đơn vị ở dòng khác của tệp này`,
      example: "40",
    },
    {
      field: "shortName",
      header: "Tên viết tắt",
      required: false,
      hint: "Dùng ở tiêu đề văn bản",
      example: "UBND tỉnh Nghệ An",
    },
    {
      field: "documentSymbol",
      header: "Ký hiệu văn bản",
      required: false,
      hint: "Phần cơ quan ban hành trong số văn bản, ví dụ UBND",
      example: "UBND",
    },
    {
      field: "placeName",
      header: "Địa danh",
      required: false,
      hint: "Địa danh ở dòng ngày tháng của văn bản",
      example: "Nghệ An",
    },
    {
      field: "contactEmail",
      header: "Thư điện tử",
      required: false,
      hint: "Một hoặc nhiều địa chỉ, cách nhau bằng dấu chấm phẩy",
      example: "vanphong@nghean.gov.vn",
    },
    { field: "phone", header: "Điện thoại", required: false, hint: "", example: "0238 3844 000" },
    { field: "address", header: "Địa chỉ", required: false, hint: "", example: "03 Trường Thi, Vinh" },
  ],
  OFFICIALS: [
    { field: "fullName", header: "Họ và tên", required: true, hint: "Họ, tên đệm và tên", example: "Hoàng Văn Phúc" },
    { field: "title", header: "Chức vụ", required: true, hint: "", example: "Phó Chủ tịch UBND thị xã" },
    { field: "unit", header: "Đơn vị", required: true, hint: UNIT_REFERENCE, example: "Thị xã Cửa Lò" },
    {
      field: "email",
      header: "Thư điện tử",
      required: false,
      hint: "Có địa chỉ thì nhận ra cán bộ theo địa chỉ; không có thì theo họ tên và đơn vị",
      example: "hvphuc@cualo.gov.vn",
    },
    { field: "phone", header: "Điện thoại", required: false, hint: "", example: "0912 345 678" },
  ],
  USERS: [
    {
      field: "email",
      header: "Thư điện tử",
      required: true,
      hint: "Địa chỉ đăng nhập; thư đặt mật khẩu gửi tới đây",
      example: "vanphong@cualo.gov.vn",
    },
    { field: "name", header: "Họ và tên", required: true, hint: "", example: "Nguyễn Thị Lan" },
    {
      field: "role",
      header: "Vai trò",
      required: true,
      hint: "Một giá trị của danh mục Vai trò",
      example: "Văn phòng",
    },
    { field: "unit", header: "Đơn vị", required: true, hint: UNIT_REFERENCE, example: "Thị xã Cửa Lò" },
    {
      field: "official",
      header: "Cán bộ",
      required: false,
      hint: "Chỉ với vai trò Chủ trì: thư điện tử của cán bộ, hoặc họ tên cán bộ của đơn vị",
      example: "Hoàng Văn Phúc",
    },
    { field: "phone", header: "Điện thoại", required: false, hint: "", example: "0238 3824 111" },
  ],
};

const headerKey = (text: string) => searchKey(text.replace(/\*/g, ""));

export interface HeaderMap {
  /** The file's column index of each field found. */
  index: Partial<Record<string, number>>;
  /** Headers of required columns the file lacks. */
  missing: string[];
}

/** Which column of the file holds each field; a field named twice is read from its first column. */
export function mapHeader(kind: ImportKind, header: string[]): HeaderMap {
  const keys = header.map(headerKey);
  const index: Partial<Record<string, number>> = {};
  for (const column of COLUMNS[kind]) {
    const at = keys.indexOf(headerKey(column.header));
    if (at >= 0) index[column.field] = at;
  }
  const missing = COLUMNS[kind].filter((c) => c.required && index[c.field] === undefined).map((c) => c.header);
  return { index, missing };
}

/** One line of the file as field → text ("" for an empty or absent cell). */
export function rowValues(kind: ImportKind, map: HeaderMap, cells: string[]): Record<string, string> {
  return Object.fromEntries(
    COLUMNS[kind].map((c) => [c.field, map.index[c.field] === undefined ? "" : (cells[map.index[c.field]!] ?? "")]),
  );
}

export function headerOf(kind: ImportKind, field: string): string {
  return COLUMNS[kind].find((c) => c.field === field)?.header ?? field;
}
