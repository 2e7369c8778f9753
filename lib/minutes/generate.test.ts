import { describe, expect, it } from "vitest";
import { generateMinutes, placeholderValues, type MeetingFacts } from "./generate";
import { parseMarkup } from "./markup";
import { fillPlaceholders } from "./placeholders";

const long = { name: "Bùi Đình Long", title: "Phó Chủ tịch UBND tỉnh" };
const phuc = { name: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" };

const facts: MeetingFacts = {
  title: "Hội nghị trực tuyến tổng kết công tác lao động năm 2022",
  startsAt: new Date("2022-12-27T00:30:00Z"),
  endsAt: new Date("2022-12-27T04:30:00Z"),
  year: 2022,
  pointIndex: 0,
  points: [
    {
      name: "Hội trường UBND tỉnh",
      address: "Số 03 Trường Thi, TP Vinh",
      isMain: true,
      chair: long,
      secretary: { name: "Lê Minh Tuấn", title: "Chuyên viên Văn phòng UBND tỉnh" },
      participants: [
        {
          fullName: "Nguyễn Văn Quang",
          title: "Giám đốc Sở",
          unit: null,
          presence: "PRESENT_ON_SITE",
          absenceReason: null,
          replaces: null,
        },
      ],
    },
    {
      name: "Hội trường UBND thị xã Cửa Lò",
      address: null,
      isMain: false,
      chair: phuc,
      secretary: null,
      participants: [
        {
          fullName: "Trần Văn An",
          title: "Phó Chủ tịch UBND phường Nghi Hòa",
          unit: "Phường Nghi Hòa",
          presence: "PRESENT_ON_SITE",
          absenceReason: null,
          replaces: "Nguyễn Văn Hải",
        },
        {
          fullName: "Lê Thị Mai",
          title: null,
          unit: "Phường Nghi Hải",
          presence: "PRESENT_ONLINE",
          absenceReason: null,
          replaces: null,
        },
        {
          fullName: "Phạm Văn Tâm",
          title: "Công chức",
          unit: "Phường Nghi Thủy",
          presence: "ABSENT",
          absenceReason: "ốm",
          replaces: null,
        },
      ],
    },
  ],
  agenda: [
    {
      title: "Kiểm tra kết nối",
      presenter: null,
      minutesSkeleton: "Hội nghị được kết nối tới {{points.count}} điểm cầu: {{points.list}}.",
    },
    {
      title: "Báo cáo kết quả năm",
      presenter: { name: "Nguyễn Văn Quang", title: "Giám đốc Sở" },
      minutesSkeleton: "Kết quả:\n{{indicators.table}}",
    },
    {
      title: "Kết luận của chủ trì",
      presenter: null,
      minutesSkeleton: "Đồng chí {{chair.name}} - {{chair.title}} kết luận:\n{{conclusions.list}}",
    },
    {
      title: "Bế mạc",
      presenter: null,
      minutesSkeleton: "Hội nghị kết thúc vào lúc {{meeting.endTime}} {{meeting.date}}.",
    },
  ],
  indicators: [
    {
      name: "Số lao động được tạo việc làm mới",
      unitOfMeasure: "người",
      plan: 42_900,
      actual: 45_000,
      target: 43_000,
      note: null,
    },
  ],
  previousConclusions: "",
};

describe("generating the minutes", () => {
  const draft = generateMinutes(facts);

  it("takes the chair and secretary of the main point and names the place with the other points", () => {
    expect(draft.chair).toEqual(long);
    expect(draft.secretary.name).toBe("Lê Minh Tuấn");
    expect(draft.place).toBe("Hội trường UBND tỉnh, Số 03 Trường Thi, TP Vinh và 01 điểm cầu trực tuyến");
  });

  it("lists participants per point: on site, online and absent with the reason, separately", () => {
    const participants = draft.sections[0]!;
    expect(participants.heading).toBe("Thành phần tham dự");
    expect(participants.body).toContain(
      "**Điểm cầu Hội trường UBND thị xã Cửa Lò**, chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã.",
    );
    expect(participants.body).toContain(
      "Có mặt tại điểm cầu (1):\n- Đồng chí Trần Văn An - Phó Chủ tịch UBND phường Nghi Hòa (dự thay đồng chí Nguyễn Văn Hải)",
    );
    expect(participants.body).toContain("Tham dự trực tuyến (1):\n- Đồng chí Lê Thị Mai - Phường Nghi Hải");
    expect(participants.body).toContain("- Đồng chí Phạm Văn Tâm - Công chức, Phường Nghi Thủy (lý do: ốm)");
    // A title that names its unit is not followed by the unit again.
    expect(participants.body).toContain("- Đồng chí Trần Văn An - Phó Chủ tịch UBND phường Nghi Hòa (dự thay");
    expect(participants.body).toContain("Vắng mặt (1):\n");
  });

  it("fills each agenda item's skeleton: points, indicators with the computed percentage, dates in words", () => {
    expect(draft.sections.map((s) => s.heading)).toEqual([
      "Thành phần tham dự",
      "Kiểm tra kết nối",
      "Báo cáo kết quả năm",
      "Kết luận của chủ trì",
      "Bế mạc",
    ]);
    expect(draft.sections[1]!.body).toBe(
      "Hội nghị được kết nối tới 02 điểm cầu: Điểm cầu Hội trường UBND tỉnh (điểm cầu chính) (chủ trì: đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh); Điểm cầu Hội trường UBND thị xã Cửa Lò (chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã).",
    );
    expect(draft.sections[2]!.body.split("\n")[0]).toBe("Đồng chí Nguyễn Văn Quang - Giám đốc Sở trình bày.");
    const table = parseMarkup(draft.sections[2]!.body).find((b) => b.kind === "table");
    expect(table).toMatchObject({
      rows: [["1", "Số lao động được tạo việc làm mới", "người", "42.900", "45.000", "104,9%", "43.000"]],
    });
    expect(draft.sections[3]!.body).toBe(
      "Đồng chí Bùi Đình Long - Phó Chủ tịch UBND tỉnh kết luận:\n{{conclusions.list}}",
    );
    expect(draft.sections[4]!.body).toBe("Hội nghị kết thúc vào lúc 11 giờ 30 phút ngày 27 tháng 12 năm 2022.");
  });

  it("adds a conclusions section when the template has none", () => {
    const bare = generateMinutes({ ...facts, agenda: [] });
    expect(bare.sections.map((s) => s.heading)).toEqual(["Thành phần tham dự", "Nội dung hội nghị", "Kết luận"]);
    expect(bare.sections[2]!.body).toContain("{{conclusions.list}}");
  });

  it("records a hub's minutes with its own chair, secretary and people, naming the main point", () => {
    const hub = generateMinutes({
      ...facts,
      pointIndex: 1,
      points: [facts.points[0]!, { ...facts.points[1]!, secretary: { name: "Nguyễn Thị Hà", title: "Chuyên viên" } }],
    });
    expect(hub.chair).toEqual(phuc);
    expect(hub.secretary.name).toBe("Nguyễn Thị Hà");
    expect(hub.place).toBe(
      "Hội trường UBND thị xã Cửa Lò, kết nối trực tuyến với điểm cầu Hội trường UBND tỉnh (điểm cầu chính)",
    );
    expect(hub.sections[0]!.body).not.toContain("Nguyễn Văn Quang");
    expect(hub.sections[0]!.body).toContain("Trần Văn An");
  });

  it("summarises attendance in numbers", () => {
    expect(placeholderValues(facts)["attendance.summary"]).toBe(
      "3 đại biểu dự tại 2 điểm cầu (2 có mặt tại điểm cầu, 1 trực tuyến); vắng mặt 1 (danh sách tại mục 1)",
    );
  });
});

describe("placeholders", () => {
  it("leaves unknown placeholders visible and the conclusions token in place", () => {
    expect(fillPlaceholders("{{chair.name}} {{unknown.key}} {{ conclusions.list }}", { "chair.name": "Long" })).toBe(
      "Long {{unknown.key}} {{conclusions.list}}",
    );
  });
});
