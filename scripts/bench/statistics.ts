// Benchmark: what the organiser of the synthetic national conference (`npm run bench:data`) gets over
// HTTP from the production server — the statistics page for the conference's month, its .xlsx and .csv
// exports, and the JSON API's meeting detail — and what the server's memory does meanwhile. Prints
// figures; run it, do not assert on it. Start the server on the bench database first:
//   npm run build && PORT=3275 DATABASE_URL=file:./data/bench-3400.db npx tsx scripts/start.ts
//   DATABASE_URL=file:./data/bench-3400.db npx tsx scripts/bench/statistics.ts --url http://localhost:3275 [--runs 3]
// DATABASE_URL is read to find the conference and to give the organiser an API token.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { connect } from "../../lib/db/connect";
import { resolveDatabaseUrl } from "../../lib/db/url";
import { displayPrefix, generateApiToken, hashApiToken } from "../../lib/api-tokens/token";
import { AppClient } from "../http/app-client";
import { BENCH_PASSWORD } from "./data";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1]! : fallback;
};
const BASE = arg("url", "http://localhost:3275");
const RUNS = Number(arg("runs", "3"));
/** Which paths to measure, in order: a fresh server measured on one path alone shows that path's peak memory. */
const ONLY = arg("paths", "page,xlsx,csv,api").split(",");
const ORGANISER = "vanphong@chinhphu.bench";

/** The process listening on the server's port (next start), whose memory is read from /proc. */
function serverPid(port: string): number {
  const out = execFileSync("ss", ["-ltnpH", `sport = :${port}`], { encoding: "utf8" });
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`nothing listens on port ${port}: start the server first`);
  return Number(match[1]);
}

/** Resident memory now and at its peak since the server started, in MiB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kib("VmRSS") / 1024, peak: kib("VmHWM") / 1024 };
}

/** CPU time the server has used so far, in ms: on a shared machine, a fairer figure than the wall clock. */
function cpuTime(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks of 10 ms
  return ticks * 10;
}

interface Sample {
  status: number;
  firstByte: number;
  total: number;
  bytes: number;
  body?: string;
}

/** One GET, reading the body as it streams: milliseconds to its first byte and to its end, and its size. */
async function timed(request: () => Promise<Response>, keepBody = false): Promise<Sample> {
  const start = performance.now();
  const response = await request();
  const reader = response.body!.getReader();
  let firstByte = 0;
  let bytes = 0;
  const chunks: Uint8Array[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - start;
    bytes += value.byteLength;
    if (keepBody) chunks.push(value);
  }
  return {
    status: response.status,
    firstByte,
    total: performance.now() - start,
    bytes,
    body: keepBody ? Buffer.concat(chunks).toString("utf8") : undefined,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const size = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MiB` : `${(bytes / 1024).toFixed(0)} KiB`;

async function main() {
  const db = connect(resolveDatabaseUrl(process.env));
  const organiser = await db.user.findUniqueOrThrow({
    where: { email: ORGANISER },
    select: { id: true, unitId: true },
  });
  const meeting = await db.meeting.findFirstOrThrow({
    where: { organiserUnitId: organiser.unitId },
    orderBy: { points: { _count: "desc" } },
    select: { id: true, startsAt: true, _count: { select: { points: true, invitations: true } } },
  });
  // The conference's month by default (the bench conference is placed four weeks after the day it is built).
  const month = meeting.startsAt.toISOString().slice(0, 7);
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
  const FROM = arg("from", `${month}-01`);
  const TO = arg("to", `${month}-${lastDay}`);
  const token = generateApiToken();
  await db.apiToken.create({
    data: {
      userId: organiser.id,
      name: `bench ${new Date().toISOString()}`,
      prefix: displayPrefix(token),
      tokenHash: hashApiToken(token),
    },
  });
  await db.$disconnect();

  const pid = serverPid(new URL(BASE).port);
  const client = new AppClient(BASE);
  await client.signIn(ORGANISER, BENCH_PASSWORD);
  const session = (path: string) => () => client.fetch(path);
  const api = (path: string) => () => fetch(new URL(path, BASE), { headers: { Authorization: `Bearer ${token}` } });
  const period = `from=${FROM}&to=${TO}`;

  console.log(
    `${BASE}: meeting ${meeting.id} with ${meeting._count.points} points and ${meeting._count.invitations} invitations; ` +
      `server pid ${pid}, RSS ${memory(pid).rss.toFixed(0)} MiB at the start; median of ${RUNS} runs`,
  );
  const columns = ["status", "first byte", "total", "server CPU", "size", "RSS", "peak RSS"];
  const print = (name: string, cells: string[]) =>
    console.log(`${name.padEnd(36)} ${cells.map((c, i) => c.padStart(columns[i]!.length + 2)).join(" ")}`);
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const mib = (value: number) => `${value.toFixed(0)} MiB`;
  print("path", columns);

  const paths: [string, string, () => Promise<Response>][] = [
    ["page", "statistics page", session(`/statistics?${period}`)],
    ["xlsx", "statistics .xlsx", session(`/statistics/export?format=xlsx&${period}`)],
    ["csv", "statistics .csv per point", session(`/statistics/export?format=csv&report=points&${period}`)],
    ["api", "API meeting detail, first page", api(`/api/v1/meetings/${meeting.id}`)],
  ];
  for (const [key, name, request] of paths) {
    if (!ONLY.includes(key)) continue;
    const samples: (Sample & { cpu: number })[] = [];
    for (let run = 0; run < RUNS; run++) {
      const before = cpuTime(pid);
      const sample = await timed(request);
      samples.push({ ...sample, cpu: cpuTime(pid) - before });
    }
    const { rss, peak } = memory(pid);
    const mid = (pick: (s: (typeof samples)[number]) => number) => median(samples.map(pick));
    print(name, [
      String(samples[0]!.status),
      ms(mid((s) => s.firstByte)),
      ms(mid((s) => s.total)),
      ms(mid((s) => s.cpu)),
      size(samples[0]!.bytes),
      mib(rss),
      mib(peak),
    ]);
  }

  if (!ONLY.includes("api")) return;
  // Every point of the meeting through the API, following the cursor when the answer has one.
  const start = performance.now();
  const cpuBefore = cpuTime(pid);
  let pages = 0;
  let bytes = 0;
  let points = 0;
  let cursor: string | null = null;
  do {
    const page = await timed(api(`/api/v1/meetings/${meeting.id}${cursor ? `?cursor=${cursor}` : ""}`), true);
    if (page.status !== 200) {
      print("API meeting detail, every point", [String(page.status), page.body!.slice(0, 60)]);
      return;
    }
    const body = JSON.parse(page.body!) as { data: { points: unknown[] }; nextCursor?: string | null };
    pages++;
    bytes += page.bytes;
    points += body.data.points.length;
    cursor = body.nextCursor ?? null;
  } while (cursor);
  const { rss, peak } = memory(pid);
  print(`API every point (${points} in ${pages} pages)`, [
    "200",
    "",
    ms(performance.now() - start),
    ms(cpuTime(pid) - cpuBefore),
    size(bytes),
    mib(rss),
    mib(peak),
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
