import { describe, expect, it } from "vitest";
import { answerSchema } from "./answer-schema";

describe("answerSchema", () => {
  it("reads a plain form post with repeated attendee fields and drops empty rows", () => {
    const parsed = answerSchema.parse({
      invitationId: "inv1",
      kind: "CONFIRM",
      attendeeName: ["Nguyễn Văn Hải", "  ", "Trần Thị Lan".normalize("NFD")],
      attendeeTitle: ["Chủ tịch UBND phường", "", "Công chức"],
    });
    expect(parsed.attendees).toEqual([
      { fullName: "Nguyễn Văn Hải", title: "Chủ tịch UBND phường" },
      { fullName: "Trần Thị Lan", title: "Công chức" },
    ]);
  });

  it("accepts a single attendee sent as plain strings", () => {
    expect(answerSchema.parse({ invitationId: "i", kind: "CONFIRM", attendeeName: "Lê Văn Hòa" }).attendees).toEqual([
      { fullName: "Lê Văn Hòa", title: null },
    ]);
  });

  it("needs someone to confirm, a reason to decline, and who is replaced for a substitute", () => {
    const issues = (input: object) =>
      answerSchema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}:${i.message}`);
    expect(issues({ invitationId: "i", kind: "CONFIRM", attendeeName: [""] })).toEqual([
      "attendeeName:answers.validation.nameSomeone",
    ]);
    expect(issues({ invitationId: "i", kind: "DECLINE" })).toEqual(["reason:answers.validation.reasonRequired"]);
    expect(
      issues({ invitationId: "i", kind: "SUBSTITUTE", attendeeName: "Ngô Văn An", reason: "Đi công tác" }),
    ).toEqual(["replacesName:answers.validation.whoIsReplaced"]);
    expect(
      issues({ invitationId: "i", kind: "CONFIRM", attendeeName: [""], attendeeTitle: ["Phó Chủ tịch"] }),
    ).toContain("attendeeName.0:answers.validation.nameForTitle");
    expect(issues({ invitationId: "i", kind: "MAYBE" })?.[0]).toBe("kind:answers.validation.chooseAnswer");
  });

  it("ignores attendees on a decline", () => {
    expect(
      answerSchema.parse({ invitationId: "i", kind: "DECLINE", reason: "Trùng lịch", attendeeName: "X" }).attendees,
    ).toEqual([]);
  });
});
