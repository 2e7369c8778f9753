// Benchmark: drawing up the minutes of a large online conference (the main point's record lists every
// point's people) and saving a section. Prints figures; run it, do not assert on it:
//   npx tsx --conditions=react-server scripts/bench/minutes.ts [points=1000] [peoplePerPoint=8]
// Uses a throw-away SQLite file unless DATABASE_URL names another database (it resets that database).
import { performance } from "node:perf_hooks";
import { setUpConference } from "./setup";

const POINTS = Number(process.argv[2] ?? 1000);
const PEOPLE = Number(process.argv[3] ?? 8);

async function main() {
  const { db, admin, conference } = await setUpConference(POINTS, PEOPLE);
  const { generateMinutes, saveSection } = await import("../../lib/minutes/manage");

  const t0 = performance.now();
  const { id } = await generateMinutes(admin, {
    meetingPointId: conference.mainPointId,
    replace: false,
    version: undefined,
  });
  const generated = performance.now() - t0;
  const participants = await db.minutesSection.findFirstOrThrow({ where: { minutesId: id, position: 0 } });
  console.log(
    `generate (main point, lists everyone): ${generated.toFixed(0)} ms; participants section ${(participants.body.length / 1024).toFixed(0)} KiB`,
  );

  const times: number[] = [];
  let version = participants.version;
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    const saved = await saveSection(admin, {
      minutesId: id,
      sectionId: participants.id,
      version,
      heading: participants.heading,
      body: `${participants.body}\nsave ${i}`,
    });
    version = saved.version;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `save the participants section (with a full revision each time): median ${times[10]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms over 20 saves`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
