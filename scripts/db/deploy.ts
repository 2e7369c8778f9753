import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "../../lib/db/url";
import { withEngine } from "./engine";
import { FILTERS, listMigrations } from "./migrations";

/** Applies pending migrations and records them in `_prisma_migrations`, as `prisma migrate deploy` does. */
export async function deploy(target: DatabaseTarget): Promise<string[]> {
  if (target.provider === "sqlite" && target.filename !== ":memory:") {
    mkdirSync(path.dirname(target.filename), { recursive: true });
  }
  const { appliedMigrationNames } = await withEngine(target, (engine) =>
    engine.applyMigrations({ migrationsList: listMigrations(target.provider), filters: FILTERS }),
  );
  if (target.provider === "sqlite" && target.filename !== ":memory:") {
    // WAL lets readers go on while a write is in progress; the mode is stored in the file itself.
    const raw = new Database(target.filename);
    raw.pragma("journal_mode = WAL");
    raw.close();
  }
  return appliedMigrationNames;
}

/** Drops everything in the database (tests, demos), then deploys. */
export async function reset(target: DatabaseTarget): Promise<string[]> {
  if (target.provider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target.filename + suffix, { force: true });
  } else {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    } finally {
      await client.end();
    }
  }
  return deploy(target);
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** In `_prisma_migrations` but not in the history folder (e.g. a branch switch). */
  unknown: string[];
  failed: string[];
  /** Applied, but migration.sql has changed since. */
  edited: string[];
}

/** Compares the history folder with the database's `_prisma_migrations`, without changing anything. */
export async function status(target: DatabaseTarget): Promise<MigrationStatus> {
  const migrationsList = listMigrations(target.provider);
  const all = migrationsList.migrationDirectories.map((dir) => dir.path);
  const result: MigrationStatus = { applied: [], pending: all, unknown: [], failed: [], edited: [] };
  // Opening a missing SQLite file would create it.
  if (target.provider === "sqlite" && !existsSync(target.filename)) return result;
  const diagnosis = await withEngine(target, (engine) =>
    engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS }),
  );
  if (!diagnosis.hasMigrationsTable) return result;
  const history = diagnosis.history;
  const pending = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
  return {
    applied: all.filter((name) => !pending.includes(name)),
    pending,
    unknown: history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [],
    failed: diagnosis.failedMigrationNames,
    edited: diagnosis.editedMigrationNames,
  };
}
