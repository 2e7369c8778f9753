// What every benchmark starts from: a fresh database holding the demo story and one large online
// conference (see lib/testing/conference). A throw-away SQLite file unless DATABASE_URL names another
// database, which it resets.
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export async function setUpConference(points: number, people: number) {
  process.env.DATABASE_URL ??= `file:${path.join(os.tmpdir(), `hoinghi-bench-${process.pid}.db`)}`;
  const { resolveDatabaseUrl } = await import("../../lib/db/url");
  const { reset } = await import("../db/deploy");
  await reset(resolveDatabaseUrl(process.env));
  const { db } = await import("../../lib/db/client");
  const { seedDemo } = await import("../../lib/demo/seed");
  const { buildConference } = await import("../../lib/testing/conference");
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  const admin = await db.user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  const start = performance.now();
  const conference = await buildConference(db, points, people);
  console.log(`setup: ${points} points × ${people} people in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return { db, admin, conference };
}
