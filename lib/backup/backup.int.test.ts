import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { resolveDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";
import { seedDemoOnce } from "@/lib/testing/fixtures";
import { dumpTables, rowCounts } from "@/lib/testing/table-dump";
import { checkSqliteFile, makeBackup, restoreBackup } from "./backup";

const source = resolveDatabaseUrl(process.env);
const dir = mkdtempSync(path.join(os.tmpdir(), "hoinghi-backups-"));
const cleanups: (() => Promise<void>)[] = [];

beforeAll(() => seedDemoOnce());
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** An empty database of the same provider to restore into. */
async function emptyTarget(): Promise<DatabaseTarget> {
  if (source.provider === "sqlite")
    return { provider: "sqlite", filename: path.join(dir, `restored-${Date.now()}.db`) };
  const name = `hoinghi_restore_${Date.now()}`;
  const admin = new pg.Client({ connectionString: source.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: source.url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  const url = new URL(source.url);
  url.pathname = `/${name}`;
  return { provider: "postgresql", url: url.toString() };
}

const notifications = () => db.notification.count();
const addNotification = async (i: number) => {
  const user = await db.user.findFirstOrThrow({ where: { email: "nghihai@hoinghi.local" } });
  await db.notification.create({ data: { userId: user.id, kind: "test", title: `Sao lưu ${i}` } });
};

describe("backups", () => {
  it("take a consistent copy while the app writes", async () => {
    const before = await notifications();
    const [report] = await Promise.all([
      makeBackup(source, { dir, keep: 10, now: new Date("2026-12-01T01:00:00Z") }),
      ...Array.from({ length: 30 }, (_, i) => addNotification(i)),
    ]);
    const after = await notifications();
    if (source.provider === "sqlite") expect(checkSqliteFile(report.file)).toEqual([]);
    const restored = await emptyTarget();
    await restoreBackup(restored, report.file, { dir });
    const copy = rowCounts(await dumpTables(restored)).Notification!;
    expect(copy).toBeGreaterThanOrEqual(before);
    expect(copy).toBeLessThanOrEqual(after);
  });

  it("restore to exactly the data backed up, every table and row", async () => {
    const report = await makeBackup(source, { dir, keep: 10, now: new Date("2026-12-02T01:00:00Z") });
    const restored = await emptyTarget();
    await restoreBackup(restored, report.file, { dir });
    const [original, copy] = await Promise.all([dumpTables(source), dumpTables(restored)]);
    expect(rowCounts(copy)).toEqual(rowCounts(original));
    expect(rowCounts(copy).Meeting).toBeGreaterThan(0);
    expect(copy).toEqual(original);
  });

  it("keep only the newest ones", async () => {
    for (const day of ["03", "04", "05"])
      await makeBackup(source, { dir, keep: 2, now: new Date(`2026-12-${day}T01:00:00Z`) });
    expect(readdirSync(dir).filter((n) => n.startsWith("hoinghi-"))).toEqual([
      `hoinghi-20261204-080000.${source.provider === "sqlite" ? "db" : "dump"}`,
      `hoinghi-20261205-080000.${source.provider === "sqlite" ? "db" : "dump"}`,
    ]);
  });

  it.runIf(source.provider === "sqlite")("refuse to restore a file that is not a sound database", async () => {
    const target = await emptyTarget();
    await expect(restoreBackup(target, path.join(dir, "nothing.db"), { dir })).rejects.toThrow("does not exist");
    await expect(restoreBackup(target, __filename, { dir })).rejects.toThrow("is not a sound backup");
  });

  it.runIf(source.provider === "sqlite")("are not restored while the app serves the database", async () => {
    const target = (await emptyTarget()) as { provider: "sqlite"; filename: string };
    const serving = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      writeFileSync(`${target.filename}.lock`, String(serving.pid));
      const run = spawn(process.execPath, ["node_modules/.bin/tsx", "scripts/restore.ts", path.join(dir, "x.db")], {
        env: { ...process.env, DATABASE_URL: `file:${target.filename}` },
      });
      let stderr = "";
      run.stderr.on("data", (c) => (stderr += c));
      const code = await new Promise((resolve) => run.on("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`The app is running on this database (process ${serving.pid})`);
    } finally {
      serving.kill();
    }
  });
});
