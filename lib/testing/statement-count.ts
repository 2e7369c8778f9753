// Counts the SQL statements the app sends, for the tests asserting that what a page costs the database
// does not grow with the size of a conference. Import it before anything that imports lib/db/client:
// it installs this process's client, built to emit Prisma's query events — one per statement sent
// through the driver adapter, on SQLite and PostgreSQL alike, inside transactions too.
import { connect, type Db } from "@/lib/db/connect";
import { resolveDatabaseUrl } from "@/lib/db/url";

const client = connect(resolveDatabaseUrl(process.env), { log: [{ emit: "event", level: "query" }] });
let statements: string[] = [];
(client as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (event) =>
  statements.push(event.query),
);
(globalThis as { hoinghiDb?: Db }).hoinghiDb = client;

/** The statements `run` sent, in order (nothing else may use the database meanwhile). */
export async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  statements = [];
  await run();
  const sent = statements;
  statements = [];
  return sent;
}
