import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * SQLite connections for the schema engine. The wasm engine replays each migration into the shadow
 * database with one `executeRaw` of the whole file, but better-sqlite3 prepares a single statement
 * ("The supplied SQL string contains more than one statement"). On the shadow, which holds no data,
 * run parameterless statements as a script instead; row counts do not matter there.
 */
export function migrationSqlite(filename: string): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3({ url: filename }); // its shadow is ":memory:"
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => factory.connect(),
    async connectToShadowDb() {
      const shadow = await factory.connectToShadowDb();
      const executeRaw = shadow.executeRaw.bind(shadow);
      return Object.assign(shadow, {
        async executeRaw(query: SqlQuery): Promise<number> {
          if (query.args.length > 0) return executeRaw(query);
          await shadow.executeScript(query.sql);
          return 0;
        },
      });
    },
  };
}
