import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { GET } from "@/app/calendar/feed/[token]/route";
import { newFeedToken } from "@/lib/testing/calendar-feed";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
const BRIEFING = "Giao ban công tác tuần của Thường trực UBND thị xã";

beforeAll(async () => {
  users = await seedDemoOnce();
});

function fetchFeed(segment: string) {
  return GET(new Request(`http://hoinghi.test/calendar/feed/${segment}`), {
    params: Promise.resolve({ token: segment }),
  });
}

/** RFC 5545 §3.1: a CRLF followed by a space continues the line. */
const unfold = (ics: string) => ics.replace(/\r\n /g, "");

describe("GET /calendar/feed/<token>.ics", () => {
  it("answers a valid token with the owner's calendar", async () => {
    const briefing = await db.meeting.findFirstOrThrow({ where: { title: BRIEFING } });
    const draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" } });
    const response = await fetchFeed(`${await newFeedToken(users.nghiHai)}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("private, max-age=300");
    const body = unfold(await response.text());
    expect(body.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(body).toContain(`UID:${briefing.id}@hoinghi\r\n`);
    expect(body).toContain(`SEQUENCE:${briefing.version}\r\n`);
    expect(body).toContain(`SUMMARY:${BRIEFING}\r\n`);
    expect(body).toContain(`URL:http://hoinghi.test/meetings/${briefing.id}\r\n`);
    expect(body).toContain("X-WR-CALNAME:Lịch họp - Trần Thị Lan\r\n");
    expect(body).toContain("Chủ trì: Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã");
    expect(body).not.toContain(draft.id);
  });

  it("gives the chair the provincial meeting at the Cửa Lò point, and marks a draft tentative", async () => {
    const body = unfold(await (await fetchFeed(`${await newFeedToken(users.chair)}.ics`)).text());
    expect(body).toContain(
      "LOCATION:Điểm cầu thị xã Cửa Lò - Hội trường UBND thị xã\\, Hội trường tầng 2\\, Trụ sở UBND thị xã Cửa Lò\r\n",
    );
    const draft = await db.meeting.findFirstOrThrow({ where: { status: "DRAFT" } });
    const event = body.slice(body.indexOf(`UID:${draft.id}@hoinghi`));
    expect(event.slice(0, event.indexOf("END:VEVENT"))).toContain("STATUS:TENTATIVE");
  });

  it("carries a confidential meeting as a busy slot, without its title, place or chair", async () => {
    const briefing = await db.meeting.findFirstOrThrow({ where: { title: BRIEFING } });
    await db.meeting.updateMany({ where: { title: BRIEFING }, data: { confidential: true } });
    try {
      const body = unfold(await (await fetchFeed(`${await newFeedToken(users.nghiHai)}.ics`)).text());
      const start = body.indexOf(`UID:${briefing.id}@hoinghi`);
      expect(start).toBeGreaterThan(0);
      const event = body.slice(start, body.indexOf("END:VEVENT", start));
      expect(event).toContain("SUMMARY:Cuộc họp\r\n");
      expect(event).toContain(`URL:http://hoinghi.test/meetings/${briefing.id}\r\n`);
      expect(event).not.toMatch(/LOCATION|DESCRIPTION/);
      expect(body).not.toContain(BRIEFING);
    } finally {
      await db.meeting.updateMany({ where: { title: BRIEFING }, data: { confidential: false } });
    }
  });

  it("answers 404 for an unknown token, a path without .ics, and a regenerated token", async () => {
    expect((await fetchFeed(`${"A".repeat(43)}.ics`)).status).toBe(404);
    expect((await fetchFeed("nonsense")).status).toBe(404);
    const token = await newFeedToken(users.secretariat);
    expect((await fetchFeed(token)).status).toBe(404);
    expect((await fetchFeed(`${token}.ics`)).status).toBe(200);
    await newFeedToken(users.secretariat);
    const gone = await fetchFeed(`${token}.ics`);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain("VCALENDAR");
  });
});
