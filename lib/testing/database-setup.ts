// Gives each integration test file a database of its own, migrated from the committed history, before
// the file imports the app's modules (lib/db/client reads DATABASE_URL when first imported).
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { deploy } from "@/scripts/db/deploy";

const id = `hoinghi_t_${randomBytes(6).toString("hex")}`;

if (process.env.TEST_DB === "postgresql") {
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error("TEST_DB=postgresql needs TEST_POSTGRES_URL (a role that may create databases)");
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${id}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${id}`;
  process.env.DATABASE_URL = url.toString();
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    await (await import("@/lib/live/bus")).closeBus();
    const cleanup = new pg.Client({ connectionString: server });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${id} WITH (FORCE)`);
    await cleanup.end();
  });
} else {
  const file = path.join(os.tmpdir(), `${id}.db`);
  process.env.DATABASE_URL = `file:${file}`;
  afterAll(async () => {
    const { db } = await import("@/lib/db/client");
    await db.$disconnect();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  });
}

await deploy(resolveDatabaseUrl(process.env));
