import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient, type Prisma } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import type { DatabaseTarget } from "./url";
import { oneAtATime } from "./one-at-a-time";

// Both generated clients come from one schema and expose the same API; the SQLite one names the type.
export type Db = SqliteClient;

/**
 * A Prisma client for the selected database, usable by the app, scripts and tests alike. `log` is
 * Prisma's logging option (the tests that count statements ask for query events).
 */
export function connect(target: DatabaseTarget, { log }: { log?: Prisma.LogDefinition[] } = {}): Db {
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter, log }) as unknown as Db;
  }
  // Connects on first query, so importing this at build time touches no file. WAL is set by deploy.
  return new SqliteClient({
    adapter: new DurableSqlite({ url: `file:${target.filename}`, timeout: 5000 }),
    log,
  }) as unknown as Db;
}

/**
 * SQLite with `synchronous = FULL`: every commit is flushed to disk before it is acknowledged. In WAL
 * mode SQLite's (and better-sqlite3's) default is NORMAL, which survives a crash of the app but may
 * lose the last commits on a power cut; an answered confirmation or a register number must survive both.
 */
class DurableSqlite extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript("PRAGMA synchronous = FULL;");
    return oneAtATime(adapter);
  }
}
