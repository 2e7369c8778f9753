// Benchmark: what a burst of sign-ins costs the users already signed in. Each password check is a
// bcrypt compare at cost 11 (~0.15 s of CPU). On the production server, `others` signed-in
// representatives load their invitation page in a closed loop, first alone, then while `burst` clients
// sign in again and again with the right password (a fresh client each time: the CSRF token, then the
// credentials post), at the same time and for the same time. Side by side in one run, one server per
// setting of HOINGHI_BCRYPT_THREADS (by default 0, bcrypt on the event loop as before, and the default
// worker pool), measured in turn `rounds` times; the medians are printed as a Markdown table: the
// others' p50 / p99 in both conditions and the sign-ins per second. Every request sent during the
// measured time is counted, however late its answer. Right passwords must never be throttled (the
// throttle counts a try before its check and takes it back when it was right): a refused sign-in is an
// error, and the throttle's rows are read after the run (no failures may be left counted).
//   npx tsx scripts/bench/sign-in-burst.ts [--points 240] [--others 10] [--burst 20] [--seconds 15]
//     [--rounds 3] [--port 3400] [--threads 0,]   (a comma-separated list; "" is the default)
// SQLite (data/bench-<points>.db) unless DATABASE_URL names a PostgreSQL database, which it empties.
import { randomBytes } from "node:crypto";
import os from "node:os";
import { bcryptThreads } from "../../lib/auth/bcrypt-pool";
import { connect } from "../../lib/db/connect";
import { buildIfNeeded } from "../build-if-needed";
import { AppClient } from "../http/app-client";
import { startServer, stopServer, waitUntilServing } from "../http/server";
import { benchTarget, buildBenchDatabase } from "./data";
import { performance } from "node:perf_hooks";
import { median, percentile, type LoadFigures } from "./load";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const POINTS = arg("points", 240);
const OTHERS = arg("others", 10);
const BURST = arg("burst", 20);
const SECONDS = arg("seconds", 15);
const ROUNDS = arg("rounds", 3);
const PORT = arg("port", 3400);
// Each setting of HOINGHI_BCRYPT_THREADS is its own server (on PORT, PORT + 1, …), measured in turn;
// "" is the default.
const threadsArg = process.argv.indexOf("--threads");
const THREADS = threadsArg > 0 ? process.argv[threadsArg + 1]!.split(",") : ["0", ""];

/**
 * A closed loop like load.ts's, except that every request *sent* in the window is counted, however late
 * its answer (each loop sends nothing more after the window, but waits for its last answer): under the
 * burst an answer can take longer than the window, and dropping those would hide exactly the stalls
 * measured here. A short warm-up before the window is not counted.
 */
async function closedLoop(
  clients: number,
  seconds: number,
  send: (client: number) => Promise<boolean>,
  warmUpSeconds = 2,
): Promise<LoadFigures> {
  const measureFrom = performance.now() + warmUpSeconds * 1000;
  const stopAt = measureFrom + seconds * 1000;
  const latencies: number[] = [];
  let errors = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < stopAt) {
        const sentAt = performance.now();
        const ok = await send(client).catch(() => false);
        if (sentAt < measureFrom) continue;
        latencies.push(performance.now() - sentAt);
        if (!ok) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

interface Setting {
  label: string;
  threads: string;
  port: number;
}

async function main() {
  buildIfNeeded();
  const target = benchTarget(POINTS);
  const built = await buildBenchDatabase(target, POINTS, OTHERS + BURST);
  if (built.representatives.length < OTHERS + BURST)
    throw new Error(`only ${built.representatives.length} representatives at ${POINTS} points: give more points`);
  const settings: Setting[] = THREADS.map((threads, i) => ({
    threads,
    port: PORT + i,
    label:
      threads === "0"
        ? "bcrypt on the event loop (HOINGHI_BCRYPT_THREADS=0)"
        : threads
          ? `bcrypt on ${threads} worker thread(s)`
          : `bcrypt on worker threads (default: ${bcryptThreads({})})`,
  }));
  const env = {
    ...process.env,
    DATABASE_URL: target.provider === "sqlite" ? `file:${target.filename}` : target.url,
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HOINGHI_BACKUP_INTERVAL_HOURS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const base = (port: number) => `http://localhost:${port}`;
  const servers = settings.map(({ port, threads }) =>
    startServer(port, { ...env, NEXTAUTH_URL: base(port), HOINGHI_BCRYPT_THREADS: threads }),
  );
  try {
    await Promise.all(settings.map((s, i) => waitUntilServing(`${base(s.port)}/login`, servers[i]!)));
    const signingIn = built.representatives.slice(OTHERS, OTHERS + BURST);
    const measures = await Promise.all(
      settings.map(async ({ port }) => {
        const others = built.representatives.slice(0, OTHERS).map((r) => ({ ...r, client: new AppClient(base(port)) }));
        for (const r of others) await r.client.signIn(r.email, built.password);
        const load = () =>
          closedLoop(OTHERS, SECONDS, async (client) => {
            const rep = others[client]!;
            const answer = await rep.client.request(`/invitations/${rep.invitationId}`);
            return answer.status === 200 && answer.text.includes(rep.invitationId);
          });
        const burst = () =>
          closedLoop(BURST, SECONDS, async (client) => {
            await new AppClient(base(port)).signIn(signingIn[client]!.email, built.password);
            return true;
          });
        return { load, burst };
      }),
    );

    const runs = settings.map(() => ({
      alone: [] as LoadFigures[],
      during: [] as LoadFigures[],
      signIns: [] as LoadFigures[],
    }));
    const f = (x: LoadFigures) =>
      `p50 ${x.p50.toFixed(0)} / p99 ${x.p99.toFixed(0)} ms (${x.perSecond.toFixed(1)}/s, ${x.errors} errors)`;
    // In turn, each round: every setting alone, then under the burst, so a busy machine weighs on all alike.
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [i, setting] of settings.entries()) {
        const { load, burst } = measures[i]!;
        const a = await load();
        const [d, s] = await Promise.all([load(), burst()]);
        runs[i]!.alone.push(a);
        runs[i]!.during.push(d);
        runs[i]!.signIns.push(s);
        console.log(
          `round ${round}, ${setting.label}: others alone ${f(a)}; during the burst ${f(d)}; sign-ins ${f(s)}`,
        );
      }
    }

    // Right passwords leave nothing counted: every try taken back, no wait started.
    const db = connect(target);
    const throttled = await db.signInThrottle.findMany();
    await db.$disconnect();
    const counted = throttled.filter((r) => r.failures > 0 || r.blockedUntil);

    const m = (list: LoadFigures[], key: keyof LoadFigures) => median(list.map((x) => x[key]));
    const ms = (list: LoadFigures[]) => `${m(list, "p50").toFixed(0)} / ${m(list, "p99").toFixed(0)}`;
    const all = runs.flatMap((r) => [...r.alone, ...r.during]);
    const errors = all.reduce((n, x) => n + x.errors, 0);
    const refused = runs.flatMap((r) => r.signIns).reduce((n, x) => n + x.errors, 0);
    console.log(
      [
        "",
        `Sign-in burst: ${target.provider}, ${OTHERS} signed-in representatives loading their invitation page, ` +
          `${BURST} clients signing in, ${SECONDS} s × ${ROUNDS} rounds (medians), ${os.cpus().length} cores`,
        "",
        "| setting | others alone: p50 / p99 ms (req/s) | others during the burst: p50 / p99 ms (req/s) | sign-ins/s (refused ones not counted) | sign-in p50 / p99 ms |",
        "|---|---|---|---|---|",
        ...settings.map((setting, i) => {
          const r = runs[i]!;
          return `| ${setting.label} | ${ms(r.alone)} (${m(r.alone, "perSecond").toFixed(1)}) | ${ms(r.during)} (${m(r.during, "perSecond").toFixed(1)}) | ${median(r.signIns.map((x) => (x.requests - x.errors) / SECONDS)).toFixed(1)} | ${ms(r.signIns)} |`;
        }),
        "",
        `page errors: ${errors}; sign-ins refused: ${refused}; throttle rows still counting failures: ${counted.length}`,
      ].join("\n"),
    );
    process.exitCode = errors || refused || counted.length ? 1 : 0;
  } finally {
    await Promise.all(servers.map((server) => stopServer(server)));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
