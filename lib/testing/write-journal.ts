// Which rows every committed statement wrote, recorded by triggers in a test's own database: "did that
// call write anything?" in one query, however large the database, and "what did it write?" for a check
// of the stored text. A rolled-back transaction takes its journal entries with it, so only writes that
// stayed count.
import { db, provider } from "@/lib/db/client";

const JOURNAL = "_written";

export interface Written {
  table: string;
  /** The row's id; null for the few tables keyed otherwise (the whole table is read back then). */
  id: string | null;
}

async function tables(): Promise<{ name: string; hasId: boolean }[]> {
  const rows =
    provider === "sqlite"
      ? await db.$queryRawUnsafe<{ name: string; hasId: number | bigint }[]>(
          `SELECT m.name AS name, EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'id') AS "hasId"
           FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
        )
      : await db.$queryRawUnsafe<{ name: string; hasId: boolean }[]>(
          `SELECT t.table_name AS name, EXISTS (SELECT 1 FROM information_schema.columns c
             WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'id') AS "hasId"
           FROM information_schema.tables t WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'`,
        );
  return rows
    .filter((r) => r.name !== JOURNAL && r.name !== "_prisma_migrations")
    .map((r) => ({ name: r.name, hasId: Boolean(Number(r.hasId)) }));
}

/** Puts a trigger on every table of the app. */
export async function installWriteJournal(): Promise<void> {
  if (provider === "sqlite") {
    await db.$executeRawUnsafe(
      `CREATE TABLE "${JOURNAL}" ("seq" INTEGER PRIMARY KEY AUTOINCREMENT, "tbl" TEXT NOT NULL, "rid" TEXT)`,
    );
    for (const { name, hasId } of await tables())
      for (const [event, row] of [
        ["INSERT", "NEW"],
        ["UPDATE", "NEW"],
        ["DELETE", "OLD"],
      ] as const)
        await db.$executeRawUnsafe(
          `CREATE TRIGGER "${JOURNAL}_${name}_${event}" AFTER ${event} ON "${name}" BEGIN
             INSERT INTO "${JOURNAL}" ("tbl", "rid") VALUES ('${name}', ${hasId ? `${row}."id"` : "NULL"}); END`,
        );
    return;
  }
  await db.$executeRawUnsafe(
    `CREATE TABLE "${JOURNAL}" ("seq" BIGSERIAL PRIMARY KEY, "tbl" TEXT NOT NULL, "rid" TEXT)`,
  );
  for (const keyed of [true, false])
    await db.$executeRawUnsafe(
      `CREATE FUNCTION "${JOURNAL}_${keyed ? "row" : "table"}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
         INSERT INTO "${JOURNAL}" ("tbl", "rid") VALUES (TG_TABLE_NAME, ${
           keyed ? `CASE WHEN TG_OP = 'DELETE' THEN OLD."id" ELSE NEW."id" END` : "NULL"
         });
         RETURN NULL; END $$`,
    );
  for (const { name, hasId } of await tables())
    await db.$executeRawUnsafe(
      `CREATE TRIGGER "${JOURNAL}_${name}" AFTER INSERT OR UPDATE OR DELETE ON "${name}"
       FOR EACH ROW EXECUTE FUNCTION "${JOURNAL}_${hasId ? "row" : "table"}"()`,
    );
}

/** Where the journal stands now: pass it to writtenSince after a call. */
export async function journalMark(): Promise<number> {
  const [row] = await db.$queryRawUnsafe<{ seq: number | bigint | null }[]>(
    `SELECT MAX("seq") AS "seq" FROM "${JOURNAL}"`,
  );
  return Number(row?.seq ?? 0);
}

/** The rows written since the mark, each once. */
export async function writtenSince(mark: number): Promise<Written[]> {
  const rows = await db.$queryRawUnsafe<{ tbl: string; rid: string | null }[]>(
    `SELECT DISTINCT "tbl", "rid" FROM "${JOURNAL}" WHERE "seq" > ${Math.trunc(mark)}`,
  );
  return rows.map((r) => ({ table: r.tbl, id: r.rid }));
}

/** The rows as they are now (deleted ones are gone), for a look at what was stored. */
export async function readWritten(written: Written[]): Promise<{ table: string; row: Record<string, unknown> }[]> {
  const out: { table: string; row: Record<string, unknown> }[] = [];
  for (const { table, id } of written) {
    const rows =
      id === null
        ? await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`)
        : await db.$queryRawUnsafe<Record<string, unknown>[]>(
            `SELECT * FROM "${table}" WHERE "id" = ${provider === "sqlite" ? "?" : "$1"}`,
            id,
          );
    out.push(...rows.map((row) => ({ table, row })));
  }
  return out;
}
