// Backup files are named by the Vietnam wall-clock time they were taken, so a văn phòng can find
// "yesterday's" backup by its name, and sorted names are in time order.
const OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh, no daylight saving
const PATTERN = /^hoinghi-(\d{8})-(\d{6})\.(db|dump)$/;

/** "hoinghi-20261202-213005.db" (SQLite) or ".dump" (pg_dump's custom format). */
export function backupFileName(at: Date, kind: "db" | "dump"): string {
  const local = new Date(at.getTime() + OFFSET_MS).toISOString(); // 2026-12-02T21:30:05.000Z
  return `hoinghi-${local.slice(0, 10).replaceAll("-", "")}-${local.slice(11, 19).replaceAll(":", "")}.${kind}`;
}

/** When a backup of that name was taken, or null for a file that is not one of ours. */
export function takenAt(name: string): Date | null {
  const match = PATTERN.exec(name);
  if (!match) return null;
  const [d, t] = [match[1]!, match[2]!];
  const utc = Date.UTC(
    +d.slice(0, 4),
    +d.slice(4, 6) - 1,
    +d.slice(6, 8),
    +t.slice(0, 2),
    +t.slice(2, 4),
    +t.slice(4, 6),
  );
  return new Date(utc - OFFSET_MS);
}

/** Which of the files to delete so that the `keep` newest backups remain; other files are never touched. */
export function backupsToRotate(names: readonly string[], keep: number): string[] {
  return names
    .filter((n) => takenAt(n) !== null)
    .sort()
    .reverse()
    .slice(Math.max(0, keep));
}
