import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { SchemaEngineWasm } from "@prisma/migrate/dist/SchemaEngineWasm";
import type { DatabaseTarget } from "../../lib/db/url";
import { MigrationPg } from "./pg";
import { migrationSqlite } from "./sqlite";

/** Runs `work` with the WebAssembly schema engine connected to `target`, then releases everything. */
export async function withEngine<T>(
  target: DatabaseTarget,
  work: (engine: SchemaEngineWasm) => Promise<T>,
): Promise<T> {
  const factory: SqlMigrationAwareDriverAdapterFactory =
    target.provider === "sqlite" ? migrationSqlite(target.filename) : new MigrationPg(target.url);
  // The engine disposes shadow connections itself, but SchemaEngineWasm.stop() leaves the main
  // connection open (a pg pool would keep the process alive for its 10 s idle timeout).
  const opened: SqlDriverAdapter[] = [];
  const engine = await SchemaEngineWasm.setup({
    adapter: bindMigrationAwareSqlAdapterFactory({
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const connection = await factory.connect();
        opened.push(connection);
        return connection;
      },
      connectToShadowDb: () => factory.connectToShadowDb(),
    }),
  });
  const clearEngineTimers = trackEngineTimers();
  try {
    return await work(engine);
  } finally {
    await engine.stop();
    await Promise.all(opened.map((connection) => connection.dispose()));
    clearEngineTimers();
  }
}

/**
 * The engine arms timers it never clears (on PostgreSQL a 10 s timeout around the migration advisory
 * lock), which would keep the process alive for 10 s after `deploy`. While any engine runs, record the
 * timers its JS glue sets (recognised by the caller in the stack); clear them when the last one stops.
 */
const engineTimers = new Set<ReturnType<typeof setTimeout>>();
let runningEngines = 0;
const nativeSetTimeout = globalThis.setTimeout;
const recordingSetTimeout = Object.assign((...args: Parameters<typeof setTimeout>) => {
  const timer = nativeSetTimeout(...args);
  if (new Error().stack?.includes("schema_engine_bg")) engineTimers.add(timer);
  return timer;
}, nativeSetTimeout);

function trackEngineTimers(): () => void {
  if (runningEngines++ === 0) globalThis.setTimeout = recordingSetTimeout;
  return () => {
    if (--runningEngines > 0) return;
    globalThis.setTimeout = nativeSetTimeout;
    for (const timer of engineTimers) clearTimeout(timer);
    engineTimers.clear();
  };
}
