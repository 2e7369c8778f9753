// One app instance per SQLite file: a second `npm start` (or a restore) on a database another instance
// is serving says so plainly instead of failing deep inside the migration engine. The lock is a file
// beside the database holding the serving process's id; a lock left by a process that died is taken over.
// PostgreSQL serves several instances by design and takes no lock.
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import type { DatabaseTarget } from "../lib/db/url";

export const lockFileOf = (filename: string) => `${filename}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The id of the live process serving this SQLite file, or null. */
export function servingProcess(target: DatabaseTarget): number | null {
  if (target.provider !== "sqlite") return null;
  const file = lockFileOf(target.filename);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : null;
}

export class DatabaseInUse extends Error {}

/** Claims the database for this process until it exits; throws DatabaseInUse when another instance serves it. */
export function claimDatabase(target: DatabaseTarget): () => void {
  if (target.provider !== "sqlite" || target.filename === ":memory:") return () => {};
  const file = lockFileOf(target.filename);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx"); // exclusive: of two starts at once, one creates it
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => rmSync(file, { force: true });
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = servingProcess(target);
      if (pid !== null) {
        throw new DatabaseInUse(
          `The database ${target.filename} is in use by another running instance of hoinghi (process ${pid}). ` +
            "Stop it first (or give this one another DATABASE_URL); several instances need PostgreSQL.",
        );
      }
      rmSync(file, { force: true }); // left behind by a process that died
    }
  }
  throw new DatabaseInUse(`Could not claim ${file}.`);
}
