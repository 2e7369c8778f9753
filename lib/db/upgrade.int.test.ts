// Upgrades: a database made and filled by the previous release (its migrations and its demo seed, dumped
// into prisma/fixtures/release-0.1/) is migrated forward by the current code, and every row it held is
// still there with the same values. Columns a migration drops on purpose are named here, with why.
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/connect";
import { resolveDatabaseUrl, type DatabaseTarget } from "@/lib/db/url";
import { tableRows, type Row } from "@/lib/testing/table-dump";
import { deploy } from "@/scripts/db/deploy";

const server = resolveDatabaseUrl(process.env);
const FIXTURE = path.join(process.cwd(), "prisma", "fixtures", "release-0.1");
/** Dropped on purpose: feed secrets were kept in clear and cannot be hashed in SQL (owners make a new address). */
const DROPPED = { User: ["calendarFeedToken"] } as Record<string, string[]>;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

/** A database holding exactly what the previous release left. */
async function previousRelease(): Promise<DatabaseTarget> {
  if (server.provider === "sqlite") {
    const filename = path.join(mkdtempSync(path.join(os.tmpdir(), "hoinghi-upgrade-")), "release-0.1.db");
    const db = new Database(filename);
    db.exec(readFileSync(path.join(FIXTURE, "sqlite.sql"), "utf8"));
    db.close();
    return { provider: "sqlite", filename };
  }
  const name = `hoinghi_upgrade_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  await client.query(readFileSync(path.join(FIXTURE, "postgresql.sql"), "utf8"));
  await client.end();
  cleanups.push(async () => {
    const c = new pg.Client({ connectionString: server.url });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  });
  return { provider: "postgresql", url: url.toString() };
}

const keyOf = (table: string, row: Row) =>
  "id" in row ? String(row.id) : table === "AppSetting" ? String(row.key) : JSON.stringify(row);

describe("upgrading a database of the previous release", () => {
  it("applies the newer migrations and keeps every row and value it held", async () => {
    const target = await previousRelease();
    const before = await tableRows(target);
    expect(before.Meeting!.length).toBeGreaterThan(0);

    const applied = await deploy(target);
    expect(applied).toContain("20261202200327_accounts_and_security");
    const after = await tableRows(target);

    for (const [table, rows] of Object.entries(before)) {
      if (table === "_prisma_migrations") continue;
      const now = new Map((after[table] ?? []).map((row) => [keyOf(table, row), row]));
      expect(now.size, table).toBe(rows.length);
      for (const row of rows) {
        const kept = now.get(keyOf(table, row));
        const expected = Object.fromEntries(Object.entries(row).filter(([c]) => !DROPPED[table]?.includes(c)));
        expect(
          kept && Object.fromEntries(Object.keys(expected).map((c) => [c, kept[c]])),
          `${table} ${keyOf(table, row)}`,
        ).toEqual(expected);
      }
    }
  });

  it("serves the upgraded data through the current client, with the new columns' defaults", async () => {
    const target = await previousRelease();
    await deploy(target);
    const db = connect(target);
    try {
      const review = await db.meeting.findFirstOrThrow({
        where: { startsAt: new Date("2022-12-27T00:30:00Z") },
        include: { points: { include: { chair: true } }, minutes: true },
      });
      expect(review.points.map((p) => p.chair?.fullName).sort()).toEqual(["Bùi Đình Long", "Hoàng Văn Phúc"]);
      const chair = await db.user.findUniqueOrThrow({ where: { email: "chutri@hoinghi.local" } });
      expect(chair).toMatchObject({ sessionVersion: 1, passwordSignIn: true, calendarFeedTokenHash: null });
      expect(chair.passwordHash).toMatch(/^\$2[aby]\$/);
      const token = await db.apiToken.findUniqueOrThrow({ where: { id: "tok_release01" } });
      expect(token).toMatchObject({ name: "Lịch cơ quan", expiresAt: null, revokedAt: null });
      expect(await db.publicHoliday.count({ where: { kind: { not: "HOLIDAY" } } })).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
