// Benchmark: drawing up the minutes of a large online conference (the main point's record lists every
// point's people) and saving a section. Prints figures; run it, do not assert on it:
//   npx tsx --conditions=react-server scripts/bench/minutes.ts [points=1000] [peoplePerPoint=8]
// Uses a throw-away SQLite file unless DATABASE_URL names another database (it resets that database).
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const POINTS = Number(process.argv[2] ?? 1000);
const PEOPLE = Number(process.argv[3] ?? 8);
process.env.DATABASE_URL ??= `file:${path.join(os.tmpdir(), `hoinghi-bench-${process.pid}.db`)}`;

async function main() {
  const { resolveDatabaseUrl } = await import("../../lib/db/url");
  const { reset } = await import("../db/deploy");
  await reset(resolveDatabaseUrl(process.env));
  const { db } = await import("../../lib/db/client");
  const { seedDemo } = await import("../../lib/demo/seed");
  const { generateMinutes, saveSection } = await import("../../lib/minutes/manage");
  await db.$transaction((tx) => seedDemo(tx), { timeout: 120_000 });

  const admin = await db.user.findFirstOrThrow({ where: { role: "ADMIN" }, select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true } });
  const province = await db.unit.findFirstOrThrow({ where: { kind: "PROVINCE" } });
  const chair = await db.official.findFirstOrThrow({ where: { fullName: "Bùi Đình Long" } });
  const start = performance.now();
  const meeting = await db.meeting.create({
    data: { title: `Hội nghị trực tuyến ${POINTS} điểm cầu`, titleAscii: "bench", kind: "YEAR_END_REVIEW", mode: "ONLINE", status: "HELD", organiserUnitId: province.id, startsAt: new Date("2026-01-05T01:00:00Z"), endsAt: new Date("2026-01-05T04:00:00Z") },
  });
  const template = await db.agendaItem.findMany({ where: { meeting: { title: { contains: "tổng kết công tác lao động" } } }, select: { position: true, title: true, minutesSkeleton: true, durationMinutes: true } });
  await db.agendaItem.createMany({ data: template.map((item) => ({ ...item, meetingId: meeting.id })) });
  for (let i = 0; i < POINTS; i++) {
    const cp = await db.connectionPoint.create({ data: { name: `Điểm cầu số ${i + 1}`, nameAscii: `diem cau so ${i + 1}`, hostUnitId: province.id } });
    await db.meetingPoint.create({
      data: {
        meetingId: meeting.id, connectionPointId: cp.id, isMain: i === 0, position: i, chairOfficialId: i === 0 ? chair.id : null,
        attendees: { createMany: { data: Array.from({ length: PEOPLE }, (_, p) => ({ fullName: `Nguyễn Văn ${i}-${p}`, title: "Chủ tịch UBND xã", checkIn: p % 7 === 0 ? "ABSENT" as const : "PRESENT_ONLINE" as const, absenceReason: p % 7 === 0 ? "Đi công tác" : null })) } },
      },
    });
  }
  console.log(`setup: ${POINTS} points × ${PEOPLE} people in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  const main = await db.meetingPoint.findFirstOrThrow({ where: { meetingId: meeting.id, isMain: true } });

  const t0 = performance.now();
  const { id } = await generateMinutes(admin, { meetingPointId: main.id, replace: false, version: undefined });
  const generated = performance.now() - t0;
  const participants = await db.minutesSection.findFirstOrThrow({ where: { minutesId: id, position: 0 } });
  console.log(`generate (main point, lists everyone): ${generated.toFixed(0)} ms; participants section ${(participants.body.length / 1024).toFixed(0)} KiB`);

  const times: number[] = [];
  let version = participants.version;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const saved = await saveSection(admin, { minutesId: id, sectionId: participants.id, version, heading: participants.heading, body: `${participants.body}\nsave ${i}` });
    version = saved.version;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`save the participants section (with a full revision each time): median ${times[10]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over 20 saves`);
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
