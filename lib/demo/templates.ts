import type { Db } from "@/lib/db/connect";
import type { MeetingKind } from "@/lib/db/generated/sqlite/enums";

// The three agenda templates of shared/domain.md. Skeletons use {{placeholders}} that the minutes
// renderer fills from the meeting's data. "Bế mạc" does not state the closing time: the minutes always
// end with the decree's closing line ("Cuộc họp (hội nghị) kết thúc vào …"), which would repeat it.
export interface TemplateSeed {
  familyId: string;
  name: string;
  kind: MeetingKind;
  description: string;
  items: {
    title: string;
    presenterRole: string | null;
    durationMinutes: number;
    optional?: boolean;
    minutesSkeleton: string;
  }[];
}

export const AGENDA_TEMPLATES: TemplateSeed[] = [
  {
    familyId: "tong-ket-truc-tuyen",
    name: "Hội nghị tổng kết năm (trực tuyến, nhiều điểm cầu)",
    kind: "YEAR_END_REVIEW",
    description:
      "Trước hội nghị: gửi giấy mời trước ít nhất 3 ngày làm việc, kiểm tra kỹ thuật các điểm cầu (ngày hôm trước). Sau hội nghị: biên bản, thông báo kết luận trong 5 ngày làm việc, theo dõi nhiệm vụ.",
    items: [
      {
        title: "Kiểm tra kết nối, điểm danh các điểm cầu",
        presenterRole: "Kỹ thuật viên điểm cầu chính",
        durationMinutes: 10,
        minutesSkeleton: "Hội nghị được kết nối tới {{points.count}} điểm cầu: {{points.list}}.",
      },
      {
        title: "Tuyên bố lý do, giới thiệu đại biểu tại các điểm cầu",
        presenterRole: "Lãnh đạo Văn phòng",
        durationMinutes: 10,
        minutesSkeleton: "Thành phần tham dự: {{attendance.summary}}.",
      },
      {
        title: "Phát biểu khai mạc",
        presenterRole: "Chủ trì hội nghị",
        durationMinutes: 10,
        minutesSkeleton: "Đồng chí {{chair.name}} - {{chair.title}} phát biểu khai mạc hội nghị.",
      },
      {
        title: "Báo cáo kết quả năm và nhiệm vụ năm tới",
        presenterRole: "Thủ trưởng cơ quan chủ trì tham mưu",
        durationMinutes: 30,
        minutesSkeleton: "Kết quả thực hiện các chỉ tiêu:\n{{indicators.table}}",
      },
      {
        title: "Tham luận của các đơn vị được phân công",
        presenterRole: "Các đơn vị được phân công",
        durationMinutes: 40,
        minutesSkeleton: "",
      },
      {
        title: "Thảo luận, ý kiến từ các điểm cầu",
        presenterRole: "Đại biểu các điểm cầu",
        durationMinutes: 30,
        minutesSkeleton: "",
      },
      {
        title: "Phát biểu của lãnh đạo cấp trên",
        presenterRole: "Lãnh đạo cấp trên",
        durationMinutes: 20,
        optional: true,
        minutesSkeleton: "",
      },
      {
        title: "Khen thưởng",
        presenterRole: "Lãnh đạo Văn phòng",
        durationMinutes: 15,
        optional: true,
        minutesSkeleton: "",
      },
      {
        title: "Kết luận của chủ trì",
        presenterRole: "Chủ trì hội nghị",
        durationMinutes: 20,
        minutesSkeleton: "Đồng chí {{chair.name}} kết luận hội nghị:\n{{conclusions.list}}",
      },
      {
        title: "Bế mạc",
        presenterRole: "Chủ trì hội nghị",
        durationMinutes: 5,
        minutesSkeleton: "Đồng chí {{chair.name}} - {{chair.title}} phát biểu bế mạc hội nghị.",
      },
    ],
  },
  {
    familyId: "giao-ban",
    name: "Giao ban định kỳ",
    kind: "BRIEFING",
    description: "Giao ban thường kỳ của lãnh đạo với các phòng, đơn vị.",
    items: [
      {
        title: "Rà soát kết luận giao ban lần trước và thời hạn thực hiện",
        presenterRole: "Văn phòng",
        durationMinutes: 15,
        minutesSkeleton: "{{previousConclusions.list}}",
      },
      {
        title: "Báo cáo nhanh của từng phòng, đơn vị",
        presenterRole: "Trưởng các phòng, đơn vị",
        durationMinutes: 45,
        minutesSkeleton: "",
      },
      { title: "Thảo luận, đề xuất", presenterRole: "Đại biểu dự họp", durationMinutes: 30, minutesSkeleton: "" },
      {
        title: "Kết luận và phân công nhiệm vụ của chủ trì",
        presenterRole: "Chủ trì",
        durationMinutes: 20,
        minutesSkeleton: "Đồng chí {{chair.name}} kết luận:\n{{conclusions.list}}",
      },
    ],
  },
  {
    familyId: "so-ket-6-thang",
    name: "Sơ kết 6 tháng",
    kind: "MID_TERM_REVIEW",
    description: "Sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.",
    items: [
      {
        title: "Tuyên bố lý do, giới thiệu đại biểu",
        presenterRole: "Lãnh đạo Văn phòng",
        durationMinutes: 10,
        minutesSkeleton: "Thành phần tham dự: {{attendance.summary}}.",
      },
      {
        title: "Báo cáo 6 tháng và nhiệm vụ 6 tháng cuối năm",
        presenterRole: "Thủ trưởng cơ quan chủ trì tham mưu",
        durationMinutes: 30,
        minutesSkeleton: "{{indicators.table}}",
      },
      { title: "Thảo luận", presenterRole: "Đại biểu dự họp", durationMinutes: 40, minutesSkeleton: "" },
      {
        title: "Kết luận của chủ trì",
        presenterRole: "Chủ trì hội nghị",
        durationMinutes: 20,
        minutesSkeleton: "Đồng chí {{chair.name}} kết luận:\n{{conclusions.list}}",
      },
      {
        title: "Bế mạc",
        presenterRole: "Chủ trì hội nghị",
        durationMinutes: 5,
        minutesSkeleton: "Đồng chí {{chair.name}} - {{chair.title}} phát biểu bế mạc hội nghị.",
      },
    ],
  },
];

/**
 * Stores the standard templates. Every new database gets them, the demo's and a real installation's
 * alike: a secretariat's first meeting needs an agenda before anyone has written one.
 */
export async function createAgendaTemplates(
  tx: Pick<Db, "agendaTemplate">,
): Promise<Partial<Record<MeetingKind, string>>> {
  const ids: Partial<Record<MeetingKind, string>> = {};
  for (const t of AGENDA_TEMPLATES) {
    const created = await tx.agendaTemplate.create({
      data: {
        familyId: t.familyId,
        name: t.name,
        kind: t.kind,
        description: t.description,
        items: { create: t.items.map((item, position) => ({ position, ...item })) },
      },
    });
    ids[t.kind] = created.id;
  }
  return ids;
}
