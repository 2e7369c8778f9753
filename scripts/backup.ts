// `npm run backup`: a consistent copy of the database while the app serves, into data/backups/ (or
// HOINGHI_BACKUP_DIR), keeping the newest HOINGHI_BACKUP_KEEP (14). See the README, "Backups".
import { backupDir, DEFAULT_KEEP, makeBackup } from "../lib/backup/backup";
import { resolveDatabaseUrl } from "../lib/db/url";

async function main() {
  const target = resolveDatabaseUrl(process.env);
  const keep = Number(process.env.HOINGHI_BACKUP_KEEP ?? DEFAULT_KEEP);
  const report = await makeBackup(target, { dir: backupDir(target), keep });
  console.log(`Backup written: ${report.file} (${(report.bytes / 1024).toFixed(0)} KiB, ${report.ms} ms)`);
  if (report.documentFiles) console.log(`  meeting documents: ${report.documentFiles} new file(s) copied`);
  for (const name of report.rotated) console.log(`  rotated out: ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
