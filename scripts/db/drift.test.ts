import { describe, expect, it } from "vitest";
import { migrationDrift } from "./drift";

// Fails when prisma/schema.prisma changed without `npx tsx scripts/db.ts create <name>`.
describe("committed migration history produces prisma/schema.prisma", () => {
  it("on SQLite", async () => {
    expect(await migrationDrift("sqlite")).toBe("");
  });

  it("on PostgreSQL", async ({ skip }) => {
    const server = process.env.TEST_POSTGRES_URL;
    if (!server) {
      const reason = "TEST_POSTGRES_URL is not set (a server where a temporary shadow database may be created)";
      console.warn(`PostgreSQL drift check skipped: ${reason}`); // the default reporter hides skip notes
      skip(reason);
    }
    expect(await migrationDrift("postgresql", server)).toBe("");
  });
});
