// The 27/12/2022 conference from the domain notes as minutes: used by the tests and by
// scripts/render-sample-documents.ts, and handy as a preview fixture. The sections are written in the
// secretary's markup, so the sample also goes through the parser the app uses.
import { parseMarkup } from "@/lib/minutes/markup";
import type { ConclusionItem, MinutesRecord } from "./minutes-record";

export const CUA_LO_CONCLUSIONS: ConclusionItem[] = [
  {
    content:
      "Tập trung thực hiện đạt và vượt các chỉ tiêu năm 2023: tạo việc làm mới cho khoảng 43.000 lao động, tuyển sinh đào tạo nghề 65.000 người, tỷ lệ lao động qua đào tạo đạt 69%",
    leadUnit: "Sở Lao động - Thương binh và Xã hội",
    cooperators: ["UBND các huyện, thành phố, thị xã"],
    deadline: new Date("2023-12-31T00:00:00+07:00"),
  },
  {
    content: "Rà soát, tổng hợp danh sách lao động có nhu cầu học nghề, tìm việc làm tại các phường",
    leadUnit: "Phòng Lao động - Thương binh và Xã hội thị xã Cửa Lò",
    cooperators: ["UBND các phường Nghi Hải, Nghi Hòa, Nghi Hương, Nghi Tân, Nghi Thu, Nghi Thủy, Thu Thủy"],
    deadline: new Date("2023-01-31T00:00:00+07:00"),
  },
  {
    content: "Giảm tỷ lệ hộ nghèo từ 1 - 1,5 điểm phần trăm; rà soát, bổ sung chính sách hỗ trợ người có công",
    leadUnit: "Sở Lao động - Thương binh và Xã hội",
    cooperators: [],
    deadline: null,
  },
];

const PARTICIPANTS = `
**Tại điểm cầu chính (UBND tỉnh):**
- Đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh, chủ trì hội nghị;
- Lãnh đạo Sở Lao động - Thương binh và Xã hội và các sở, ngành cấp tỉnh.
**Tại điểm cầu Cửa Lò:**
- Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã, chủ trì tại điểm cầu;
- Đại diện Ủy ban MTTQ Việt Nam thị xã, Liên đoàn Lao động thị xã, các hội, đoàn thể;
- Lãnh đạo và công chức phụ trách chính sách của 07 phường: Nghi Hải, Nghi Hòa, Nghi Hương, Nghi Tân, Nghi Thu, Nghi Thủy, Thu Thủy.
`;

const REPORT = `
Đại diện Sở Lao động - Thương binh và Xã hội báo cáo kết quả thực hiện nhiệm vụ năm 2022, phương hướng nhiệm vụ năm 2023. Một số chỉ tiêu chủ yếu:
| Chỉ tiêu | Đơn vị tính | Kế hoạch 2022 | Thực hiện 2022 | Tỷ lệ so với kế hoạch | Chỉ tiêu 2023 |
|---|---|---|---|---|---|
| Số lao động được tạo việc làm mới | người | 42.900 | 45.000 | 104,9% | 43.000 |
| Tuyển sinh, đào tạo nghề | người | 66.300 | 65.498 | 98,8% | 65.000 |
| Tỷ lệ lao động qua đào tạo | % | 67,5 | 67,7 | 100,3% | 69 |
Hỗ trợ đào tạo sơ cấp cho 9.370 người; *trên 80,7%* người học có việc làm sau đào tạo.
`;

const DISCUSSION = `
Các đại biểu tại các điểm cầu thảo luận, đề xuất giải pháp về giải quyết việc làm và giảm nghèo bền vững.
Đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh kết luận:
${"{{conclusions.list}}"}
`;

export const CUA_LO_MINUTES: MinutesRecord = {
  parentBody: "",
  issuingBody: "Ủy ban nhân dân tỉnh Nghệ An",
  number: "05/BB-UBND",
  title:
    "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023",
  meetingKind: "YEAR_END_REVIEW",
  startedAt: new Date("2022-12-27T07:30:00+07:00"),
  endedAt: new Date("2022-12-27T11:30:00+07:00"),
  place:
    "Điểm cầu chính tại Hội trường UBND tỉnh Nghệ An, kết nối trực tuyến đến các điểm cầu huyện, thành phố, thị xã",
  chair: { name: "Bùi Đình Long", title: "Phó Chủ tịch UBND tỉnh" },
  secretary: { name: "Lê Minh Tuấn", title: "Chuyên viên Văn phòng UBND tỉnh" },
  sections: [
    { heading: "Thành phần tham dự", blocks: parseMarkup(PARTICIPANTS) },
    { heading: "Báo cáo kết quả năm 2022 và nhiệm vụ năm 2023", blocks: parseMarkup(REPORT) },
    { heading: "Thảo luận và kết luận của chủ tọa", blocks: parseMarkup(DISCUSSION) },
  ],
  conclusions: CUA_LO_CONCLUSIONS,
  draft: true,
  recipients: ["Chủ tịch, các PCT UBND tỉnh", "Sở Lao động - TB và XH", "UBND các huyện, thành phố, thị xã"],
};
