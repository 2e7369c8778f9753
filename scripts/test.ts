// `npm test`: every check, in the order that fails fastest, stopping at the first stage that fails (a
// later stage's output would only bury the cause). Integration tests run on SQLite, and on PostgreSQL as
// well when TEST_POSTGRES_URL names a server (CI always sets it).
import { spawnSync } from "node:child_process";

const bin = (name: string) => `node_modules/.bin/${name}`;
const steps: { name: string; cmd: string[]; env?: Record<string, string> }[] = [
  { name: "type check", cmd: [bin("tsc"), "--noEmit"] },
  { name: "format", cmd: [bin("prettier"), "--check", "--log-level=warn", "."] },
  { name: "lint", cmd: [bin("eslint"), ".", "--max-warnings=0"] },
  { name: "migration drift, unit tests", cmd: [bin("vitest"), "run", "--project", "unit"] },
  { name: "integration tests (SQLite)", cmd: [bin("vitest"), "run", "--project", "integration"] },
];
if (process.env.TEST_POSTGRES_URL) {
  steps.push({
    name: "integration tests (PostgreSQL)",
    cmd: [bin("vitest"), "run", "--project", "integration"],
    env: { TEST_DB: "postgresql" },
  });
} else {
  console.warn(
    "\n! TEST_POSTGRES_URL is not set: the PostgreSQL integration pass is skipped (CI sets it; see README).\n",
  );
}
steps.push({ name: "end-to-end tests (Chromium)", cmd: [bin("playwright"), "test"] });

for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const started = performance.now();
  const { status } = spawnSync(step.cmd[0]!, step.cmd.slice(1), {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...step.env },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${status === 0 ? "✔" : "✘"} ${step.name} (${seconds} s)`);
  if (status !== 0) {
    console.log(`\nFailed: ${step.name}. The later stages did not run.`);
    process.exit(1);
  }
}
console.log("\nAll checks passed.");
