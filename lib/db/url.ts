import path from "node:path";

export type DatabaseTarget = { provider: "sqlite"; filename: string } | { provider: "postgresql"; url: string };

const DEFAULT_DATABASE_URL = "file:./data/hoinghi.db";

/**
 * Which database DATABASE_URL selects. Unset means the embedded SQLite file; a relative
 * `file:` path is taken from the project root (not from prisma/ as the old Prisma CLI did).
 */
export function resolveDatabaseUrl(
  env: Readonly<Record<string, string | undefined>>,
  root: string = process.cwd(),
): DatabaseTarget {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0] ?? "";
    if (!file) throw new Error(`DATABASE_URL has no file path: ${url}`);
    return { provider: "sqlite", filename: file === ":memory:" ? file : path.resolve(root, file) };
  }
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
    return { provider: "postgresql", url };
  }
  throw new Error(`DATABASE_URL must start with file:, postgresql:// or postgres:// (got ${url.split(":")[0]}:…)`);
}
