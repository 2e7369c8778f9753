// `npm run bench:data -- --points 3400`: builds the synthetic national conference of lib/bench on the
// demo story, into DATABASE_URL (reset first) or data/bench-<points>.db, and prints what it built and
// how long it took. Every account it creates signs in with the password printed.
import path from "node:path";
import { performance } from "node:perf_hooks";
import { hashPassword } from "../../lib/auth/password";
import { connect } from "../../lib/db/connect";
import { resolveDatabaseUrl, type DatabaseTarget } from "../../lib/db/url";
import { seedDemo } from "../../lib/demo/seed";
import { buildNationalConference, type NationalConference } from "../../lib/bench/national-conference";
import { reset } from "../db/deploy";

export const BENCH_PASSWORD = "bench-password-2026";

export function benchTarget(points: number, env: Record<string, string | undefined> = process.env): DatabaseTarget {
  return env.DATABASE_URL
    ? resolveDatabaseUrl(env)
    : { provider: "sqlite", filename: path.resolve("data", `bench-${points}.db`) };
}

export async function buildBenchDatabase(
  target: DatabaseTarget,
  points: number,
  representatives: number,
): Promise<NationalConference & { seconds: number }> {
  await reset(target);
  const db = connect(target);
  try {
    const started = performance.now();
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const conference = await db.$transaction(
      async (tx) => {
        await seedDemo(tx);
        return buildNationalConference(tx, { points, representatives, password: BENCH_PASSWORD, passwordHash });
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
    return { ...conference, seconds: (performance.now() - started) / 1000 };
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("data.ts")) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const points = arg("points", 240);
  const target = benchTarget(points);
  buildBenchDatabase(target, points, arg("representatives", 200))
    .then((c) => {
      const where = target.provider === "sqlite" ? target.filename : "DATABASE_URL";
      console.log(
        `Built in ${c.seconds.toFixed(1)} s into ${where}: ${c.points} points, ${c.units} units, ` +
          `${c.invitations} invitations, ${c.attendees} attendees, ${c.representatives.length} representatives ` +
          `(password ${c.password}); organiser ${c.organiser.email}, meeting ${c.meetingId}`,
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
