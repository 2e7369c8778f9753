import { describe, expect, it } from "vitest";
import { currentPostOf, postEndRefusal, type Appointment } from "./appointment";

const day = (d: string) => new Date(`${d}T00:00:00+07:00`);
const phuc: Appointment = {
  title: "Phó Chủ tịch UBND thành phố Vinh",
  unitId: "vinh",
  validFrom: day("2024-12-01"),
  validTo: null,
  posts: [
    {
      id: "p2",
      title: "Phó Chủ tịch UBND thành phố Vinh",
      unitId: "vinh",
      validFrom: day("2024-12-01"),
      validTo: null,
    },
    { id: "p1", title: "Phó Chủ tịch UBND thị xã", unitId: "cua-lo", validFrom: null, validTo: day("2024-12-01") },
  ],
};

describe("currentPostOf", () => {
  it("is the latest recorded post", () => {
    expect(currentPostOf(phuc)).toEqual({ id: "p2", validFrom: day("2024-12-01") });
  });

  it("is the record itself for an official recorded before posts were kept", () => {
    expect(currentPostOf({ ...phuc, posts: [], validFrom: null })).toEqual({ id: null, validFrom: null });
  });
});

describe("postEndRefusal", () => {
  it("lets the current post end on any later day", () => {
    expect(postEndRefusal(phuc, day("2025-07-01"))).toBeNull();
    expect(postEndRefusal({ ...phuc, posts: [], validFrom: null }, day("2020-01-01"))).toBeNull();
  });

  it("refuses to end it on or before the day it began", () => {
    expect(postEndRefusal(phuc, day("2024-12-01"))).toBe("officialAdmin.validation.notAfterCurrentPost");
    expect(postEndRefusal(phuc, day("2024-06-01"))).toBe("officialAdmin.validation.notAfterCurrentPost");
  });

  it("refuses any change once the appointment has ended", () => {
    expect(postEndRefusal({ ...phuc, validTo: day("2025-07-01") }, day("2026-01-01"))).toBe(
      "officialAdmin.errors.appointmentEnded",
    );
  });
});
