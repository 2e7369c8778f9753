import { describe, expect, it } from "vitest";
import { renderCalendar, type CalendarEvent } from "./ics";

const octets = (line: string) => new TextEncoder().encode(line).length;

/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, "").split("\r\n");
}

function property(ics: string, name: string): string[] {
  return unfold(ics)
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(":") + 1));
}

const TITLE =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023 — điểm cầu Cửa Lò, Nghệ An";

const meeting: CalendarEvent = {
  uid: "cm123@hoinghi",
  sequence: 3,
  // 07:30–11:00 in Vietnam (UTC+7).
  startsAt: new Date("2027-01-11T07:30:00+07:00"),
  endsAt: new Date("2027-01-11T11:00:00+07:00"),
  title: TITLE,
  location: "Hội trường UBND thị xã Cửa Lò, số 1 đường Bình Minh",
  description: "Chủ trì: đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã.\nThành phần: lãnh đạo 7 phường.",
  url: "https://hoinghi.example.vn/meetings/cm123",
  status: "CONFIRMED",
  updatedAt: new Date("2027-01-05T02:15:00Z"),
};

describe("renderCalendar", () => {
  const ics = renderCalendar({ name: "Lịch họp - UBND thị xã Cửa Lò", events: [meeting] });

  it("ends every line, the last included, with CRLF and no bare LF", () => {
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("writes the calendar header, its properties before any component", () => {
    const lines = unfold(ics);
    expect(lines.slice(0, 8)).toEqual([
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//hoinghi//Lich hop//VI",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Lịch họp - UBND thị xã Cửa Lò",
      "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
      "BEGIN:VEVENT",
    ]);
  });

  it("folds Vietnamese text at 75 octets without splitting a character, and unfolding restores it", () => {
    const physical = ics.split("\r\n").filter(Boolean);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    // Folding happened, and a naive decoder sees no broken UTF-8 on any physical line.
    expect(physical.filter((line) => line.startsWith(" ")).length).toBeGreaterThan(1);
    for (const line of physical) {
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    }
    expect(property(ics, "SUMMARY")).toEqual([TITLE.replace(/,/g, "\\,")]);
  });

  it("never splits a letter from its tone mark, even in NFD text", () => {
    const nfd = "Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy Thủy".normalize("NFD");
    const out = renderCalendar({ name: nfd, events: [] });
    for (const line of out.split("\r\n")) {
      expect(line.startsWith(" \u0309") || line.startsWith(" \u031B")).toBe(false);
    }
    // Text is stored in NFC (domain rule), so the feed carries NFC too.
    expect(property(out, "X-WR-CALNAME")).toEqual([nfd.normalize("NFC")]);
  });

  it("keeps 4-octet characters whole", () => {
    const out = renderCalendar({ name: "😀".repeat(40), events: [] });
    const physical = out.split("\r\n");
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(property(out, "X-WR-CALNAME")).toEqual(["😀".repeat(40)]);
  });

  it("escapes backslash, semicolon, comma and line breaks in TEXT, but not in the URL", () => {
    const out = renderCalendar({
      name: "a",
      events: [
        { ...meeting, title: "A; B, C \\ D", description: "one\r\ntwo\nthree\rfour", url: "https://x.vn/m?a=1,2;b" },
      ],
    });
    expect(property(out, "SUMMARY")).toEqual(["A\\; B\\, C \\\\ D"]);
    expect(property(out, "DESCRIPTION")).toEqual(["one\\ntwo\\nthree\\nfour"]);
    expect(property(out, "URL")).toEqual(["https://x.vn/m?a=1,2;b"]);
  });

  it("writes times in UTC", () => {
    expect(property(ics, "DTSTART")).toEqual(["20270111T003000Z"]);
    expect(property(ics, "DTEND")).toEqual(["20270111T040000Z"]);
    expect(property(ics, "DTSTAMP")).toEqual(["20270105T021500Z"]);
    expect(property(ics, "LAST-MODIFIED")).toEqual(["20270105T021500Z"]);
    expect(ics).not.toContain("TZID");
  });

  it("writes the stable UID and the sequence, so calendar apps apply updates", () => {
    expect(property(ics, "UID")).toEqual(["cm123@hoinghi"]);
    expect(property(ics, "SEQUENCE")).toEqual(["3"]);
    expect(property(ics, "STATUS")).toEqual(["CONFIRMED"]);
  });

  it("marks a cancelled event cancelled and free", () => {
    const out = renderCalendar({ name: "a", events: [{ ...meeting, status: "CANCELLED", sequence: 4 }] });
    expect(property(out, "STATUS")).toEqual(["CANCELLED"]);
    expect(property(out, "TRANSP")).toEqual(["TRANSPARENT"]);
    expect(property(out, "SEQUENCE")).toEqual(["4"]);
    expect(property(ics, "TRANSP")).toEqual([]);
  });

  it("leaves out optional properties that are not given and writes one VEVENT per event", () => {
    const bare: CalendarEvent = {
      ...meeting,
      uid: "b@hoinghi",
      location: undefined,
      description: undefined,
      url: undefined,
    };
    const out = renderCalendar({ name: "a", events: [meeting, bare] });
    expect(property(out, "BEGIN")).toEqual(["VCALENDAR", "VEVENT", "VEVENT"]);
    expect(property(out, "LOCATION")).toHaveLength(1);
    expect(property(out, "URL")).toHaveLength(1);
  });

  it("is deterministic", () => {
    expect(renderCalendar({ name: "Lịch họp - UBND thị xã Cửa Lò", events: [meeting] })).toBe(ics);
  });

  it("rejects events that cannot be valid iCalendar", () => {
    const render = (event: CalendarEvent) => () => renderCalendar({ name: "a", events: [event] });
    expect(render({ ...meeting, endsAt: meeting.startsAt })).toThrow(RangeError);
    expect(render({ ...meeting, sequence: -1 })).toThrow(RangeError);
    expect(render({ ...meeting, uid: " " })).toThrow(RangeError);
    expect(render({ ...meeting, startsAt: new Date("nope") })).toThrow(RangeError);
    expect(render({ ...meeting, url: "not a url" })).toThrow(TypeError);
  });
});
