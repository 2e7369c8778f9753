// Benchmark: what a burst of sign-ins costs the users already signed in. Each password check is a
// bcrypt compare at cost 11 (~0.15 s of CPU); on the production server, `others` signed-in
// representatives load their invitation page in a closed loop, first alone, then while `burst` clients
// sign in again and again with the right password (a fresh client each time: the CSRF token, then the
// credentials post), at the same time and for the same time. Each condition is measured `rounds` times
// in turn; the medians are printed as a Markdown table: the others' p50 / p99 in both conditions and the
// sign-ins per second. Right passwords must never be throttled (the throttle counts a try before its
// check and takes it back when it was right): a refused sign-in is an error, and the throttle's rows
// are read after the run (no failures may be left counted). Every request sent during the measured
// time is counted, however late its answer.
//   npx tsx scripts/bench/sign-in-burst.ts [--points 240] [--others 10] [--burst 20] [--seconds 15]
//     [--rounds 3] [--port 3400]
// SQLite (data/bench-<points>.db) unless DATABASE_URL names a PostgreSQL database, which it empties.
import { randomBytes } from "node:crypto";
import os from "node:os";
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

async function main() {
  buildIfNeeded();
  const target = benchTarget(POINTS);
  const built = await buildBenchDatabase(target, POINTS, OTHERS + BURST);
  if (built.representatives.length < OTHERS + BURST)
    throw new Error(`only ${built.representatives.length} representatives at ${POINTS} points: give more points`);
  const base = `http://localhost:${PORT}`;
  const server = startServer(PORT, {
    ...process.env,
    DATABASE_URL: target.provider === "sqlite" ? `file:${target.filename}` : target.url,
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: base,
    HOINGHI_BACKUP_INTERVAL_HOURS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  });
  try {
    await waitUntilServing(`${base}/login`, server);
    const others = built.representatives.slice(0, OTHERS).map((r) => ({ ...r, client: new AppClient(base) }));
    const signingIn = built.representatives.slice(OTHERS, OTHERS + BURST);
    for (const r of others) await r.client.signIn(r.email, built.password);

    const load = () =>
      closedLoop(OTHERS, SECONDS, async (client) => {
        const rep = others[client]!;
        const answer = await rep.client.request(`/invitations/${rep.invitationId}`);
        return answer.status === 200 && answer.text.includes(rep.invitationId);
      });
    const burst = () =>
      closedLoop(BURST, SECONDS, async (client) => {
        await new AppClient(base).signIn(signingIn[client]!.email, built.password);
        return true;
      });

    const alone: LoadFigures[] = [];
    const during: LoadFigures[] = [];
    const signIns: LoadFigures[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const a = await load();
      alone.push(a);
      const [d, s] = await Promise.all([load(), burst()]);
      during.push(d);
      signIns.push(s);
      console.log(
        `round ${round}: others alone p50 ${a.p50.toFixed(0)} / p99 ${a.p99.toFixed(0)} ms (${a.perSecond.toFixed(1)} req/s, ${a.errors} errors); ` +
          `during the burst p50 ${d.p50.toFixed(0)} / p99 ${d.p99.toFixed(0)} ms (${d.perSecond.toFixed(1)} req/s, ${d.errors} errors); ` +
          `${s.perSecond.toFixed(1)} sign-ins/s, p50 ${s.p50.toFixed(0)} / p99 ${s.p99.toFixed(0)} ms, ${s.errors} refused`,
      );
    }

    // Right passwords leave nothing counted: every try taken back, no wait started.
    const db = connect(target);
    const throttled = await db.signInThrottle.findMany();
    await db.$disconnect();
    const counted = throttled.filter((r) => r.failures > 0 || r.blockedUntil);

    const m = (list: LoadFigures[], key: keyof LoadFigures) => median(list.map((f) => f[key]));
    const refused = signIns.reduce((n, f) => n + f.errors, 0);
    const errors = [...alone, ...during].reduce((n, f) => n + f.errors, 0);
    console.log(
      [
        "",
        `Sign-in burst: ${target.provider}, ${OTHERS} signed-in representatives loading their invitation page, ` +
          `${BURST} clients signing in, ${SECONDS} s × ${ROUNDS} rounds (medians), ${os.cpus().length} cores`,
        "",
        "| condition | others' req/s | others' p50 / p99 ms | sign-ins/s | sign-in p50 / p99 ms |",
        "|---|---|---|---|---|",
        `| others alone | ${m(alone, "perSecond").toFixed(1)} | ${m(alone, "p50").toFixed(0)} / ${m(alone, "p99").toFixed(0)} | — | — |`,
        `| during the sign-in burst | ${m(during, "perSecond").toFixed(1)} | ${m(during, "p50").toFixed(0)} / ${m(during, "p99").toFixed(0)} | ${m(signIns, "perSecond").toFixed(1)} | ${m(signIns, "p50").toFixed(0)} / ${m(signIns, "p99").toFixed(0)} |`,
        "",
        `page errors: ${errors}; sign-ins refused: ${refused}; throttle rows still counting failures: ${counted.length}`,
      ].join("\n"),
    );
    process.exitCode = errors || refused || counted.length ? 1 : 0;
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
