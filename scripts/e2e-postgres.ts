// Recreates the PostgreSQL database the end-to-end journeys run on (DATABASE_URL), empty, so the server
// started next seeds the demo into it. Only for the e2e run: it drops the database.
import pg from "pg";

async function main() {
  const url = new URL(process.env.DATABASE_URL ?? "");
  const name = url.pathname.slice(1);
  if (!/^hoinghi_e2e_\d+$/.test(name)) throw new Error(`refusing to recreate ${name}: not an e2e database`);
  const server = new URL(url);
  server.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
