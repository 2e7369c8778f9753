import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import {
  csvField,
  streamStatisticsCsv,
  streamStatisticsXlsx,
  UNIT_HEADERS,
  type ExportInput,
  type Slices,
} from "./export";
import type { MeetingAttendance, PointLine, UnitCompliance } from "./statistics";

const unit = (name: string, extra: Partial<UnitCompliance> = {}): UnitCompliance => ({
  unitId: name,
  unitName: name,
  invited: 2,
  answeredOnTime: 1,
  answeredLate: 1,
  notAnswered: 0,
  declined: 0,
  substitutes: 1,
  present: 3,
  absentWithReason: 1,
  absentWithoutReason: 0,
  onTimeRate: 50,
  attendanceRate: 75,
  ...extra,
});

const counts = {
  invitedUnits: 7,
  expected: 14,
  onSite: 12,
  online: 1,
  absentWithReason: 1,
  absentWithoutReason: 0,
  notYet: 0,
  walkIns: 0,
  present: 13,
  attendanceRate: 92.9,
};
const meeting: MeetingAttendance = {
  meetingId: "m1",
  title: "Hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023",
  startsAt: new Date("2022-12-27T07:30:00+07:00"),
  endsAt: new Date("2022-12-27T11:30:00+07:00"),
  status: "HELD",
  pointCount: 1,
  ...counts,
};
const point: PointLine = {
  pointId: "p1",
  name: "Điểm cầu thị xã Cửa Lò",
  isMain: false,
  ...counts,
  meeting: { id: meeting.meetingId, title: meeting.title, startsAt: meeting.startsAt },
};

/** A table given in slices, as the database hands it over. */
const sliced = <T>(...slices: T[][]): Slices<T> =>
  async function* () {
    yield* slices;
  };

const input: ExportInput = {
  from: "2022-01-01",
  to: "2022-12-31",
  scope: "Hội nghị do Tỉnh Nghệ An tổ chức",
  generatedAt: new Date("2023-01-05T08:00:00+07:00"),
  totals: { meetings: 1, compliance: { invited: 4 } },
  units: sliced(
    [unit("Phường Nghi Hải")],
    [unit('Hội "Cựu chiến binh", thị xã', { onTimeRate: null, attendanceRate: null })],
  ),
  meetings: sliced([meeting]),
  points: sliced([point]),
};

const csv = async (report: "units" | "meetings" | "points", of = input) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(
    await new Response(streamStatisticsCsv(of, report)).arrayBuffer(),
  );

describe("CSV", () => {
  it("quotes fields as RFC 4180 says", () => {
    expect(csvField("Phường Nghi Hải")).toBe("Phường Nghi Hải");
    expect(csvField("Nghi Hải, Nghi Hòa")).toBe('"Nghi Hải, Nghi Hòa"');
    expect(csvField('Hội "Cựu chiến binh"')).toBe('"Hội ""Cựu chiến binh"""');
    expect(csvField("dòng 1\ndòng 2")).toBe('"dòng 1\ndòng 2"');
    expect(csvField(104.9)).toBe("104.9");
    expect(csvField(null)).toBe("");
  });

  it("keeps a spreadsheet from running text as a formula", () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("+84 912")).toBe("'+84 912");
  });

  it("starts with a byte-order mark and ends lines with CRLF, even without rows", async () => {
    const empty = await csv("units", { ...input, units: sliced() });
    expect(empty).toBe(`\uFEFF${UNIT_HEADERS.map((h) => (h.startsWith("Tỷ lệ") ? `${h} (%)` : h)).join(",")}\r\n`);
  });

  it("writes one row per unit under the Vietnamese header, numbered across slices, rates as percentages", async () => {
    const lines = (await csv("units")).slice(1).split("\r\n");
    expect(lines[0]).toBe(UNIT_HEADERS.map((h) => (h.startsWith("Tỷ lệ") ? `${h} (%)` : h)).join(","));
    expect(lines[1]).toBe("1,Phường Nghi Hải,2,1,1,0,0,1,3,1,0,50,75");
    expect(lines[2]).toBe('2,"Hội ""Cựu chiến binh"", thị xã",2,1,1,0,0,1,3,1,0,,');
    expect(lines).toHaveLength(4); // header, two units, and the empty string after the last CRLF
  });

  it("writes per meeting and per point with Vietnamese dates", async () => {
    expect((await csv("meetings")).split("\r\n")[1]).toBe(
      '1,"Hội nghị tổng kết năm 2022, triển khai nhiệm vụ năm 2023",07:30 27/12/2022,1,7,14,12,1,1,0,0,0,13,92.9',
    );
    expect((await csv("points")).split("\r\n")[1]).toContain(",Điểm cầu thị xã Cửa Lò,,7,14,");
  });
});

describe("workbook", () => {
  it("reads back with exceljs: number cells, percentage formats, local times", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await new Response(streamStatisticsXlsx(input)).arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      "Theo đơn vị",
      "Theo hội nghị",
      "Theo điểm cầu",
      "Thông tin",
    ]);

    const units = workbook.getWorksheet("Theo đơn vị")!;
    expect((units.getRow(1).values as unknown[]).slice(1)).toEqual(UNIT_HEADERS);
    expect(units.rowCount).toBe(3);
    const hai = units.getRow(2);
    expect(hai.getCell(2).value).toBe("Phường Nghi Hải");
    expect(hai.getCell(3).value).toBe(2);
    expect(hai.getCell(12).value).toBe(0.5);
    expect(hai.getCell(12).numFmt).toBe("0.0%");
    expect(units.getRow(3).getCell(12).value).toBeNull();

    const meetings = workbook.getWorksheet("Theo hội nghị")!;
    const started = meetings.getRow(2).getCell(3).value as Date;
    expect(started.toISOString()).toBe("2022-12-27T07:30:00.000Z"); // the wall-clock time in Vietnam
    expect(meetings.getRow(2).getCell(14).value).toBe(0.929);

    const points = workbook.getWorksheet("Theo điểm cầu")!;
    expect(points.getRow(2).getCell(4).value).toBe("Điểm cầu thị xã Cửa Lò");

    const about = workbook.getWorksheet("Thông tin")!;
    expect(about.getRow(2).getCell(2).value).toBe("Từ ngày 01/01/2022 đến ngày 31/12/2022");
  });
});

describe("a download the client abandons", () => {
  /** Units without end, counting the slices read and noticing when the export stops asking. */
  function endless() {
    const state = { slices: 0, stopped: false };
    const units: Slices<UnitCompliance> = async function* () {
      try {
        for (;;) {
          state.slices++;
          yield Array.from({ length: 700 }, (_, i) => unit(`Đơn vị ${state.slices}-${i}`));
        }
      } finally {
        state.stopped = true;
      }
    };
    return { state, input: { ...input, units } };
  }

  for (const [format, stream] of [
    ["workbook", (i: ExportInput) => streamStatisticsXlsx(i)],
    ["CSV", (i: ExportInput) => streamStatisticsCsv(i, "units")],
  ] as const)
    it(`stops reading the database: the ${format}`, async () => {
      const { state, input } = endless();
      const reader = stream(input).getReader();
      while (state.slices === 0) await reader.read();
      await reader.read();
      await reader.cancel();
      await vi.waitFor(() => expect(state.stopped).toBe(true));
      expect(state.slices).toBeLessThan(50);
    });
});

describe("a large workbook", () => {
  it("reaches the client while it is written, not at its end", async () => {
    let delivered = 0;
    let deliveredAtHalf = -1;
    const units: Slices<UnitCompliance> = async function* () {
      for (let s = 0; s < 20; s++) {
        if (s === 10) deliveredAtHalf = delivered;
        yield Array.from({ length: 1000 }, (_, i) => unit(`Đơn vị ${s}-${i}`));
      }
    };
    const reader = streamStatisticsXlsx({ ...input, units }).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      delivered += value.byteLength;
    }
    // Half the rows read, the first part of the file had gone out: tens of kilobytes, not its first bytes.
    expect(deliveredAtHalf).toBeGreaterThan(20_000);
    expect(deliveredAtHalf).toBeLessThan(delivered);
  });
});
