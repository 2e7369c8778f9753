import { describe, expect, it } from "vitest";
import { icsStatus, pointFor, toCalendarEvent, type CalendarMeeting, type CalendarPoint } from "./events";
import { calendarText } from "./labels";
import { renderCalendar } from "./ics";

const point = (over: Partial<CalendarPoint> & { name: string; host: string }): CalendarPoint => ({
  isMain: false,
  chairOfficialId: null,
  chair: null,
  invitations: [],
  ...over,
  connectionPoint: { name: over.name, address: null, room: null, hostUnitId: over.host },
});

const main = point({
  name: "Điểm cầu chính",
  host: "province",
  isMain: true,
  chairOfficialId: "long",
  chair: { fullName: "Bùi Đình Long", title: "Phó Chủ tịch UBND tỉnh" },
});
const cuaLo = point({
  name: "Điểm cầu Cửa Lò",
  host: "town",
  chairOfficialId: "phuc",
  chair: { fullName: "Hoàng Văn Phúc", title: "Phó Chủ tịch UBND thị xã" },
});

const meeting: CalendarMeeting = {
  id: "m1",
  title: "Hội nghị trực tuyến tổng kết năm 2022",
  status: "SCHEDULED",
  startsAt: new Date("2022-12-27T00:30:00Z"),
  endsAt: new Date("2022-12-27T04:30:00Z"),
  version: 4,
  updatedAt: new Date("2022-12-20T00:00:00Z"),
  description: "Đánh giá kết quả năm 2022.",
  confidential: false,
  cancelReason: null,
  organiserUnit: { name: "Tỉnh Nghệ An" },
  points: [
    main,
    {
      ...cuaLo,
      connectionPoint: { ...cuaLo.connectionPoint, room: "Hội trường tầng 2", address: "Trụ sở UBND thị xã Cửa Lò" },
    },
  ],
};

const { labels } = calendarText("vi");
const options = { user: { officialId: null, unitId: "elsewhere" }, origin: "https://hoinghi.example", labels };

describe("icsStatus", () => {
  it("maps cancelled, draft and the rest", () => {
    expect(icsStatus("CANCELLED")).toBe("CANCELLED");
    expect(icsStatus("DRAFT")).toBe("TENTATIVE");
    expect(icsStatus("SCHEDULED")).toBe("CONFIRMED");
    expect(icsStatus("HELD")).toBe("CONFIRMED");
  });
});

describe("pointFor", () => {
  it("prefers the point the user chairs, then their unit's invitation, then their unit's hall, then the main point", () => {
    const invited = point({ name: "Điểm cầu phường", host: "ward", invitations: [{ id: "i" }] });
    expect(pointFor({ officialId: "phuc", unitId: "x" }, [main, invited, cuaLo])).toBe(cuaLo);
    expect(pointFor({ officialId: null, unitId: "x" }, [main, cuaLo, invited])).toBe(invited);
    expect(pointFor({ officialId: null, unitId: "town" }, [main, cuaLo])).toBe(cuaLo);
    expect(pointFor({ officialId: null, unitId: "x" }, [cuaLo, main])).toBe(main);
    expect(pointFor({ officialId: null, unitId: "x" }, [])).toBeUndefined();
  });
});

describe("toCalendarEvent", () => {
  it("uses the meeting's id and version as UID and SEQUENCE, and links back to it", () => {
    expect(toCalendarEvent(meeting, options)).toMatchObject({
      uid: "m1@hoinghi",
      sequence: 4,
      status: "CONFIRMED",
      url: "https://hoinghi.example/meetings/m1",
      location: "Điểm cầu chính",
      description:
        "Đơn vị tổ chức: Tỉnh Nghệ An\nChủ trì: Bùi Đình Long - Phó Chủ tịch UBND tỉnh\n\nĐánh giá kết quả năm 2022.",
    });
  });

  it("places the Cửa Lò chair at his own point, with room and address", () => {
    const event = toCalendarEvent(meeting, { ...options, user: { officialId: "phuc", unitId: "town" } });
    expect(event.location).toBe("Điểm cầu Cửa Lò, Hội trường tầng 2, Trụ sở UBND thị xã Cửa Lò");
    expect(event.description).toContain("Chủ trì: Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã");
  });

  it("makes a confidential meeting a busy slot: neutral title, no place, no description", () => {
    const secret = { ...meeting, confidential: true };
    const event = toCalendarEvent(secret, { ...options, user: { officialId: "phuc", unitId: "town" } });
    expect(event).toEqual({
      uid: "m1@hoinghi",
      sequence: 4,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      title: "Cuộc họp",
      url: "https://hoinghi.example/meetings/m1",
      status: "CONFIRMED",
      updatedAt: meeting.updatedAt,
    });
    const ics = renderCalendar({ name: "Lịch", events: [event] });
    for (const secretWord of ["tổng kết", "Cửa Lò", "Hội trường", "Hoàng Văn Phúc", "Nghệ An", "Đánh giá"])
      expect(ics).not.toContain(secretWord);
    const cancelled = toCalendarEvent({ ...secret, status: "CANCELLED", cancelReason: "Hoãn vì bão" }, options);
    expect(cancelled).toMatchObject({ title: "Cuộc họp", status: "CANCELLED" });
    expect(cancelled.description).toBeUndefined();
  });

  it("gives a cancelled meeting its reason", () => {
    const cancelled = toCalendarEvent({ ...meeting, status: "CANCELLED", cancelReason: "Hoãn do bão" }, options);
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.description).toContain("Lý do hủy: Hoãn do bão");
  });

  it("speaks English when asked", () => {
    expect(toCalendarEvent(meeting, { ...options, labels: calendarText("en").labels }).description).toMatch(
      /^Organiser: Tỉnh Nghệ An\nChair: /,
    );
  });
});
