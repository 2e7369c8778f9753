// Database tooling in place of `prisma migrate`, whose native engine cannot be downloaded here.
// Usage: npx tsx scripts/db.ts <generate | create <name> | deploy | status | check | reset>
// deploy, status and reset act on DATABASE_URL (see lib/db/url.ts); create and check on both providers.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { resolveDatabaseUrl } from "../lib/db/url";
import { PROVIDERS, schemaPath } from "./db/config";
import { deploy, reset, status } from "./db/deploy";
import { migrationDrift } from "./db/drift";
import { migrationName, writeMigration } from "./db/migrations";
import { writePostgresSchema } from "./db/schema";

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  async generate() {
    const prismaCli = createRequire(path.resolve("package.json")).resolve("prisma/build/index.js");
    for (const schema of [schemaPath(), writePostgresSchema()]) {
      const { status: code } = spawnSync(process.execPath, [prismaCli, "generate", "--schema", schema], {
        stdio: "inherit",
        env: {
          ...process.env,
          // generate insists on a schema engine binary but never runs it: any existing file will do.
          PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
          CHECKPOINT_DISABLE: "1", // no update check over the network
        },
      });
      if (code !== 0) return code ?? 1;
    }
    return 0;
  },

  async create([label]) {
    if (!label) throw new Error("usage: db.ts create <name>");
    const name = migrationName(label); // one name for both histories, so they line up
    // Diff both before writing either, so a failure (e.g. no PostgreSQL server) leaves the histories in step.
    const diffs = [];
    for (const provider of PROVIDERS) diffs.push({ provider, sql: await migrationDrift(provider) });
    for (const { provider, sql } of diffs) {
      console.log(
        sql
          ? `${provider}: wrote ${path.relative(".", writeMigration(provider, name, sql))}`
          : `${provider}: no changes`,
      );
    }
    return 0;
  },

  async deploy() {
    const target = resolveDatabaseUrl(process.env);
    const started = performance.now();
    const applied = await deploy(target);
    console.log(
      applied.length ? `Applied ${applied.join(", ")}` : "No pending migrations",
      `(${target.provider}, ${Math.round(performance.now() - started)} ms)`,
    );
    return 0;
  },

  async reset() {
    // Destructive: never fall back to the default database.
    if (!process.env.DATABASE_URL) throw new Error("reset needs an explicit DATABASE_URL");
    const applied = await reset(resolveDatabaseUrl(process.env));
    console.log(`Reset; applied ${applied.length} migration(s)`);
    return 0;
  },

  async status() {
    const target = resolveDatabaseUrl(process.env);
    const s = await status(target);
    console.log(target.provider === "sqlite" ? target.filename : target.provider);
    for (const [label, names] of Object.entries(s))
      for (const name of names) console.log(`  ${label.padEnd(8)} ${name}`);
    const behind = s.pending.length + s.unknown.length + s.failed.length + s.edited.length;
    if (behind === 0) console.log("  Database is up to date");
    return behind === 0 ? 0 : 1;
  },

  async check() {
    let code = 0;
    for (const provider of PROVIDERS) {
      const sql = await migrationDrift(provider);
      if (sql) {
        code = 1;
        console.log(`${provider}: the migration history does not produce the schema. Missing:\n${sql}`);
      } else {
        console.log(`${provider}: migration history matches the schema`);
      }
    }
    if (code) console.log("Run `npx tsx scripts/db.ts create <name>` to add a migration.");
    return code;
  },
};

async function main(): Promise<void> {
  const [name = "", ...args] = process.argv.slice(2);
  const command = commands[name];
  if (!command) {
    console.error(`usage: db.ts <${Object.keys(commands).join(" | ")}>`);
    process.exitCode = 2;
    return;
  }
  process.exitCode = await command(args);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
