// `npm run restore -- <file>`: puts a backup back. Refuses while an app instance serves the SQLite file
// (stop `npm start` first); on PostgreSQL, stop every instance first. The replaced SQLite file is kept.
import { backupDir, restoreBackup } from "../lib/backup/backup";
import { resolveDatabaseUrl } from "../lib/db/url";
import { servingProcess } from "./instance-lock";

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error("usage: npm run restore -- <backup file>");
  const target = resolveDatabaseUrl(process.env);
  const pid = servingProcess(target);
  if (pid !== null) {
    throw new Error(`The app is running on this database (process ${pid}). Stop it first, then restore.`);
  }
  const { keptAs } = await restoreBackup(target, file, { dir: backupDir(target) });
  console.log(`Restored ${file}.`);
  if (keptAs) console.log(`The database it replaced is kept as ${keptAs}.`);
  console.log("Start the app with `npm start`: it applies any newer migrations to the restored data.");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
