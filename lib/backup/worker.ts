import "server-only";
import { readdirSync } from "node:fs";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { workerDisabledReason } from "@/lib/mail/worker-env";
import { backupDir, DEFAULT_KEEP, makeBackup } from "./backup";
import { takenAt } from "./names";
import { backupIntervalHours, nextBackupDelayMs } from "./schedule";

// Scheduled backups from inside the server process (started by instrumentation.ts), on the schedule of
// lib/backup/schedule.ts. A failed backup is logged and tried again at the next interval.

const state = globalThis as unknown as { hoinghiBackupWorker?: { stop(): void } };

function newestBackup(dir: string): Date | null {
  try {
    const times = readdirSync(dir).flatMap((name) => takenAt(name) ?? []);
    return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
  } catch {
    return null; // no folder yet
  }
}

export function startBackupWorker(env: Record<string, string | undefined> = process.env) {
  if (state.hoinghiBackupWorker || workerDisabledReason(env)) return;
  const target = resolveDatabaseUrl(env);
  const hours = backupIntervalHours(target, env);
  if (hours === 0) {
    console.info("backup worker: scheduled backups are off (HOINGHI_BACKUP_INTERVAL_HOURS)");
    return;
  }
  const dir = backupDir(target, env);
  const keep = Number(env.HOINGHI_BACKUP_KEEP ?? DEFAULT_KEEP);
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    timer = setTimeout(run, nextBackupDelayMs(new Date(), newestBackup(dir), hours));
    timer.unref();
  };
  const run = async () => {
    try {
      const report = await makeBackup(target, { dir, keep });
      console.info(`backup worker: ${report.file} (${report.bytes} bytes, ${report.ms} ms)`);
    } catch (error) {
      console.error("backup worker: the scheduled backup failed", error);
    }
    // After a failure the newest backup is still the old one: wait a full interval, not a minute.
    timer = setTimeout(run, hours * 3_600_000);
    timer.unref();
  };
  schedule();
  state.hoinghiBackupWorker = { stop: () => clearTimeout(timer) };
  console.info(`backup worker: every ${hours} h into ${dir}, keeping ${keep}`);
}
