import { defineConfig } from "vitest/config";
import path from "node:path";

// "unit": pure logic and tooling. "integration": the data layer against a real database, one fresh
// database per test file (SQLite by default, PostgreSQL with TEST_DB=postgresql; see lib/testing).
export default defineConfig({
  resolve: {
    alias: { "@": import.meta.dirname, "server-only": path.join(import.meta.dirname, "lib/testing/server-only.ts") },
  },
  test: {
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts"], exclude: ["**/*.int.test.ts"] },
      },
      {
        extends: true,
        test: { name: "integration", include: ["lib/**/*.int.test.ts"], setupFiles: ["lib/testing/database-setup.ts"] },
      },
    ],
  },
});
