import { describe, expect, it } from "vitest";
import { formatMailbox, mailSenderOf, parseMailbox } from "./sender";

describe("parseMailbox", () => {
  it("reads MAIL_FROM written with a name, a quoted name or none", () => {
    expect(parseMailbox("Hội nghị <no-reply@hoinghi.local>")).toEqual({
      name: "Hội nghị",
      address: "no-reply@hoinghi.local",
    });
    expect(parseMailbox('"Văn phòng UBND" <vp@cualo.gov.vn>')).toEqual({
      name: "Văn phòng UBND",
      address: "vp@cualo.gov.vn",
    });
    expect(parseMailbox("<vp@cualo.gov.vn>")).toEqual({ name: "", address: "vp@cualo.gov.vn" });
    expect(parseMailbox(" vp@cualo.gov.vn ")).toEqual({ name: "", address: "vp@cualo.gov.vn" });
  });
});

describe("mailSenderOf", () => {
  const env = "Văn phòng <vanphong@cualo.gov.vn>";

  it("takes MAIL_FROM when nothing is set, and the default without it", () => {
    expect(mailSenderOf({ organisationName: null, mailFrom: null, envMailFrom: env })).toEqual({
      name: "Văn phòng",
      address: "vanphong@cualo.gov.vn",
    });
    expect(mailSenderOf({ organisationName: null, mailFrom: null, envMailFrom: " " })).toEqual({
      name: "Hội nghị",
      address: "no-reply@hoinghi.local",
    });
  });

  it("lets the settings override the address and name the organisation as the sender", () => {
    const sender = mailSenderOf({
      organisationName: "UBND thị xã Cửa Lò",
      mailFrom: "hoinghi@cualo.gov.vn",
      envMailFrom: env,
    });
    expect(sender).toEqual({ name: "UBND thị xã Cửa Lò", address: "hoinghi@cualo.gov.vn" });
    expect(formatMailbox(sender)).toBe("UBND thị xã Cửa Lò <hoinghi@cualo.gov.vn>");
    expect(formatMailbox({ name: "", address: "a@b.vn" })).toBe("a@b.vn");
  });
});
