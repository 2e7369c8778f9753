import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgresql/client";
import type { DatabaseTarget } from "./url";

// Both generated clients come from one schema and expose the same API; the SQLite one names the type.
export type Db = SqliteClient;

/** A Prisma client for the selected database, usable by the app, scripts and tests alike. */
export function connect(target: DatabaseTarget): Db {
  if (target.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: target.url, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // Connects on first query, so importing this at build time touches no file. WAL is set by deploy.
  return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: `file:${target.filename}`, timeout: 5000 }) });
}
