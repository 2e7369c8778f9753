import "server-only";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { reconnectDelayMs } from "./coalesce";

// "Something changed in meeting X": boards listening for X refresh. Within one process the change is
// handed to the listeners directly; on PostgreSQL, NOTIFY/LISTEN carries it to every app instance
// (including this one). The bus is best effort by design: a change is already committed when it is
// published, so nothing here may ever turn a saved answer into an error for the user. A dropped LISTEN
// connection is reopened with back-off, and every open board is then told to refresh, since changes
// made meanwhile were not heard.
const CHANNEL = "hoinghi_meeting_changed";
type Listener = (meetingId: string) => void;

interface Bus {
  listeners: Map<string, Set<Listener>>;
  pool?: pg.Pool;
  listener?: pg.Client;
  /** The connection under way or open; undefined when none is. */
  listening?: Promise<void>;
  failures: number;
  retry?: NodeJS.Timeout;
}

const cache = globalThis as unknown as { hoinghiLiveBus?: Bus };
const bus: Bus = (cache.hoinghiLiveBus ??= { listeners: new Map(), failures: 0 });

function postgresUrl(): string | null {
  const target = resolveDatabaseUrl(process.env);
  return target.provider === "postgresql" ? target.url : null;
}

/** Hands a change to this process's listeners; one listener's failure (a closed stream) stays its own. */
function deliver(meetingId: string): void {
  for (const listener of bus.listeners.get(meetingId) ?? []) {
    try {
      listener(meetingId);
    } catch (error) {
      console.error("live board: a listener failed", error);
    }
  }
}

function scheduleReconnect(url: string): void {
  if (bus.retry || bus.listeners.size === 0) return;
  bus.failures += 1;
  bus.retry = setTimeout(() => {
    bus.retry = undefined;
    if (bus.listeners.size === 0) return;
    listen(url)
      // Whatever happened while the connection was down was not heard: every open board refreshes.
      .then(() => [...bus.listeners.keys()].forEach(deliver))
      .catch(() => scheduleReconnect(url));
  }, reconnectDelayMs(bus.failures));
  bus.retry.unref();
}

/** One LISTEN connection per process, opened on the first subscription and reopened when it drops. */
function listen(url: string): Promise<void> {
  return (bus.listening ??= (async () => {
    const client = new pg.Client({ connectionString: url });
    bus.listener = client;
    let lost = false;
    const onLost = () => {
      if (lost || bus.listener !== client) return;
      lost = true;
      bus.listening = undefined;
      bus.listener = undefined;
      client.end().catch(() => {});
      scheduleReconnect(url);
    };
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) deliver(message.payload);
    });
    client.on("error", onLost);
    client.on("end", onLost);
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      bus.failures = 0;
    } catch (error) {
      onLost();
      throw error;
    }
  })());
}

/** Call after the change has committed. Never rejects: a board that misses it refreshes on its next change. */
export async function publishMeetingChange(meetingId: string): Promise<void> {
  const url = postgresUrl();
  if (!url) return deliver(meetingId);
  try {
    if (!bus.pool) {
      bus.pool = new pg.Pool({ connectionString: url, max: 1 });
      // An idle connection dropped by the server is replaced on the next use; it must not crash the process.
      bus.pool.on("error", () => {});
    }
    await bus.pool.query("SELECT pg_notify($1, $2)", [CHANNEL, meetingId]);
  } catch (error) {
    console.error(`live board: could not publish the change of meeting ${meetingId}`, error);
    deliver(meetingId); // at least this instance's boards hear it
  }
}

/**
 * Subscribes to changes of one meeting; returns the unsubscribe function. On PostgreSQL it waits for the
 * LISTEN connection; if that cannot be opened now, it keeps trying in the background.
 */
export async function subscribeToMeeting(meetingId: string, listener: Listener): Promise<() => void> {
  const set = bus.listeners.get(meetingId) ?? new Set<Listener>();
  set.add(listener);
  bus.listeners.set(meetingId, set);
  const url = postgresUrl();
  if (url) await listen(url).catch(() => {});
  return () => {
    set.delete(listener);
    if (set.size === 0 && bus.listeners.get(meetingId) === set) bus.listeners.delete(meetingId);
  };
}

/** Closes this process's database connections of the bus (tests, shutdown). */
export async function closeBus(): Promise<void> {
  const { pool, listener, retry } = bus;
  if (retry) clearTimeout(retry);
  Object.assign(bus, { pool: undefined, listener: undefined, listening: undefined, retry: undefined, failures: 0 });
  await Promise.allSettled([pool?.end(), listener?.end()]);
}
