import "server-only";
import { coalesce } from "./coalesce";
import { subscribeToMeeting } from "./bus";

/** A board refreshes at most once a second, however many changes arrive. */
export const REFRESH_INTERVAL_MS = 1000;
/** Open boards per user and app instance: enough for a few screens, not for exhausting the server. */
export const MAX_STREAMS_PER_USER = 5;
/** A comment this often keeps proxies from closing an idle connection; access is checked again with it. */
const KEEP_ALIVE_MS = 25_000;

const open = new Map<string, number>();

/** How many board streams a user has open on this instance (tests). */
export function openStreams(userId: string): number {
  return open.get(userId) ?? 0;
}

/**
 * The event stream of one meeting's board for one user: "change" when the meeting changed (coalesced),
 * "closed" and the end of the stream when the user may no longer watch it.
 */
export function boardEvents(options: {
  userId: string;
  meetingId: string;
  signal: AbortSignal;
  stillAllowed: () => Promise<boolean>;
  keepAliveMs?: number;
}): Response {
  const { userId, meetingId, signal, stillAllowed } = options;
  if (openStreams(userId) >= MAX_STREAMS_PER_USER) {
    return new Response("Too many open boards", { status: 429, headers: { "Retry-After": "30" } });
  }
  open.set(userId, openStreams(userId) + 1);
  const encoder = new TextEncoder();
  let cleanup = () => {};
  let released = false;
  /** Stops listening and gives the user's slot back, once. */
  const release = () => {
    if (released) return;
    released = true;
    cleanup();
    const left = openStreams(userId) - 1;
    if (left > 0) open.set(userId, left);
    else open.delete(userId);
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const close = () => {
        if (released) return;
        release();
        try {
          controller.close();
        } catch {}
      };
      const send = (text: string) => {
        if (released) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const checkThen = async (then: () => void) => {
        let allowed: boolean;
        try {
          allowed = await stillAllowed();
        } catch {
          return; // the database did not answer: skip this one, ask again next time
        }
        if (allowed) return then();
        send("event: closed\ndata: \n\n");
        close();
      };
      const refresh = coalesce(
        () => void checkThen(() => send(`event: change\ndata: ${meetingId}\n\n`)),
        REFRESH_INTERVAL_MS,
      );
      const unsubscribe = await subscribeToMeeting(meetingId, () => refresh.trigger());
      if (released) return unsubscribe(); // the client left while we subscribed
      const keepAlive = setInterval(
        () => void checkThen(() => send(": keep-alive\n\n")),
        options.keepAliveMs ?? KEEP_ALIVE_MS,
      );
      cleanup = () => {
        clearInterval(keepAlive);
        refresh.cancel();
        unsubscribe();
      };
      signal.addEventListener("abort", close);
      if (signal.aborted) close();
      send("retry: 3000\n\n");
    },
    cancel: release,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-cache, no-transform",
      Connection: "keep-alive",
    },
  });
}
