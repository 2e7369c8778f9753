// When the app's own worker takes the next backup. Pure, so the rules are tested without a clock.
import type { DatabaseTarget } from "@/lib/db/url";

const HOUR_MS = 3_600_000;
/** A starting server answers requests before it spends a minute copying the database. */
export const FIRST_BACKUP_DELAY_MS = 60_000;

/**
 * Hours between scheduled backups, or 0 when they are off: HOINGHI_BACKUP_INTERVAL_HOURS, by default
 * daily on SQLite (the embedded database has no other backup) and off on PostgreSQL (whose operators
 * run pg_dump on their own schedule; set the variable on one instance to let the app do it).
 */
export function backupIntervalHours(target: DatabaseTarget, env: Record<string, string | undefined>): number {
  const raw = env.HOINGHI_BACKUP_INTERVAL_HOURS?.trim();
  if (!raw) return target.provider === "sqlite" ? 24 : 0;
  const hours = Number(raw);
  if (!Number.isFinite(hours) || hours < 0)
    throw new Error(`HOINGHI_BACKUP_INTERVAL_HOURS must be a number of hours ≥ 0, got "${raw}"`);
  return hours;
}

/** How long to wait for the next backup, given when the newest one was taken (it survives restarts). */
export function nextBackupDelayMs(now: Date, newest: Date | null, intervalHours: number): number {
  const due = newest ? newest.getTime() + intervalHours * HOUR_MS : now.getTime();
  return Math.max(FIRST_BACKUP_DELAY_MS, due - now.getTime());
}
