import { describe, expect, it } from "vitest";
import { backupIntervalHours, FIRST_BACKUP_DELAY_MS, nextBackupDelayMs } from "./schedule";

const sqlite = { provider: "sqlite", filename: "/x.db" } as const;
const postgres = { provider: "postgresql", url: "postgresql://x" } as const;

describe("scheduled backups", () => {
  it("are daily on SQLite and off on PostgreSQL unless configured", () => {
    expect(backupIntervalHours(sqlite, {})).toBe(24);
    expect(backupIntervalHours(postgres, {})).toBe(0);
    expect(backupIntervalHours(postgres, { HOINGHI_BACKUP_INTERVAL_HOURS: "6" })).toBe(6);
    expect(backupIntervalHours(sqlite, { HOINGHI_BACKUP_INTERVAL_HOURS: "0" })).toBe(0);
    expect(() => backupIntervalHours(sqlite, { HOINGHI_BACKUP_INTERVAL_HOURS: "daily" })).toThrow(/hours/);
  });

  it("follow the newest backup across restarts, never sooner than a minute after start", () => {
    const now = new Date("2026-12-02T12:00:00Z");
    expect(nextBackupDelayMs(now, null, 24)).toBe(FIRST_BACKUP_DELAY_MS);
    expect(nextBackupDelayMs(now, new Date("2026-12-02T02:00:00Z"), 24)).toBe(14 * 3_600_000);
    expect(nextBackupDelayMs(now, new Date("2026-11-30T12:00:00Z"), 24)).toBe(FIRST_BACKUP_DELAY_MS);
  });
});
