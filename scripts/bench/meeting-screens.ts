// Benchmark: the screens and documents of one large online conference, each loader called as its page
// or route calls it (as an administrator). Prints, per loader, the time and what it loaded; a loader
// that throws is reported and the others still run. Run it, do not assert on it:
//   npx tsx --conditions=react-server scripts/bench/meeting-screens.ts [points=1000] [peoplePerPoint=8]
// Uses a throw-away SQLite file unless DATABASE_URL names another database (it resets that database).
import { performance } from "node:perf_hooks";
import { setUpConference } from "./setup";

const POINTS = Number(process.argv[2] ?? 1000);
const PEOPLE = Number(process.argv[3] ?? 8);

/** Runs one loader, printing its time, a count of what it returned and the size of that as JSON. */
async function measure<T>(name: string, load: () => Promise<T>, count: (result: T) => string): Promise<T | undefined> {
  const start = performance.now();
  try {
    const result = await load();
    const ms = performance.now() - start;
    const bytes = result instanceof Response ? (await result.arrayBuffer()).byteLength : JSON.stringify(result).length;
    console.log(
      `${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${count(result)}, ${(bytes / 1024).toFixed(0)} KiB`,
    );
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) : String(error);
    console.log(`${name.padEnd(34)} ${(performance.now() - start).toFixed(0).padStart(6)} ms  FAILED: ${message}`);
    return undefined;
  }
}

async function main() {
  const { db, admin, conference } = await setUpConference(POINTS, PEOPLE);
  const { meetingId, mainPointId } = conference;
  const { getMeeting } = await import("../../lib/meetings/data");
  const { checkInPointIds, checkInList } = await import("../../lib/attendance/checkin");
  const { minutesOfMeeting, minutesPage } = await import("../../lib/minutes/data");
  const { generateMinutes } = await import("../../lib/minutes/manage");
  const { issueNotice } = await import("../../lib/minutes/notice");
  const { minutesRecord, noticeRecord } = await import("../../lib/minutes/record");
  const { invitationLetterFor } = await import("../../lib/invitations/letter");
  const { calendarMeeting } = await import("../../lib/calendar/data");
  const { getAgenda } = await import("../../lib/agenda/data");
  const { statisticsExportResponse } = await import("../../lib/attendance/export-response");
  const now = new Date("2026-06-01T00:00:00Z");

  await measure(
    "meeting page (getMeeting)",
    () => getMeeting(admin, meetingId),
    (m) => `${m.points.length} points, ${m.points.reduce((n, p) => n + p.invitations.length, 0)} invitations`,
  );
  await measure(
    "meeting page check-in links",
    () => checkInPointIds(admin, meetingId),
    (ids) => `${ids.length} points`,
  );
  await measure(
    "minutes panel (minutesOfMeeting)",
    () => minutesOfMeeting(admin, meetingId),
    (m) => `${m.rows.length} of ${m.total} points`,
  );
  await measure(
    "agenda (getAgenda)",
    () => getAgenda(admin, meetingId),
    (a) => `${a.items.length} items`,
  );
  await measure(
    "calendar file (calendarMeeting)",
    () => calendarMeeting(admin, meetingId),
    (m) => `${m.points.length} points`,
  );
  await measure(
    "check-in of a point (checkInList)",
    () => checkInList(admin, mainPointId, now),
    (list) => `${list.counts.expected} people`,
  );
  const invitation = await db.invitation.findFirstOrThrow({
    where: { meetingPointId: mainPointId },
    select: { id: true },
  });
  await measure(
    "invitation letter",
    () => invitationLetterFor(admin, meetingId, invitation.id),
    (l) => `to ${l.unitName}`,
  );
  const { statisticsPage } = await import("../../lib/attendance/data");
  const { resolvePeriod } = await import("../../lib/attendance/schema");
  const year = resolvePeriod({ from: "2026-01-01", to: "2026-12-31" }, now);
  if (year.ok)
    await measure(
      "statistics (statisticsPage)",
      () => statisticsPage(admin, year.period, { unitPage: 1, pointPage: 1 }, now),
      (s) => `${s.totals.points} points, ${s.totals.units} units`,
    );
  await measure(
    "statistics export (.xlsx)",
    () =>
      statisticsExportResponse(
        admin,
        new URLSearchParams({ format: "xlsx", from: "2026-01-01", to: "2026-12-31" }),
        now,
      ),
    (r) => `HTTP ${r.status}`,
  );

  const generated = await measure(
    "generate main minutes",
    () => generateMinutes(admin, { meetingPointId: mainPointId, replace: false, version: undefined }),
    () => "1 minutes",
  );
  if (!generated) return;
  const minutesId = generated.id;
  await measure(
    "minutes page (minutesPage)",
    () => minutesPage(admin, minutesId),
    (m) => `${m.sections.length} sections`,
  );
  await measure(
    "minutes panel, with minutes",
    () => minutesOfMeeting(admin, meetingId),
    (m) => `${m.rows.filter((p) => p.minutes).length} with minutes, ${m.rows.length} of ${m.total} points`,
  );
  await measure(
    "minutes document (minutesRecord)",
    () => minutesRecord(admin, minutesId),
    (r) => `${r.sections.length} sections`,
  );
  // Approval is the chair's; the benchmark stands in for it, with one conclusion for each of ten units.
  const units = await db.invitation.findMany({ where: { meetingId }, take: 10, select: { unitId: true } });
  await db.conclusion.createMany({
    data: units.map((u, position) => ({
      meetingId,
      minutesId,
      position,
      content: `Kết luận ${position + 1}`,
      leadUnitId: u.unitId,
    })),
  });
  await db.minutes.update({
    where: { id: minutesId },
    data: { status: "APPROVED", approvedAt: now, approvedById: admin.id },
  });
  await measure(
    "issue the notice (issueNotice)",
    () => issueNotice(admin, { minutesId }, now),
    (n) => n.documentNumber,
  );
  await measure(
    "notice document (noticeRecord)",
    () => noticeRecord(admin, minutesId),
    (r) => `${r.points.length} points named`,
  );
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
