import { describe, expect, it } from "vitest";
import { addWalkInSchema, defaultPeriod, markAttendanceSchema, resolvePeriod } from "./schema";

const NOW = new Date("2026-12-31T18:00:00Z"); // already 1 January 2027 in Vietnam

describe("markAttendanceSchema", () => {
  it("needs a reason for an absence and drops it otherwise", () => {
    expect(
      markAttendanceSchema.safeParse({ attendeeId: "a1", status: "ABSENT", absenceReason: "  " }).error?.issues[0],
    ).toMatchObject({ path: ["absenceReason"], message: "attendance.checkIn.validation.reasonRequired" });
    expect(markAttendanceSchema.parse({ attendeeId: "a1", status: "ABSENT", absenceReason: "Đi công tác" })).toEqual({
      attendeeId: "a1",
      status: "ABSENT",
      absenceReason: "Đi công tác",
    });
    expect(markAttendanceSchema.parse({ attendeeId: "a1", status: "PRESENT_ONLINE", absenceReason: "Ốm" })).toEqual({
      attendeeId: "a1",
      status: "PRESENT_ONLINE",
      absenceReason: null,
    });
    expect(markAttendanceSchema.safeParse({ attendeeId: "a1", status: "LATE" }).error?.issues[0]?.message).toBe(
      "attendance.checkIn.validation.chooseStatus",
    );
  });

  it("stores the reason in NFC", () => {
    const nfd = "Ốm".normalize("NFD");
    expect(markAttendanceSchema.parse({ attendeeId: "a1", status: "ABSENT", absenceReason: nfd }).absenceReason).toBe(
      "Ốm".normalize("NFC"),
    );
  });
});

describe("addWalkInSchema", () => {
  it("cleans names to NFC and makes an empty unit null", () => {
    const parsed = addWalkInSchema.parse({
      meetingPointId: "p1",
      fullName: "  Nguyễn   Văn Hải ".normalize("NFD"),
      title: "Phóng viên",
      unitName: "",
    });
    expect(parsed).toEqual({ meetingPointId: "p1", fullName: "Nguyễn Văn Hải", title: "Phóng viên", unitName: null });
    expect(
      addWalkInSchema.parse({ meetingPointId: "p1", fullName: "A", title: "B", unitName: " Phường  Nghi Hải " })
        .unitName,
    ).toBe("Phường Nghi Hải");
    expect(addWalkInSchema.safeParse({ meetingPointId: "p1", fullName: " ", title: "B" }).success).toBe(false);
  });
});

describe("resolvePeriod", () => {
  it("defaults to the current year in Vietnam", () => {
    expect(defaultPeriod(NOW)).toMatchObject({ from: "2027-01-01", to: "2027-12-31" });
    const r = resolvePeriod({}, NOW);
    expect(r).toMatchObject({ ok: true, period: { from: "2027-01-01", to: "2027-12-31" } });
    if (r.ok) {
      expect(r.period.start.toISOString()).toBe("2026-12-31T17:00:00.000Z");
      expect(r.period.end.toISOString()).toBe("2027-12-31T17:00:00.000Z");
    }
    expect(resolvePeriod({ from: "", to: "" }, NOW)).toMatchObject({ ok: true, period: { from: "2027-01-01" } });
  });

  it("takes a given period, both days included", () => {
    const r = resolvePeriod({ from: "2022-12-27", to: "2022-12-27" }, NOW);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) expect(r.period.end.getTime() - r.period.start.getTime()).toBe(86_400_000);
  });

  it("refuses impossible dates, a backwards period and one too long", () => {
    expect(resolvePeriod({ from: "2023-02-30" }, NOW)).toMatchObject({
      ok: false,
      field: "from",
      message: "validation.date",
    });
    expect(resolvePeriod({ to: "2023-13-01" }, NOW)).toMatchObject({
      ok: false,
      field: "to",
      message: "validation.date",
    });
    expect(resolvePeriod({ from: "27/12/2022" }, NOW)).toMatchObject({ ok: false, message: "validation.date" });
    expect(resolvePeriod({ from: ["2022-01-01"] }, NOW)).toMatchObject({ ok: false, message: "validation.date" });
    expect(resolvePeriod({ from: "2023-01-02", to: "2023-01-01" }, NOW)).toMatchObject({
      ok: false,
      field: "to",
      message: "attendance.statistics.validation.toBeforeFrom",
    });
    expect(resolvePeriod({ from: "2010-01-01", to: "2023-01-01" }, NOW)).toMatchObject({
      ok: false,
      message: "attendance.statistics.validation.tooLong",
    });
  });
});
