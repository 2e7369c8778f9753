// First: it installs the statement-counting client before anything else opens the database.
import { statementsOf } from "@/lib/testing/statement-count";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { statisticsPage } from "@/lib/attendance/data";
import { checkInPointIds } from "@/lib/attendance/checkin";
import { resolvePeriod, type Period } from "@/lib/attendance/schema";
import { getMeeting } from "@/lib/meetings/data";
import { minutesOfMeeting } from "@/lib/minutes/data";
import { buildConference, type Conference } from "@/lib/testing/conference";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";

// What a page costs the database is a number of statements that must not grow with the number of
// points, units and people: counted (not timed) for a conference of 30 points, then again once one
// of 600 points is added — more than the 500 ids a loader reads per slice and than the 999
// parameters SQLite binds per statement. A count that grew would say some loader reads per row.

const SMALL = 30;
const LARGE = 600;
const NOW = new Date("2026-06-01T00:00:00Z");

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let province: SessionUser;
let january: Period;
let small: Conference;
let large: Conference;

/** The statements of each call, as a readable list when a count differs. */
const texts = (statements: string[]) => statements.map((s, i) => `${i + 1}. ${s.slice(0, 160)}`).join("\n");

function expectSameCount(before: string[], after: string[]) {
  expect(after.length, `before:\n${texts(before)}\n\nafter:\n${texts(after)}`).toBe(before.length);
}

const statisticsOf = (user: SessionUser) =>
  statementsOf(() => statisticsPage(user, january, { unitPage: 2, pointPage: 2 }, NOW));

const meetingPageOf = (user: SessionUser, meetingId: string) =>
  statementsOf(async () => {
    // The meeting page's loaders: the meeting with a page of points, its check-in links, its minutes.
    await getMeeting(user, meetingId, 1);
    await checkInPointIds(user, meetingId);
    await minutesOfMeeting(user, meetingId);
  });

let statisticsBefore: { admin: string[]; province: string[] };

beforeAll(async () => {
  users = await seedDemoOnce(NOW);
  province = await userFor("SECRETARIAT", "Tỉnh Nghệ An");
  const period = resolvePeriod({ from: "2026-01-01", to: "2026-01-31" }, NOW);
  if (!period.ok) throw new Error(period.message);
  january = period.period;
  small = await buildConference(db, SMALL, 2);
  statisticsBefore = { admin: await statisticsOf(users.admin), province: await statisticsOf(province) };
  large = await buildConference(db, LARGE, 2);
});

describe("statements per page", () => {
  it("are as many for the statistics of a period with 630 points as with 30", async () => {
    const after = { admin: await statisticsOf(users.admin), province: await statisticsOf(province) };
    expect(statisticsBefore.admin.length).toBeGreaterThan(0);
    expectSameCount(statisticsBefore.admin, after.admin);
    expectSameCount(statisticsBefore.province, after.province);
    // And they did count the large conference.
    const page = await statisticsPage(users.admin, january, { unitPage: 1, pointPage: 1 }, NOW);
    expect(page.totals.points).toBe(SMALL + LARGE);
  });

  it("are as many for the meeting page of a 600-point conference as of a 30-point one", async () => {
    for (const user of [users.admin, province]) {
      const before = await meetingPageOf(user, small.meetingId);
      const after = await meetingPageOf(user, large.meetingId);
      expect(before.length).toBeGreaterThan(0);
      expectSameCount(before, after);
    }
    expect((await getMeeting(users.admin, large.meetingId)).pointCount).toBe(LARGE);
  });
});
