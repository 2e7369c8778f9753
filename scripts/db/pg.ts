import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg, { type FieldDef } from "pg";

const CHAR_OID = 18; // PostgreSQL's one-byte "char", used by catalog columns such as pg_class.relkind
const TEXT_OID = 25;

/**
 * PostgreSQL connections for the schema engine, never for the app. adapter-pg has no mapping for "char",
 * so the engine's introspection of the catalogs fails ("Column type 'char' could not be deserialized").
 * Every pool made here relabels such result columns as text before adapter-pg sees them.
 */
export class MigrationPg implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ connectionString: this.url });
    pool.on("connect", (client) => {
      // Runs before pg's own handler builds the result's fields from this message.
      client.connection.prependListener("rowDescription", (msg: { fields: FieldDef[] }) => {
        for (const field of msg.fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      });
    });
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    // adapter-pg's executeScript splits the file at every ";" (even inside strings) and runs the pieces
    // separately. Send it as one simple query instead: PostgreSQL runs that in one implicit transaction,
    // as Prisma's native engine does, so a failing migration leaves nothing half-applied.
    return Object.assign(adapter, {
      executeScript: async (script: string) => {
        await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
      },
    });
  }

  /** A temporary database on the same server, dropped when the engine disposes the connection. */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = await this.connect();
    const name = `prisma_shadow_${randomUUID().replaceAll("-", "")}`;
    await admin.executeScript(`CREATE DATABASE "${name}"`);
    const url = new URL(this.url);
    url.pathname = `/${name}`;
    const shadow = await new MigrationPg(url.toString()).connect();
    const disposeShadow = shadow.dispose.bind(shadow);
    return Object.assign(shadow, {
      async dispose() {
        await disposeShadow();
        await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
        await admin.dispose();
      },
    });
  }
}
