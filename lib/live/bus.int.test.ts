import { describe, expect, it } from "vitest";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { publishMeetingChange, subscribeToMeeting } from "./bus";

const target = resolveDatabaseUrl(process.env);

function nextChange(meetingId: string): Promise<{ received: Promise<string>; stop: () => void }> {
  let resolve: (id: string) => void = () => {};
  const received = new Promise<string>((r) => (resolve = r));
  return subscribeToMeeting(meetingId, resolve).then((stop) => ({ received, stop }));
}

describe("live board bus", () => {
  it("tells a board about a change to its meeting, and not about other meetings", async () => {
    const other: string[] = [];
    const stopOther = await subscribeToMeeting("meeting-b", (id) => other.push(id));
    const { received, stop } = await nextChange("meeting-a");
    await publishMeetingChange("meeting-a");
    expect(await received).toBe("meeting-a");
    expect(other).toEqual([]);
    stop();
    stopOther();
  });

  it.runIf(target.provider === "postgresql")(
    "on PostgreSQL, hears a change published by another app instance",
    async () => {
      if (target.provider !== "postgresql") return;
      const { received, stop } = await nextChange("meeting-from-elsewhere");
      // Another instance is just another connection sending the same NOTIFY.
      const elsewhere = new pg.Client({ connectionString: target.url });
      await elsewhere.connect();
      await elsewhere.query("SELECT pg_notify('hoinghi_meeting_changed', 'meeting-from-elsewhere')");
      await elsewhere.end();
      expect(await received).toBe("meeting-from-elsewhere");
      stop();
    },
  );
});
