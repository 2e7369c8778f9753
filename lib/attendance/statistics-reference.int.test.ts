import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { CheckInStatus, InvitationStatus, MeetingStatus } from "@/lib/db/generated/sqlite/enums";
import { referenceStatistics } from "@/lib/testing/statistics-reference";
import { searchKey } from "@/lib/text/normalize";
import { statisticsExport, statisticsPage } from "./data";
import { resolvePeriod, type Period } from "./schema";
import type { PointLine, UnitCompliance } from "./statistics";

// The database's counts against the old per-row counting (lib/testing/statistics-reference.ts) on
// random conferences: meetings of every status, in and out of the period, ended or to come; points
// with and without a main one; invitations sent or not, with and without a deadline, answered
// never, once or several times, before and after it; people named in the answer in force or a
// replaced one, walk-ins, people checked in with or without a reason (blank ones too). Every figure of
// every point, meeting and unit must be equal, read through the exports' slices (small, so that
// slicing and its cursor are crossed many times), and the totals of the page.

const SEEDS = [1, 2, 3, 4, 5, 6];
const SLICE = 4;
const WARDS = [
  "Phường Nghi Hải",
  "Phường Nghi Hương",
  "Phường Thu Thủy",
  "Phường Thu Thuỷ", // the same accent-free name as the one above: ordered by name, then id
  "Xã Nghi Đức",
  "Xã Đông Sơn",
  "Phường Vinh Tân",
  "Xã Ân Thi",
];
const CHECK_INS: CheckInStatus[] = ["EXPECTED", "PRESENT_ON_SITE", "PRESENT_ONLINE", "ABSENT"];
const STATUSES: InvitationStatus[] = ["PENDING", "CONFIRMED", "DECLINED", "SUBSTITUTE"];
const MEETING_STATUSES: MeetingStatus[] = ["HELD", "HELD", "SCHEDULED", "SCHEDULED", "DRAFT", "CANCELLED"];
const REASONS = [null, "", "   ", "Ốm", "Đi công tác"];
const HOUR = 3_600_000;

/** A small seeded generator (mulberry32), so a failing seed can be run again. */
function generator(seed: number) {
  let a = seed * 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (max: number) => Math.floor(next() * max),
    chance: (p: number) => next() < p,
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!,
  };
}

interface World {
  seed: number;
  period: Period;
  now: Date;
  organiser: SessionUser;
  admin: SessionUser;
}

let respondent: string;

async function unit(name: string, kind: "WARD" | "DISTRICT" = "WARD") {
  return (
    await db.unit.create({
      data: { name, nameAscii: searchKey(name), kind, block: "GOVERNMENT" },
      select: { id: true },
    })
  ).id;
}

/** One random world in the year 2040 + seed, so that worlds never share a period. */
async function build(seed: number): Promise<World> {
  const r = generator(seed);
  const year = 2040 + seed;
  const periodStart = new Date(`${year}-03-01T00:00:00+07:00`).getTime();
  const now = new Date(`${year}-03-15T09:00:00+07:00`);
  const towns = [await unit(`Thị xã Thử ${seed}`, "DISTRICT"), await unit(`Thị xã Bên ${seed}`, "DISTRICT")];
  const wards = [];
  for (const name of WARDS) wards.push(await unit(name));
  const user = async (role: "SECRETARIAT" | "ADMIN", unitId: string) =>
    db.user.create({
      data: {
        email: `${role.toLowerCase()}-${seed}-${randomUUID()}@test.local`,
        name: role,
        role,
        unitId,
        passwordHash: "x",
      },
      select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true },
    });
  const organiser = await user("SECRETARIAT", towns[0]!);
  const admin = await user("ADMIN", towns[1]!);
  respondent ??= organiser.id;

  let tick = 0;
  for (let m = 0; m < 10; m++) {
    // Mostly in March (the period), a few just outside it; some ended by `now`, some to come.
    const startsAt = new Date(periodStart + (r.int(40) - 5) * 24 * HOUR + r.int(10) * HOUR);
    const title = `Hội nghị số ${r.int(4)} năm ${year}`; // titles repeat: the order falls back on the id
    const meeting = await db.meeting.create({
      data: {
        title,
        titleAscii: searchKey(title),
        kind: "BRIEFING",
        mode: "HYBRID",
        status: r.pick(MEETING_STATUSES),
        organiserUnitId: r.chance(0.8) ? towns[0]! : towns[1]!,
        startsAt,
        endsAt: new Date(startsAt.getTime() + (1 + r.int(4)) * HOUR),
      },
      select: { id: true },
    });
    const pointCount = r.int(5);
    for (let p = 0; p < pointCount; p++) {
      const name = `Điểm cầu ${r.pick(WARDS)} ${seed}-${m}-${p}`;
      const place = await db.connectionPoint.create({
        data: { name, nameAscii: searchKey(name), hostUnitId: towns[0]! },
        select: { id: true },
      });
      const point = await db.meetingPoint.create({
        data: {
          meetingId: meeting.id,
          connectionPointId: place.id,
          isMain: p === 0 && r.chance(0.7),
          position: r.int(3),
        },
        select: { id: true },
      });
      const invitations: string[] = [];
      for (const unitId of wards.filter(() => r.chance(0.5))) {
        const deadline = r.chance(0.8) ? new Date(startsAt.getTime() - (1 + r.int(72)) * HOUR) : null;
        const invitation = await db.invitation.create({
          data: {
            meetingId: meeting.id,
            meetingPointId: point.id,
            unitId,
            status: r.pick(STATUSES),
            answerDeadline: deadline,
            sentAt: r.chance(0.8) ? new Date(startsAt.getTime() - 10 * 24 * HOUR) : null,
          },
          select: { id: true },
        });
        invitations.push(invitation.id);
        // Answers around the deadline, each at a time of its own (the newest is the one in force).
        const responses: string[] = [];
        const around = (deadline ?? startsAt).getTime();
        for (let a = r.int(4); a > 0; a--)
          responses.push(
            (
              await db.invitationResponse.create({
                data: {
                  invitationId: invitation.id,
                  kind: "CONFIRM",
                  forStartsAt: startsAt,
                  respondedById: respondent,
                  createdAt: new Date(around + (r.int(97) - 48) * HOUR + ++tick * 1000),
                },
                select: { id: true },
              })
            ).id,
          );
        for (let k = r.int(4); k > 0; k--)
          await db.attendee.create({
            data: {
              meetingPointId: point.id,
              invitationId: invitation.id,
              responseId: responses.length && r.chance(0.85) ? r.pick(responses) : null,
              fullName: `Người ${k}`,
              checkIn: r.pick(CHECK_INS),
              absenceReason: r.pick(REASONS),
            },
          });
      }
      // Walk-ins, some of them for an invited unit, and a person with neither invitation nor walk-in flag.
      for (let w = r.int(3); w > 0; w--)
        await db.attendee.create({
          data: {
            meetingPointId: point.id,
            invitationId: invitations.length && r.chance(0.5) ? r.pick(invitations) : null,
            walkIn: true,
            fullName: `Khách ${w}`,
            checkIn: r.pick(CHECK_INS),
            absenceReason: r.pick(REASONS),
          },
        });
      if (r.chance(0.3))
        await db.attendee.create({
          data: { meetingPointId: point.id, fullName: "Không có tên", checkIn: r.pick(CHECK_INS) },
        });
    }
  }
  const period = resolvePeriod({ from: `${year}-03-01`, to: `${year}-03-31` }, now);
  if (!period.ok) throw new Error(period.message);
  return { seed, period: period.period, now, organiser, admin };
}

async function all<T>(slices: () => AsyncIterable<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for await (const slice of slices()) rows.push(...slice);
  return rows;
}

const worlds: World[] = [];

beforeAll(async () => {
  for (const seed of SEEDS) worlds.push(await build(seed));
}, 300_000);

describe("the statistics counted by the database", () => {
  it("equal the old per-row counts for every point, meeting, unit and total of random conferences", async () => {
    let compared = { points: 0, units: 0, people: 0 };
    for (const world of worlds)
      for (const user of [world.organiser, world.admin]) {
        const label = `seed ${world.seed}, ${user.role}`;
        const organiserUnitId = user.role === "ADMIN" ? null : user.unitId;
        const expected = await referenceStatistics(db, { organiserUnitId, ...world.period, now: world.now });
        const got = await statisticsExport(user, world.period, world.now, SLICE);

        const meetings = (await all(got.meetings)).map((m) => [m.meetingId, m] as const);
        expect(new Map(meetings.map(([id, m]) => [id, stripMeeting(m)])), label).toEqual(
          new Map([...expected.meetings].map(([id, m]) => [id, stripMeeting(m)])),
        );
        // Meetings in start order.
        const starts = (await all(got.meetings)).map((m) => m.startsAt.getTime());
        expect(starts, label).toEqual([...starts].sort((a, b) => a - b));

        const points: PointLine[] = await all(got.points);
        expect(new Map(points.map((p) => [p.pointId, stripPoint(p)])), label).toEqual(
          new Map([...expected.points].map(([id, p]) => [id, stripPoint({ ...p, meeting: { id: p.meetingId } })])),
        );
        expect(points.length, `${label}: every point once`).toBe(expected.points.size);

        const units = (await all(got.units)) as (UnitCompliance & { key?: unknown })[];
        // The slice's cursor is not a figure.
        expect(new Map(units.map((u) => [u.unitId, { ...u, key: undefined }])), label).toEqual(
          new Map([...expected.units].map(([id, u]) => [id, { ...u, key: undefined }])),
        );
        expect(units.length, `${label}: every unit once`).toBe(expected.units.size);
        // Vietnamese reading order: accent-free names, then the name, then the id.
        const keys = await db.unit.findMany({
          where: { id: { in: units.map((u) => u.unitId) } },
          select: { id: true, name: true, nameAscii: true },
        });
        const sorted = [...keys]
          .sort((a, b) => cmp(a.nameAscii, b.nameAscii) || cmp(a.name, b.name) || cmp(a.id, b.id))
          .map((u) => u.id);
        expect(
          units.map((u) => u.unitId),
          label,
        ).toEqual(sorted);

        expect(got.totals, label).toMatchObject({
          meetings: expected.totals.meetings,
          points: expected.totals.points,
          units: expected.totals.units,
          compliance: expected.totals.compliance,
          attendance: expected.totals.attendance,
        });
        const page = await statisticsPage(user, world.period, { unitPage: 1, pointPage: 1 }, world.now);
        expect(page.totals, label).toEqual(got.totals);

        compared = {
          points: compared.points + points.length,
          units: compared.units + units.length,
          people: compared.people + expected.totals.attendance.expected,
        };
      }
    // The worlds are not empty: the comparison compared something.
    expect(compared.points).toBeGreaterThan(100);
    expect(compared.units).toBeGreaterThan(40);
    expect(compared.people).toBeGreaterThan(200);
  });
});

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The figures of a meeting both sides have. */
function stripMeeting(m: object) {
  return pickKeys(m, ["title", "pointCount", "invitedUnits", ...FIGURES]);
}

function stripPoint(p: { meeting: { id: string } }) {
  return { meetingId: p.meeting.id, ...pickKeys(p, ["name", "isMain", "invitedUnits", ...FIGURES]) };
}

const FIGURES = [
  "expected",
  "onSite",
  "online",
  "absentWithReason",
  "absentWithoutReason",
  "notYet",
  "walkIns",
  "present",
  "attendanceRate",
];

const pickKeys = (row: object, keys: string[]) =>
  Object.fromEntries(keys.map((k) => [k, (row as Record<string, unknown>)[k]]));
