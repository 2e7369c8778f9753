// Migrates the selected database and, when it is empty, seeds it (demo) or creates the first
// administrator. Run by `npm start` before the server starts, and by the end-to-end tests.
import { resolveDatabaseUrl } from "../lib/db/url";
import { connect } from "../lib/db/connect";
import { prepareDatabase } from "../lib/demo/setup";
import { DEMO_SETTING } from "../lib/demo/accounts";
import { deploy } from "./db/deploy";

/** Returns whether the database is a demo (created so now or earlier), which decides how it may be served. */
export async function prepare(env: Record<string, string | undefined> = process.env): Promise<{ demo: boolean }> {
  const target = resolveDatabaseUrl(env);
  const started = performance.now();
  const applied = await deploy(target);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  const db = connect(target);
  try {
    const outcome = await prepareDatabase(db, target, env);
    if (outcome === "demo")
      console.log("Empty database: demo data seeded (DEMO MODE — every account's password is demo1234).");
    if (outcome === "admin") console.log(`Empty database: first administrator ${env.HOINGHI_ADMIN_EMAIL} created.`);
    const demo = (await db.appSetting.findUnique({ where: { key: DEMO_SETTING } }))?.value === "true";
    console.log(`Database ready (${target.provider}) in ${Math.round(performance.now() - started)} ms`);
    return { demo };
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1]?.endsWith("prepare.ts")) {
  prepare().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
