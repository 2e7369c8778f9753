import { describe, expect, it } from "vitest";
import { feedPath, originFrom, tokenFromSegment } from "./urls";

const TOKEN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJK_-0123"; // 43 base64url characters

describe("feed URLs", () => {
  it("reads the token only from a '<token>.ics' segment", () => {
    expect(feedPath(TOKEN)).toBe(`/calendar/feed/${TOKEN}.ics`);
    expect(tokenFromSegment(`${TOKEN}.ics`)).toBe(TOKEN);
    expect(tokenFromSegment(TOKEN)).toBeNull();
    expect(tokenFromSegment(`${TOKEN.slice(1)}.ics`)).toBeNull();
    expect(tokenFromSegment("../../etc.ics")).toBeNull();
  });

  it("builds the origin from the request, behind a proxy too", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(originFrom(headers({ host: "localhost:3100" }))).toBe("http://localhost:3100");
    expect(
      originFrom(
        headers({ host: "10.0.0.5:3000", "x-forwarded-host": "hoinghi.nghean.gov.vn", "x-forwarded-proto": "https" }),
      ),
    ).toBe("https://hoinghi.nghean.gov.vn");
    expect(originFrom(headers({ host: "a.example, b.example", "x-forwarded-proto": "https,http" }))).toBe(
      "https://a.example",
    );
    expect(originFrom(headers({ host: "evil.example/<script>" }))).toBe("http://localhost");
    expect(originFrom(headers({}))).toBe("http://localhost");
  });
});
