// Backups of the database, while the app serves: SQLite through its online backup API (a consistent
// copy page by page, readers and writers carry on), PostgreSQL through pg_dump's custom format.
// Used by `npm run backup` / `npm run restore` and by the app's own scheduled backups.
import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { DatabaseTarget } from "@/lib/db/url";
import { backupFileName, backupsToRotate } from "./names";
import { syncDocumentFiles } from "./documents";
import { documentsDir } from "@/lib/meeting-documents/config";

export const DEFAULT_KEEP = 14;

/** Where backups go: HOINGHI_BACKUP_DIR, else `backups/` beside the SQLite file, else data/backups. */
export function backupDir(target: DatabaseTarget, env: Record<string, string | undefined> = process.env): string {
  if (env.HOINGHI_BACKUP_DIR) return path.resolve(env.HOINGHI_BACKUP_DIR);
  return target.provider === "sqlite"
    ? path.join(path.dirname(target.filename), "backups")
    : path.resolve("data", "backups");
}

export interface BackupReport {
  file: string;
  /** Meeting documents' files copied into `documents/` of the backups folder by this backup. */
  documentFiles: number;
  bytes: number;
  ms: number;
  rotated: string[];
}

/** Takes a backup into `dir`, checks it, and deletes the oldest so that `keep` remain. */
export async function makeBackup(
  target: DatabaseTarget,
  options: { dir: string; keep?: number; now?: Date },
): Promise<BackupReport> {
  const started = performance.now();
  mkdirSync(options.dir, { recursive: true });
  const file = path.join(
    options.dir,
    backupFileName(options.now ?? new Date(), target.provider === "sqlite" ? "db" : "dump"),
  );
  if (target.provider === "sqlite") {
    const source = new Database(target.filename, { fileMustExist: true });
    try {
      await source.backup(file);
    } finally {
      source.close();
    }
    standalone(file);
    const problems = checkSqliteFile(file);
    if (problems.length) {
      rmSync(file, { force: true });
      throw new Error(`The backup failed its integrity check: ${problems.join("; ")}`);
    }
  } else {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`], libpqEnv(target.url));
  }
  const documentFiles = syncDocumentFiles(documentsDir(target), path.join(options.dir, "documents"));
  const rotated = backupsToRotate(readdirSync(options.dir), options.keep ?? DEFAULT_KEEP);
  for (const name of rotated) rmSync(path.join(options.dir, name), { force: true });
  return { file, documentFiles, bytes: statSync(file).size, ms: Math.round(performance.now() - started), rotated };
}

/** A backup is one self-contained file: out of WAL mode, so no -wal or -shm file ever goes with it. */
function standalone(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
  } finally {
    copy.close();
  }
}

/** Problems found in a SQLite file (empty when it is a sound hoinghi database). */
export function checkSqliteFile(file: string): string[] {
  if (!existsSync(file)) return [`${file} does not exist`];
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = db.pragma("integrity_check", { simple: true });
    if (integrity !== "ok") return [`integrity_check: ${String(integrity)}`];
    const migrations = db
      .prepare("SELECT count(*) AS n FROM _prisma_migrations WHERE finished_at IS NOT NULL")
      .get() as {
      n: number;
    };
    return migrations.n > 0 ? [] : ["no applied migrations: not a hoinghi database"];
  } catch (error) {
    return [error instanceof Error ? error.message : String(error)];
  } finally {
    db?.close();
  }
}

/**
 * Puts a backup back in place of the database. SQLite: the current file is first kept as
 * `before-restore-<name>` in the backup folder. PostgreSQL: pg_restore replaces every object. The caller
 * makes sure no app instance is serving the database (scripts/restore.ts refuses otherwise).
 */
export async function restoreBackup(
  target: DatabaseTarget,
  file: string,
  options: { dir: string; now?: Date },
): Promise<{ keptAs: string | null }> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  if (target.provider === "sqlite") {
    const problems = checkSqliteFile(file);
    if (problems.length) throw new Error(`${file} is not a sound backup: ${problems.join("; ")}`);
    let keptAs: string | null = null;
    if (existsSync(target.filename)) {
      mkdirSync(options.dir, { recursive: true });
      keptAs = path.join(options.dir, `before-restore-${backupFileName(options.now ?? new Date(), "db")}`);
      // Through the backup API, so a WAL not yet checkpointed is part of the copy.
      const current = new Database(target.filename, { fileMustExist: true });
      try {
        await current.backup(keptAs);
      } finally {
        current.close();
      }
      standalone(keptAs);
    }
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target.filename + suffix, { force: true });
    mkdirSync(path.dirname(target.filename), { recursive: true });
    copyFileSync(file, target.filename);
    return { keptAs };
  }
  const env = libpqEnv(target.url);
  await run(
    "pg_restore",
    [
      "--clean",
      "--if-exists",
      "--no-owner",
      "--no-privileges",
      "--single-transaction",
      `--dbname=${env.PGDATABASE}`,
      file,
    ],
    env,
  );
  return { keptAs: null };
}

/** The connection as libpq's environment variables: a password never appears in a command line. */
function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = { PGDATABASE: decodeURIComponent(u.pathname.slice(1)) };
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get("sslmode");
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", (error) =>
      reject(new Error(`${command} could not be started (${error.message}); install the PostgreSQL client tools`)),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} failed (exit ${code}): ${stderr.trim().slice(0, 2000)}`)),
    );
  });
}
