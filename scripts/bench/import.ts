// Benchmark: a bulk import of 20,000 lines, through the same code as the import screen (read the file,
// dry run, writing in chunks), printing each step's time and the process's peak memory. Prints figures;
// run it, do not assert on it:
//   npm run bench:import -- [lines=20000] [kinds=units,officials,users]
// Uses a throw-away SQLite file unless DATABASE_URL names another database (it resets that database).
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const LINES = Number(process.argv[2] ?? 20_000);
const KINDS = (process.argv[3] ?? "units,officials,users").split(",");
const PROVINCES = 34;

/** The largest resident set seen, sampled as the import runs (the kernel's own peak counts the setup too). */
let peakRss = 0;
let peakHeap = 0;
const sampler = setInterval(() => {
  const { rss, heapUsed } = process.memoryUsage();
  peakRss = Math.max(peakRss, rss);
  peakHeap = Math.max(peakHeap, heapUsed);
}, 20);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** 34 provinces and their communes, each naming its province by code; decomposed (NFD) as a Mac would save them. */
function unitLines(header: string[]): string[][] {
  const lines = [header];
  for (let p = 1; p <= PROVINCES; p++) lines.push([`T${p}`, `Tỉnh Thử Nghiệm Số ${p}`, "Tỉnh", "Khối chính quyền", ""]);
  for (let i = 0; lines.length <= LINES; i++) {
    const p = (i % PROVINCES) + 1;
    const name = `${i % 3 === 0 ? "Phường" : "Xã"} Hưng Lộc Số ${i + 1}`.normalize("NFD");
    lines.push([
      `T${p}-${i + 1}`,
      name,
      i % 3 === 0 ? "Phường" : "Xã",
      "Khối chính quyền",
      `T${p}`,
      "",
      "UBND",
      "",
      `xa${i + 1}@thu.gov.vn`,
      "0238 3824 000",
    ]);
  }
  return lines;
}

/** A chair and a secretary of each commune the units import made. */
function officialLines(header: string[]): string[][] {
  const lines = [header];
  for (let i = 0; lines.length <= LINES; i++) {
    const commune = `T${(Math.floor(i / 2) % PROVINCES) + 1}-${Math.floor(i / 2) + 1}`;
    const title = i % 2 === 0 ? "Chủ tịch UBND" : "Phó Chủ tịch UBND";
    lines.push([`Nguyễn Văn Thử ${i + 1}`.normalize("NFD"), title, commune, `canbo${i + 1}@thu.gov.vn`, ""]);
  }
  return lines;
}

/** A unit representative of each commune: each account gets its one-time link by e-mail. */
function userLines(header: string[]): string[][] {
  const lines = [header];
  const communes = LINES - PROVINCES;
  for (let i = 0; lines.length <= LINES; i++) {
    const j = i % communes;
    const commune = `T${(j % PROVINCES) + 1}-${j + 1}`;
    lines.push([`daidien${i + 1}@thu.gov.vn`, `Trần Thị Thử ${i + 1}`, "Đại diện đơn vị", commune, "", ""]);
  }
  return lines;
}

async function main() {
  process.env.DATABASE_URL ??= `file:${path.join(os.tmpdir(), `hoinghi-bench-import-${process.pid}.db`)}`;
  const { resolveDatabaseUrl } = await import("../../lib/db/url");
  const { reset } = await import("../db/deploy");
  const target = resolveDatabaseUrl(process.env);
  await reset(target);
  const { db } = await import("../../lib/db/client");
  const { seedDemo } = await import("../../lib/demo/seed");
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });
  const admin = await db.user.findFirstOrThrow({
    where: { role: "ADMIN" },
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
  });
  const { COLUMNS } = await import("../../lib/import/columns");
  const { xlsxOf } = await import("../../lib/import/sample-files");
  const { applyImport, checkImport } = await import("../../lib/import/manage");
  const { writingOf } = await import("../../lib/import/runner");
  const builders = { units: unitLines, officials: officialLines, users: userLines } as const;
  const kinds = { units: "UNITS", officials: "OFFICIALS", users: "USERS" } as const;
  console.log(`${target.provider}, ${LINES} lines per file, Node ${process.version}, ${os.cpus().length} cores`);

  for (const name of KINDS as (keyof typeof builders)[]) {
    const kind = kinds[name];
    const bytes = await xlsxOf(builders[name](COLUMNS[kind].map((c) => c.header)));
    const file = new File([bytes], `${name}.xlsx`);
    global.gc?.();
    ({ rss: peakRss, heapUsed: peakHeap } = process.memoryUsage());
    const before = { rss: peakRss, heap: peakHeap };
    let start = performance.now();
    const job = await checkImport(admin, { kind, file });
    const checked = seconds(start);
    start = performance.now();
    await applyImport(admin, { jobId: job.id });
    await writingOf(job.id);
    const written = seconds(start);
    const done = await db.importJob.findUniqueOrThrow({ where: { id: job.id } });
    start = performance.now();
    const again = await checkImport(admin, { kind, file });
    const rechecked = seconds(start);
    console.log(
      `${name}: ${(bytes.byteLength / 1024).toFixed(0)} KiB .xlsx; dry run ${checked} (${job.creates} to create, ${job.errors} errors); ` +
        `written in ${written} (${done.writtenRows} written, ${done.refusedRows} refused); ` +
        `re-import dry run ${rechecked} (${again.unchanged} unchanged, ${again.creates + again.updates} to write); ` +
        `peak RSS ${mib(peakRss)} (${mib(before.rss)} before), peak heap ${mib(peakHeap)} (${mib(before.heap)} before)`,
    );
  }
  clearInterval(sampler);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
