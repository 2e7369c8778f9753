import { afterAll, describe, expect, it } from "vitest";
import { closeBus, publishMeetingChange } from "./bus";
import { boardEvents, MAX_STREAMS_PER_USER, openStreams } from "./board-stream";

afterAll(closeBus);

/** Reads a stream's events as they come. */
function reader(response: Response) {
  const chunks = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  const events: string[] = [];
  let done = false;
  const pump = (async () => {
    for (;;) {
      const { value, done: end } = await chunks.read();
      if (end) break;
      buffer += value;
      const parts = buffer.split("\n\n");
      buffer = parts.pop()!;
      events.push(...parts.map((p) => /^event: (\w+)/.exec(p)?.[1] ?? p).filter((e) => !e.startsWith(":")));
    }
    done = true;
  })();
  return { events, isDone: () => done, pump, cancel: () => chunks.cancel() };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function open(userId: string, meetingId: string, stillAllowed = async () => true) {
  const controller = new AbortController();
  const response = boardEvents({ userId, meetingId, signal: controller.signal, stillAllowed, keepAliveMs: 200 });
  return { response, abort: () => controller.abort() };
}

describe("a live board's event stream", () => {
  it("refreshes at once, then at most once a second, however many changes arrive", async () => {
    const board = open("user-a", "meeting-burst");
    const events = reader(board.response);
    await sleep(100);
    for (let i = 0; i < 30; i++) await publishMeetingChange("meeting-burst");
    await sleep(300);
    expect(events.events.filter((e) => e === "change")).toHaveLength(1);
    await sleep(1000);
    expect(events.events.filter((e) => e === "change")).toHaveLength(2);
    board.abort();
    await events.pump;
    expect(openStreams("user-a")).toBe(0);
  });

  it(`lets a user open at most ${MAX_STREAMS_PER_USER} boards at once`, async () => {
    const boards = Array.from({ length: MAX_STREAMS_PER_USER }, () => open("user-b", "meeting-cap"));
    expect(boards.every((b) => b.response.status === 200)).toBe(true);
    await sleep(50);
    const extra = open("user-b", "meeting-cap");
    expect(extra.response.status).toBe(429);
    expect(open("user-c", "meeting-cap").response.status).toBe(200);
    boards.forEach((b) => b.abort());
    await sleep(50);
    expect(openStreams("user-b")).toBe(0);
  });

  it("closes the board of a user who lost access, at the next change or keep-alive", async () => {
    let allowed = true;
    const board = open("user-d", "meeting-access", async () => allowed);
    const events = reader(board.response);
    await sleep(100);
    allowed = false;
    await publishMeetingChange("meeting-access");
    await events.pump;
    expect(events.events.at(-1)).toBe("closed");
    expect(events.events).not.toContain("change");
    expect(openStreams("user-d")).toBe(0);
  });
});
