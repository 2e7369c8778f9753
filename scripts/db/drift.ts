import type { DatabaseTarget } from "../../lib/db/url";
import { shadowServerUrl, type Provider } from "./config";
import { withEngine } from "./engine";
import { FILTERS, listMigrations } from "./migrations";
import { readSchema } from "./schema";

/**
 * SQL that would take a database built from the committed history to the current schema; empty when
 * the history is complete. The engine replays the history into a shadow database (in memory for
 * SQLite, a temporary database on `pgServerUrl` for PostgreSQL); no real database is touched.
 */
export async function migrationDrift(provider: Provider, pgServerUrl = shadowServerUrl()): Promise<string> {
  const target: DatabaseTarget =
    provider === "sqlite" ? { provider, filename: ":memory:" } : { provider, url: pgServerUrl };
  return withEngine(target, async (engine) => {
    // The wasm engine's `createMigration` cannot replay a SQLite history (no external shadow there), so
    // use `diff`. SchemaEngineWasm prints its script to stdout instead of returning it; capture it, as
    // `prisma migrate diff` does.
    const { exitCode, stdout } = await captureStdout(() =>
      engine.migrateDiff({
        from: { tag: "migrations", ...listMigrations(provider) },
        to: { tag: "schemaDatamodel", files: [readSchema(provider)] },
        script: true,
        exitCode: true, // 2 when there is a difference, 0 when none
        filters: FILTERS,
      }),
    );
    return exitCode === 2 ? stdout : "";
  });
}

async function captureStdout<T extends object>(run: () => Promise<T>): Promise<T & { stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    return true;
  }) as typeof process.stdout.write;
  try {
    return { ...(await run()), stdout: chunks.join("") };
  } finally {
    process.stdout.write = write;
  }
}
