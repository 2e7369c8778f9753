import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { resolveDatabaseUrl } from "@/lib/db/url";

// "Something changed in meeting X": boards listening for X refresh. Within one process an emitter
// carries it; on PostgreSQL, NOTIFY/LISTEN carries it to every app instance (including this one).
const CHANNEL = "hoinghi_meeting_changed";
type Listener = (meetingId: string) => void;

interface Bus {
  emitter: EventEmitter;
  pool?: pg.Pool;
  listener?: pg.Client;
  listening?: Promise<void>;
}

const cache = globalThis as unknown as { hoinghiBus?: Bus };
const bus: Bus = (cache.hoinghiBus ??= { emitter: new EventEmitter().setMaxListeners(0) });

function postgresUrl(): string | null {
  const target = resolveDatabaseUrl(process.env);
  return target.provider === "postgresql" ? target.url : null;
}

/** One LISTEN connection per process, opened on the first subscription and reopened if it drops. */
function listen(url: string): Promise<void> {
  return (bus.listening ??= (async () => {
    const client = new pg.Client({ connectionString: url });
    bus.listener = client;
    client.on("notification", (message) => {
      if (message.channel === CHANNEL && message.payload) bus.emitter.emit("changed", message.payload);
    });
    client.on("error", () => {
      bus.listening = undefined;
      client.end().catch(() => {});
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  })().catch((error: unknown) => {
    bus.listening = undefined;
    throw error;
  }));
}

/** Call after the change has committed. */
export async function publishMeetingChange(meetingId: string): Promise<void> {
  const url = postgresUrl();
  if (!url) {
    bus.emitter.emit("changed", meetingId);
    return;
  }
  if (!bus.pool) {
    bus.pool = new pg.Pool({ connectionString: url, max: 1 });
    // An idle connection dropped by the server is replaced on the next use; it must not crash the process.
    bus.pool.on("error", () => {});
  }
  await bus.pool.query("SELECT pg_notify($1, $2)", [CHANNEL, meetingId]);
}

/** Subscribes to changes of one meeting; returns the unsubscribe function. */
export async function subscribeToMeeting(meetingId: string, listener: Listener): Promise<() => void> {
  const url = postgresUrl();
  if (url) await listen(url);
  const handler = (id: string) => {
    if (id === meetingId) listener(id);
  };
  bus.emitter.on("changed", handler);
  return () => bus.emitter.off("changed", handler);
}

/** Closes this process's database connections of the bus (tests, shutdown). */
export async function closeBus(): Promise<void> {
  const { pool, listener } = bus;
  bus.pool = undefined;
  bus.listener = undefined;
  bus.listening = undefined;
  await Promise.allSettled([pool?.end(), listener?.end()]);
}
