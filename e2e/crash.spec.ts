import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";
import type { CrashReport } from "../scripts/crash-test";

// The shortened crash test (README, "Reliability"): the production build is killed with SIGKILL three
// times under a burst of answers and minutes saves; every acknowledged write must be found afterwards.
// It starts its own server on its own database, beside the one the other specs use.
test("every write the server acknowledged survives SIGKILL, and every queued e-mail goes out", async ({}, testInfo) => {
  // Four server starts and three rounds that each wait for an acknowledged save: minutes on a busy machine.
  test.setTimeout(480_000);
  const run = spawnSync(
    process.execPath,
    [
      "node_modules/.bin/tsx",
      "scripts/crash-test.ts",
      "--iterations",
      "3",
      "--port",
      String(3190 + testInfo.parallelIndex),
    ],
    { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" }, timeout: 450_000 },
  );
  await testInfo.attach("crash-report.json", { body: run.stdout, contentType: "application/json" });
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf("{"))) as CrashReport;
  expect(report.kills).toBe(3);
  expect(report.answers.acknowledged).toBeGreaterThan(0);
  expect(report.answers.lost).toEqual([]);
  expect(report.answers.withoutAudit).toBe(0);
  expect(report.saves.acknowledged).toBeGreaterThan(0);
  expect(report.saves.lost).toEqual([]);
  expect(report.saves.sectionMatchesLastRevision).toBe(true);
  expect(report.mails).toMatchObject({ queued: 40, sent: 40, missing: 0 });
  expect(report.mails.duplicates).toBeLessThanOrEqual(report.kills);
  expect(report.integrity).toBe("ok");
  expect(run.status).toBe(0);
});
