import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./e2e/chromium";
import { E2E_PROXY_HOST, E2E_SECRET } from "./e2e/server-env";

// Drives the production build (next start) in Debian's Chromium, on a database of its own that is
// recreated with the demo data for every run: SQLite for every spec at desktop and phone widths, and,
// when TEST_POSTGRES_URL names a server (CI), PostgreSQL for the three main journeys.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const POSTGRES_PORT = PORT + 1;
const postgres = postgresDatabase(process.env.TEST_POSTGRES_URL, POSTGRES_PORT);
const JOURNEYS = /(scheduling|answers|minutes)\.spec\.ts/;
// The two servers must not build .next at the same time: each builds (if needed) under this lock first.
const build = "flock data/e2e-build.lock tsx scripts/build.ts";
const serverEnv = {
  HOINGHI_DEMO: "on",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXTAUTH_SECRET: E2E_SECRET,
  HOINGHI_ALLOWED_ORIGINS: E2E_PROXY_HOST,
};

function postgresDatabase(server: string | undefined, port: number): string | null {
  if (!server) return null;
  const url = new URL(server);
  url.pathname = `/hoinghi_e2e_${port}`;
  return url.toString();
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // A stray test.only must not turn CI's run into one test.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "vi-VN",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 } } },
    {
      name: "phone",
      // The crash test and the document links have no layout to test: one run of each is enough. Single sign-on
      // is a round of redirects around one button of the login page, through servers of its own on fixed ports
      // (e2e/sso-servers.ts) that a second project would have to start again, or collide with.
      testIgnore: /(crash|demo-documents|sso)\.spec\.ts/,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
      },
    },
    ...(postgres
      ? [
          {
            name: "postgres",
            testMatch: JOURNEYS,
            use: {
              ...devices["Desktop Chrome"],
              viewport: { width: 1280, height: 800 },
              baseURL: `http://localhost:${POSTGRES_PORT}`,
            },
          },
        ]
      : []),
  ],
  webServer: [
    {
      // The lock serialises runs on one machine: a second run waits rather than rebuilding .next under the first.
      command: `mkdir -p data && flock data/e2e.lock sh -c 'rm -f data/e2e-${PORT}.db data/e2e-${PORT}.db-wal data/e2e-${PORT}.db-shm && ${build} && exec tsx scripts/start.ts'`,
      url: `http://localhost:${PORT}/login`,
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: { ...serverEnv, DATABASE_URL: `file:./data/e2e-${PORT}.db`, PORT: String(PORT) },
    },
    ...(postgres
      ? [
          {
            command: `mkdir -p data && tsx scripts/e2e-postgres.ts && ${build} && exec tsx scripts/start.ts`,
            url: `http://localhost:${POSTGRES_PORT}/login`,
            timeout: 900_000,
            reuseExistingServer: false,
            stdout: "pipe" as const,
            env: { ...serverEnv, DATABASE_URL: postgres, PORT: String(POSTGRES_PORT) },
          },
        ]
      : []),
  ],
});
