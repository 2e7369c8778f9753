import { describe, expect, it } from "vitest";
import { meetingNoun, meetingPhrase } from "./wording";

describe("naming the meeting in a document's sentence", () => {
  it("keeps a title that says what it is, with its capital", () => {
    expect(meetingPhrase("Hội nghị trực tuyến tổng kết năm 2022.", "YEAR_END_REVIEW")).toBe(
      "Hội nghị trực tuyến tổng kết năm 2022",
    );
    expect(meetingPhrase("Phiên họp thường kỳ tháng 12", "COMMITTEE_SESSION")).toBe("Phiên họp thường kỳ tháng 12");
  });

  it("puts the kind's noun before any other title, which becomes a common noun", () => {
    expect(meetingPhrase("Giao ban tuần của Thường trực UBND thị xã", "BRIEFING")).toBe(
      "cuộc họp giao ban tuần của Thường trực UBND thị xã",
    );
    expect(meetingPhrase("Sơ kết 6 tháng đầu năm", "MID_TERM_REVIEW")).toBe("hội nghị sơ kết 6 tháng đầu năm");
    expect(meetingPhrase("UBND thị xã làm việc với các phường", "PROBLEM_SOLVING")).toBe(
      "cuộc họp UBND thị xã làm việc với các phường",
    );
  });

  it("has a noun for every kind of meeting", () => {
    const kinds = [
      "YEAR_END_REVIEW",
      "MID_TERM_REVIEW",
      "BRIEFING",
      "COMMITTEE_SESSION",
      "THEMATIC",
      "ADVISORY",
      "PROBLEM_SOLVING",
      "PROFESSIONAL",
    ] as const;
    for (const kind of kinds) expect(["hội nghị", "cuộc họp", "phiên họp"]).toContain(meetingNoun(kind));
  });
});
