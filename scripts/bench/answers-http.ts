// Benchmark: confirming attendance over HTTP against the production server. Distinct signed-in
// representatives each post their own invitation's answer through the real form (server action,
// multipart post, 303), `clients` at a time, side by side in one run with two references:
//   - the framework floor: the smallest Next.js app answering the same post through an empty action;
//   - the machine's limit: a bare Node http server inserting the row with better-sqlite3.
// Each is measured `rounds` times in turn; the medians are printed as a Markdown table, with every
// acknowledged answer looked up in the database afterwards (lost answers are a failure: exit 1).
//   npx tsx scripts/bench/answers-http.ts [--points 240] [--representatives 200] [--clients 50]
//     [--seconds 10] [--rounds 3] [--port 3400] [--profile <dir>]
// --profile writes the app server's CPU profile (.cpuprofile, for Chrome's DevTools) into <dir>.
// SQLite (data/bench-<points>.db) unless DATABASE_URL names a PostgreSQL database, which it empties.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { connect } from "../../lib/db/connect";
import { buildIfNeeded } from "../build-if-needed";
import { AppClient, actionIds } from "../http/app-client";
import { startServer, stopServer, waitUntilServing } from "../http/server";
import { buildFloorApp } from "./floor-app";
import { benchTarget, buildBenchDatabase } from "./data";
import { closedLoop, median, type LoadFigures } from "./load";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const POINTS = arg("points", 240);
const REPRESENTATIVES = arg("representatives", 200);
const CLIENTS = arg("clients", 50);
const SECONDS = arg("seconds", 10);
const ROUNDS = arg("rounds", 3);
const PORT = arg("port", 3400);

function multipart(fields: Record<string, string>, actionId?: string): FormData {
  const form = new FormData();
  if (actionId) form.set(`$ACTION_ID_${actionId}`, "");
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  return form;
}

async function main() {
  if (REPRESENTATIVES < CLIENTS) throw new Error("--representatives must be at least --clients");
  buildIfNeeded();
  const floorDir = buildFloorApp();
  const target = benchTarget(POINTS);
  const built = await buildBenchDatabase(target, POINTS, REPRESENTATIVES);
  if (built.representatives.length < CLIENTS)
    throw new Error(
      `only ${built.representatives.length} representatives at ${POINTS} points: give more points or fewer clients`,
    );
  console.log(
    `conference: ${built.points} points, ${built.representatives.length} representatives (${built.seconds.toFixed(1)} s)`,
  );

  const env = {
    ...process.env,
    DATABASE_URL: target.provider === "sqlite" ? `file:${target.filename}` : target.url,
    NODE_ENV: "production" as const,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    HOINGHI_BACKUP_INTERVAL_HOURS: "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const ports = { app: PORT, floor: PORT + 1, bare: PORT + 2 };
  const base = (port: number) => `http://localhost:${port}`;
  const profile = process.argv.indexOf("--profile");
  const app = startServer(
    ports.app,
    { ...env, NEXTAUTH_URL: base(ports.app) },
    ".",
    profile > 0 ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.argv[profile + 1]!)}`] : [],
  );
  const floor = startServer(ports.floor, env, floorDir);
  const bareFile = path.join(os.tmpdir(), `hoinghi-bare-${process.pid}.db`);
  const bare = spawn(
    process.execPath,
    [path.resolve("node_modules/.bin/tsx"), "scripts/bench/bare-answer-server.ts", String(ports.bare), bareFile],
    { detached: true, stdio: "ignore" },
  );
  try {
    await Promise.all([
      waitUntilServing(`${base(ports.app)}/login`, app),
      waitUntilServing(base(ports.floor), floor),
      waitUntilServing(base(ports.bare), bare),
    ]);

    // Every representative signs in once, as a ward's office does in the morning.
    const reps = built.representatives.map((r) => ({ ...r, client: new AppClient(base(ports.app)) }));
    for (let i = 0; i < reps.length; i += 8)
      await Promise.all(reps.slice(i, i + 8).map((r) => r.client.signIn(r.email, built.password)));
    const answerAction = actionIds().get("lib/invitations/actions.ts#answerFromForm")!;
    const floorAction = [...actionIds(path.join(floorDir, ".next")).values()][0]!;
    // Client c answers for representatives c, c + clients, …: one representative is never answered
    // twice at once, as on the real network.
    const repOf = (client: number, n: number) => {
      const own = Math.ceil((reps.length - client) / CLIENTS);
      return reps[client + CLIENTS * (n % Math.max(own, 1))]!;
    };
    const acknowledged: string[] = [];
    const saved = (status: number, location: string | null) => status === 303 && !!location?.includes("saved=1");

    const measures: Record<"floor" | "app" | "bare", () => Promise<LoadFigures>> = {
      floor: () =>
        closedLoop(CLIENTS, SECONDS, async (client, n) => {
          const { invitationId } = repOf(client, n);
          const form = multipart({ invitationId, kind: "DECLINE", reason: `floor ${client}-${n}` }, floorAction);
          const r = await fetch(base(ports.floor), { method: "POST", body: form, redirect: "manual" });
          await r.arrayBuffer();
          return saved(r.status, r.headers.get("location"));
        }),
      app: () =>
        closedLoop(CLIENTS, SECONDS, async (client, n) => {
          const rep = repOf(client, n);
          const reason = `bench ${client}-${n}-${randomBytes(3).toString("hex")}`;
          const r = await rep.client.postForm(`/invitations/${rep.invitationId}`, answerAction, {
            invitationId: rep.invitationId,
            kind: "DECLINE",
            reason,
          });
          const ok = saved(r.status, r.headers.get("location"));
          if (ok) acknowledged.push(reason);
          return ok;
        }),
      bare: () =>
        closedLoop(CLIENTS, SECONDS, async (client, n) => {
          const { invitationId } = repOf(client, n);
          const form = multipart({ invitationId, kind: "DECLINE", reason: `bare ${client}-${n}` });
          const r = await fetch(base(ports.bare), { method: "POST", body: form, redirect: "manual" });
          await r.arrayBuffer();
          return saved(r.status, r.headers.get("location"));
        }),
    };
    const runs: Record<string, LoadFigures[]> = { floor: [], app: [], bare: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      for (const name of ["floor", "app", "bare"] as const) {
        const figures = await measures[name]();
        runs[name]!.push(figures);
        console.log(
          `round ${round} ${name}: ${figures.perSecond.toFixed(0)} req/s, p50 ${figures.p50.toFixed(0)} ms, p99 ${figures.p99.toFixed(0)} ms, ${figures.errors} errors`,
        );
      }
    }

    const db = connect(target);
    const found = new Set(
      (
        await db.invitationResponse.findMany({ where: { reason: { startsWith: "bench " } }, select: { reason: true } })
      ).map((r) => r.reason),
    );
    await db.$disconnect();
    const lost = acknowledged.filter((r) => !found.has(r));

    const summary = (name: string) => {
      const list = runs[name]!;
      return {
        perSecond: median(list.map((f) => f.perSecond)),
        p50: median(list.map((f) => f.p50)),
        p99: median(list.map((f) => f.p99)),
        errors: list.reduce((n, f) => n + f.errors, 0),
      };
    };
    const [f, a, b] = [summary("floor"), summary("app"), summary("bare")];
    const row = (label: string, s: ReturnType<typeof summary>, against: string) =>
      `| ${label} | ${s.perSecond.toFixed(0)} | ${s.p50.toFixed(0)} / ${s.p99.toFixed(0)} | ${s.errors} | ${against} |`;
    console.log(
      [
        "",
        `Confirming attendance over HTTP: ${target.provider}, ${built.points} points, ${reps.length} signed-in representatives, ${CLIENTS} concurrent clients, ${SECONDS} s × ${ROUNDS} rounds (medians), ${os.cpus().length} cores`,
        "",
        "| path | req/s | p50 / p99 ms | errors | against the floor |",
        "|---|---|---|---|---|",
        row("empty server action, smallest Next.js app (framework floor)", f, "1 ×"),
        row("a representative's answer through the real form", a, `${(a.perSecond / f.perSecond).toFixed(2)} ×`),
        row(
          "bare Node http + better-sqlite3 insert (machine's limit)",
          b,
          `${(b.perSecond / f.perSecond).toFixed(2)} ×`,
        ),
        "",
        `answers acknowledged: ${acknowledged.length}, found in the database: ${acknowledged.length - lost.length}, lost: ${lost.length}`,
      ].join("\n"),
    );
    process.exitCode = lost.length ? 1 : 0;
  } finally {
    // SIGTERM for the app, so a CPU profile is written as it exits.
    await Promise.all([stopServer(app, "SIGTERM"), stopServer(floor), stopServer(bare)]);
    for (const s of ["", "-wal", "-shm"]) rmSync(bareFile + s, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
