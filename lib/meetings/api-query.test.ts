import { describe, expect, it } from "vitest";
import { apiMeetingsQuerySchema, decodeCursor, encodeCursor } from "./api-query";

const parse = (query: Record<string, unknown>) => apiMeetingsQuerySchema.safeParse(query);
const messageOf = (query: Record<string, unknown>) => {
  const result = parse(query);
  return result.success ? null : result.error.issues[0]!.message;
};

describe("GET /api/v1/meetings query", () => {
  it("defaults to 50 meetings and no filter", () => {
    expect(parse({})).toEqual({ success: true, data: { limit: 50 } });
  });

  it("reads instants with an offset, a status, a limit and a cursor", () => {
    const cursor = encodeCursor({ startsAt: new Date("2027-01-05T01:00:00Z"), id: "cm123" });
    const result = parse({
      from: "2027-01-01T00:00:00+07:00",
      to: "2027-02-01T00:00:00Z",
      status: "SCHEDULED",
      limit: "100",
      cursor,
    });
    expect(result.success && result.data).toEqual({
      from: new Date("2026-12-31T17:00:00Z"),
      to: new Date("2027-02-01T00:00:00Z"),
      status: "SCHEDULED",
      limit: 100,
      cursor: { startsAt: new Date("2027-01-05T01:00:00Z"), id: "cm123" },
    });
  });

  it("names the parameter that is wrong", () => {
    expect(messageOf({ from: "2027-01-01" })).toBe("apiTokens.api.invalidFrom");
    expect(messageOf({ from: "2027-02-30T00:00:00Z" })).toBe("apiTokens.api.invalidFrom");
    expect(messageOf({ to: "tomorrow" })).toBe("apiTokens.api.invalidTo");
    expect(messageOf({ from: "2027-02-01T00:00:00Z", to: "2027-01-01T00:00:00Z" })).toBe("apiTokens.api.invalidRange");
    expect(messageOf({ status: "draft" })).toBe("apiTokens.api.invalidStatus");
    for (const limit of ["0", "101", "-1", "1.5", "abc", "", "1e2", "0x10"])
      expect(messageOf({ limit }), limit).toBe("apiTokens.api.invalidLimit");
    for (const cursor of ["", "!!", "eyJ4IjoxfQ", encodeCursor({ startsAt: new Date(), id: "" }), "x".repeat(300)]) {
      expect(messageOf({ cursor }), cursor).toBe("apiTokens.api.invalidCursor");
    }
    expect(messageOf({ limit: ["1", "2"] })).toBe("apiTokens.api.invalidLimit");
  });

  it("round-trips a cursor and refuses a forged one", () => {
    const cursor = { startsAt: new Date("2022-12-27T00:30:00Z"), id: "abc" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(Buffer.from('["not a date","abc"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
  });
});
