import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { closeBus, publishMeetingChange, subscribeToMeeting } from "./bus";

const target = resolveDatabaseUrl(process.env);
const onPostgres = target.provider === "postgresql";

afterAll(closeBus);

/** The next change a board of `meetingId` hears. */
function nextChange(meetingId: string): Promise<{ received: Promise<string>; stop: () => void }> {
  let resolve: (id: string) => void = () => {};
  const received = new Promise<string>((r) => (resolve = r));
  return subscribeToMeeting(meetingId, (id) => resolve(id)).then((stop) => ({ received, stop }));
}

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms)),
  ]);

/** Another app instance is just another connection. */
async function elsewhere<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  if (target.provider !== "postgresql") throw new Error("PostgreSQL only");
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe("live board bus", () => {
  it("tells a board about a change to its meeting, and not about other meetings", async () => {
    const other: string[] = [];
    const stopOther = await subscribeToMeeting("meeting-b", (id) => other.push(id));
    const { received, stop } = await nextChange("meeting-a");
    await publishMeetingChange("meeting-a");
    expect(await within(received, 5000)).toBe("meeting-a");
    expect(other).toEqual([]);
    stop();
    stopOther();
  });

  it("keeps a failing board (a closed stream) from failing the publisher or the other boards", async () => {
    const stopBroken = await subscribeToMeeting("meeting-c", () => {
      throw new Error("the stream is closed");
    });
    const { received, stop } = await nextChange("meeting-c");
    await expect(publishMeetingChange("meeting-c")).resolves.toBeUndefined();
    expect(await within(received, 5000)).toBe("meeting-c");
    stop();
    stopBroken();
  });

  it.runIf(onPostgres)("on PostgreSQL, hears a change published by another app instance", async () => {
    const { received, stop } = await nextChange("meeting-from-elsewhere");
    await elsewhere((c) => c.query("SELECT pg_notify('hoinghi_meeting_changed', 'meeting-from-elsewhere')"));
    expect(await within(received, 5000)).toBe("meeting-from-elsewhere");
    stop();
  });

  it.runIf(onPostgres)(
    "on PostgreSQL, reopens a LISTEN connection the server ended, and tells open boards to catch up",
    async () => {
      const caughtUp = await nextChange("meeting-d");
      const ended = await elsewhere(async (c) => {
        const { rows } = await c.query(
          "SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN hoinghi_meeting_changed'",
        );
        return rows.length;
      });
      expect(ended).toBe(1);
      // Changes made while it was down were not heard: the board is told to refresh once it is back.
      expect(await within(caughtUp.received, 10_000)).toBe("meeting-d");
      caughtUp.stop();
      const after = await nextChange("meeting-d");
      await elsewhere((c) => c.query("SELECT pg_notify('hoinghi_meeting_changed', 'meeting-d')"));
      expect(await within(after.received, 5000)).toBe("meeting-d");
      after.stop();
    },
    20_000,
  );
});
