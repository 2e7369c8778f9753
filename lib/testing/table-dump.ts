// Every row of every table of a database, in a comparable form: for tests that must prove two
// databases hold the same data (a backup restored, an upgrade migrated).
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/url";

export type TableDump = Record<string, string[]>;
export type Row = Record<string, unknown>;

const plain = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, v instanceof Date ? v.toISOString() : typeof v === "bigint" ? Number(v) : v]),
  );

/** Every table's rows, as plain objects (dates as ISO strings). */
export async function tableRows(target: DatabaseTarget): Promise<Record<string, Row[]>> {
  const out: Record<string, Row[]> = {};
  if (target.provider === "sqlite") {
    const db = new Database(target.filename, { readonly: true, fileMustExist: true });
    try {
      const tables = db
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .all() as { name: string }[];
      for (const { name } of tables) out[name] = (db.prepare(`SELECT * FROM "${name}"`).all() as Row[]).map(plain);
    } finally {
      db.close();
    }
    return out;
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    for (const { name } of tables) out[name] = (await client.query(`SELECT * FROM "${name}"`)).rows.map(plain);
  } finally {
    await client.end();
  }
  return out;
}

/** Every table's rows in a comparable form: two databases hold the same data when their dumps are equal. */
export async function dumpTables(target: DatabaseTarget): Promise<TableDump> {
  const rows = await tableRows(target);
  return Object.fromEntries(Object.entries(rows).map(([t, r]) => [t, r.map((x) => JSON.stringify(x)).sort()]));
}

/** Row counts per table: what a failing comparison prints first. */
export const rowCounts = (dump: TableDump) =>
  Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.length]));

/** What changed between two dumps, table by table: the rows only one of them holds (empty when equal). */
export function changedRows(before: TableDump, after: TableDump): Record<string, { gone: string[]; added: string[] }> {
  const out: Record<string, { gone: string[]; added: string[] }> = {};
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = new Set(before[table] ?? []);
    const is = new Set(after[table] ?? []);
    const gone = [...was].filter((row) => !is.has(row));
    const added = [...is].filter((row) => !was.has(row));
    if (gone.length || added.length) out[table] = { gone, added };
  }
  return out;
}
