import { describe, expect, it } from "vitest";
import { db, provider } from "./client";

describe("durability settings", () => {
  it.runIf(provider === "sqlite")("SQLite runs in WAL mode and flushes every commit (synchronous = FULL)", async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [sync] = await db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
    expect(journal!.journal_mode).toBe("wal");
    expect(Number(sync!.synchronous)).toBe(2);
  });

  it.runIf(provider === "postgresql")("PostgreSQL flushes every commit (synchronous_commit on, fsync on)", async () => {
    const [row] = await db.$queryRawUnsafe<{ synchronous_commit: string; fsync: string }[]>(
      "SELECT current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync",
    );
    expect(row).toEqual({ synchronous_commit: "on", fsync: "on" });
  });
});
