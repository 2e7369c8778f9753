// The files of meeting documents go with every backup: the store is content-addressed (a file's name is
// its SHA-256 and never changes), so `<backups>/documents/` only ever gains the files it does not have
// yet, and holds every file any kept database backup refers to. Run after the database's copy, so every
// file that copy names was already in the store.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";

const HASH = /^[0-9a-f]{64}$/;

/** Copies into `target` the stored files it lacks; returns how many were copied. */
export function syncDocumentFiles(source: string, target: string): number {
  if (!existsSync(source)) return 0;
  let copied = 0;
  for (const fan of readdirSync(source)) {
    if (!/^[0-9a-f]{2}$/.test(fan)) continue; // not the staging folder
    for (const name of readdirSync(path.join(source, fan))) {
      if (!HASH.test(name)) continue;
      const to = path.join(target, fan, name);
      if (existsSync(to)) continue;
      mkdirSync(path.dirname(to), { recursive: true });
      const partial = `${to}.partial`;
      copyFileSync(path.join(source, fan, name), partial);
      renameSync(partial, to); // a copy cut short never looks complete
      copied++;
    }
  }
  return copied;
}
