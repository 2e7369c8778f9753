import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/sqlite/client";
import type { MeetingStatus } from "@/lib/db/generated/sqlite/enums";
import {
  withAttendance,
  withCompliance,
  type AnswerCounts,
  type MeetingFigures,
  type OutcomeCounts,
  type PointLine,
  type UnitCompliance,
} from "./statistics";

// The statistics, counted by the database: a national conference has tens of thousands of points,
// units and people, so no row of them is loaded to be counted. Every query is one statement whatever
// the size, and the same SQL runs on SQLite and PostgreSQL (quoted identifiers, enum values as
// literals, dates and booleans as parameters). Each query starts from `sm`, the meetings in scope.

export interface StatisticsQuery {
  /** The organiser whose meetings count; null for all of them (an administrator). */
  organiserUnitId: string | null;
  /** Meetings starting in [start, end). */
  start: Date;
  end: Date;
  /** After a meeting's end, a person never checked in counts as absent without reason. */
  now: Date;
}

type Row = Record<string, unknown>;
/** COUNT and SUM come back as BigInt (SQLite, PostgreSQL) or null over no rows. */
const n = (value: unknown) => Number(value ?? 0);

/** The meetings in scope: scheduled or held (drafts and cancelled meetings asked nobody to come), in the period. */
function scopedMeetings(q: StatisticsQuery): Prisma.Sql {
  const organiser =
    q.organiserUnitId === null ? Prisma.empty : Prisma.sql`AND m."organiserUnitId" = ${q.organiserUnitId}`;
  return Prisma.sql`sm AS (
    SELECT m.id, m.title, m."titleAscii", m."startsAt", m."endsAt", m.status FROM "Meeting" m
    WHERE m.status IN ('SCHEDULED', 'HELD') AND m."startsAt" >= ${q.start} AND m."startsAt" < ${q.end} ${organiser}
  )`;
}

/**
 * Meetings in start order, then by title; a meeting's points with the main one first, then as placed.
 * Columns are named through their table (`t`), as SQLite finds bare names ambiguous across joins.
 */
const meetingOrder = (t: string, id = "meetingId") =>
  Prisma.raw(`${t}."startsAt", ${t}."titleAscii", ${t}.title, ${t}."${id}"`);
const pointOrder = (t: string, id = "pointId") => Prisma.raw(`${t}."isMain" DESC, ${t}.position, ${t}."${id}"`);

/**
 * Which rows a query counts: all of the period's, or only those of a slice (`page`, `inv`) — walked
 * from the slice with CROSS JOIN, which SQLite never reorders, so that a slice costs what it holds
 * rather than what the period holds (PostgreSQL plans it as a plain join).
 */
interface Narrowing {
  from: Prisma.Sql;
  on: Prisma.Sql;
}

/**
 * The people on the lists of the scoped meetings' points, each with what their record means
 * (lib/attendance/rules.ts says the same for one person): a walk-in, anyone already checked in, or a
 * person named in the answer in force (the newest) of a sent invitation that was confirmed or answered
 * with a substitute. `unitId` is the unit of the sent invitation they came for, if any.
 */
function listedPeople(q: StatisticsQuery, narrow?: Narrowing): Prisma.Sql {
  return Prisma.sql`
    SELECT a."meetingPointId" AS "pointId", p."meetingId", i."unitId", a."walkIn",
      CASE
        WHEN a."checkIn" = 'PRESENT_ON_SITE' THEN 'onSite'
        WHEN a."checkIn" = 'PRESENT_ONLINE' THEN 'online'
        WHEN a."checkIn" = 'ABSENT' THEN
          CASE WHEN TRIM(COALESCE(a."absenceReason", '')) <> '' THEN 'absentWithReason' ELSE 'absentWithoutReason' END
        WHEN sm."endsAt" <= ${q.now} THEN 'absentWithoutReason'
        ELSE 'notYet'
      END AS outcome
    FROM ${narrow ? Prisma.sql`${narrow.from} CROSS JOIN "Attendee" a` : Prisma.sql`"Attendee" a`}
    JOIN "MeetingPoint" p ON p.id = a."meetingPointId"
    JOIN sm ON sm.id = p."meetingId"
    LEFT JOIN "Invitation" i ON i.id = a."invitationId" AND i."sentAt" IS NOT NULL
    -- Named again as a list, so the database walks the period's points rather than every person ever listed.
    WHERE p."meetingId" IN (SELECT id FROM sm) AND (
      a."walkIn" OR a."checkIn" <> 'EXPECTED'
      OR (i.status IN ('CONFIRMED', 'SUBSTITUTE') AND COALESCE(a."responseId", '') = COALESCE((
        -- The newest, as the check-in screen takes it (lib/attendance/checkin.ts), straight off the index.
        SELECT r.id FROM "InvitationResponse" r WHERE r."invitationId" = i.id ORDER BY r."createdAt" DESC LIMIT 1
      ), ''))
    ) ${narrow?.on ?? Prisma.empty}`;
}

/**
 * `inv`: the sent invitations of the scoped meetings, each with how it was answered — not at all; late
 * (no answer came by the deadline, the first came after it); or on time (no later than the deadline,
 * or with no deadline, or an answer recorded without a time). Materialised, so each answer is looked
 * up once however many sums read it.
 */
function sentInvitations(from: Prisma.Sql, narrow: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`inv AS MATERIALIZED (
    SELECT i.id, i."unitId", i."meetingId", i."meetingPointId", i.status,
      CASE
        WHEN NOT EXISTS (SELECT 1 FROM "InvitationResponse" r WHERE r."invitationId" = i.id)
          THEN CASE WHEN i.status = 'PENDING' THEN 'none' ELSE 'onTime' END
        WHEN i."answerDeadline" IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM "InvitationResponse" r WHERE r."invitationId" = i.id AND r."createdAt" <= i."answerDeadline"
        ) THEN 'late'
        ELSE 'onTime'
      END AS answer
    FROM ${from}
    WHERE i."meetingId" IN (SELECT id FROM sm) AND i."sentAt" IS NOT NULL ${narrow}
  )`;
}

const count = (condition: Prisma.Sql) => Prisma.sql`SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** Per outcome, over rows of listedPeople. */
const PEOPLE_SUMS = Prisma.sql`
  COUNT(*) AS expected,
  ${count(Prisma.sql`outcome = 'onSite'`)} AS "onSite",
  ${count(Prisma.sql`outcome = 'online'`)} AS online,
  ${count(Prisma.sql`outcome = 'absentWithReason'`)} AS "absentWithReason",
  ${count(Prisma.sql`outcome = 'absentWithoutReason'`)} AS "absentWithoutReason",
  ${count(Prisma.sql`outcome = 'notYet'`)} AS "notYet",
  ${count(Prisma.sql`"walkIn"`)} AS "walkIns"`;

/** Per answer, over rows of `inv`. */
const ANSWER_SUMS = Prisma.sql`
  COUNT(*) AS invited,
  ${count(Prisma.sql`answer = 'onTime'`)} AS "answeredOnTime",
  ${count(Prisma.sql`answer = 'late'`)} AS "answeredLate",
  ${count(Prisma.sql`answer = 'none'`)} AS "notAnswered",
  ${count(Prisma.sql`status = 'DECLINED'`)} AS declined,
  ${count(Prisma.sql`status = 'SUBSTITUTE'`)} AS substitutes`;

/** The people a unit answers for: those who came for one of its invitations. */
const UNIT_PEOPLE_SUMS = Prisma.sql`
  ${count(Prisma.sql`outcome IN ('onSite', 'online')`)} AS present,
  ${count(Prisma.sql`outcome = 'absentWithReason'`)} AS "absentWithReason",
  ${count(Prisma.sql`outcome = 'absentWithoutReason'`)} AS "absentWithoutReason"`;

/** The columns of a `people` CTE grouped with PEOPLE_SUMS, for a final SELECT. */
const PEOPLE_COLUMNS = Prisma.sql`people.expected, people."onSite", people.online, people."absentWithReason",
  people."absentWithoutReason", people."notYet", people."walkIns"`;

/** A date from a raw row: a Date on PostgreSQL, the stored ISO text on SQLite. */
const date = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));

function attendanceOf(row: Row): OutcomeCounts {
  return {
    expected: n(row.expected),
    onSite: n(row.onSite),
    online: n(row.online),
    absentWithReason: n(row.absentWithReason),
    absentWithoutReason: n(row.absentWithoutReason),
    notYet: n(row.notYet),
    walkIns: n(row.walkIns),
  };
}

function complianceOf(answers: Row, people: Row): AnswerCounts {
  return {
    invited: n(answers.invited),
    answeredOnTime: n(answers.answeredOnTime),
    answeredLate: n(answers.answeredLate),
    notAnswered: n(answers.notAnswered),
    declined: n(answers.declined),
    substitutes: n(answers.substitutes),
    present: n(people.present),
    absentWithReason: n(people.absentWithReason),
    absentWithoutReason: n(people.absentWithoutReason),
  };
}

/**
 * Every scoped meeting in start order with its figures — points, invitations and their answers,
 * people — and the number of units invited in the period: one statement, one pass over the period's
 * invitations and people, whose per-meeting sums also make the period's totals.
 */
export async function meetingStatistics(q: StatisticsQuery): Promise<{ meetings: MeetingFigures[]; units: number }> {
  const rows = await db.$queryRaw<Row[]>`
    WITH ${scopedMeetings(q)}, ${sentInvitations(Prisma.sql`"Invitation" i`, Prisma.empty)},
    points AS (
      SELECT p."meetingId", COUNT(*) AS points FROM "MeetingPoint" p
      WHERE p."meetingId" IN (SELECT id FROM sm) GROUP BY p."meetingId"
    ),
    answers AS (SELECT "meetingId", ${ANSWER_SUMS} FROM inv GROUP BY "meetingId"),
    people AS (
      SELECT "meetingId", ${PEOPLE_SUMS},
        ${count(Prisma.sql`"unitId" IS NOT NULL AND outcome IN ('onSite', 'online')`)} AS "unitPresent",
        ${count(Prisma.sql`"unitId" IS NOT NULL AND outcome = 'absentWithReason'`)} AS "unitAbsentWithReason",
        ${count(Prisma.sql`"unitId" IS NOT NULL AND outcome = 'absentWithoutReason'`)} AS "unitAbsentWithoutReason"
      FROM (${listedPeople(q)}) l GROUP BY "meetingId"
    )
    SELECT sm.id AS "meetingId", sm.title, sm."titleAscii", sm."startsAt", sm."endsAt", sm.status, points.points,
      answers.invited, answers."answeredOnTime", answers."answeredLate", answers."notAnswered", answers.declined,
      answers.substitutes, ${PEOPLE_COLUMNS}, people."unitPresent", people."unitAbsentWithReason",
      people."unitAbsentWithoutReason", (SELECT COUNT(DISTINCT "unitId") FROM inv) AS units
    FROM sm
    LEFT JOIN points ON points."meetingId" = sm.id
    LEFT JOIN answers ON answers."meetingId" = sm.id
    LEFT JOIN people ON people."meetingId" = sm.id
    ORDER BY ${meetingOrder("sm", "id")}`;
  return {
    units: n(rows[0]?.units),
    meetings: rows.map((r) => ({
      meetingId: String(r.meetingId),
      title: String(r.title),
      startsAt: date(r.startsAt),
      endsAt: date(r.endsAt),
      status: r.status as MeetingStatus,
      pointCount: n(r.points),
      invitedUnits: n(r.invited),
      ...withAttendance(attendanceOf(r)),
      answers: complianceOf(r, {
        present: r.unitPresent,
        absentWithReason: r.unitAbsentWithReason,
        absentWithoutReason: r.unitAbsentWithoutReason,
      }),
    })),
  };
}

/** Where a unit sorts: by its accent-free name (Vietnamese reading order), then name and id. */
export interface UnitKey {
  nameAscii: string;
  name: string;
  id: string;
}

/**
 * The invited units in name order with their answers and people: `limit` of them from `offset`, or
 * after `after` (the last unit of the previous slice, so an export walks them in slices).
 */
export async function unitSlice(
  q: StatisticsQuery,
  window: { limit: number; offset?: number; after?: UnitKey },
): Promise<(UnitCompliance & { key: UnitKey })[]> {
  // The index on the name walks the units in order from where the slice starts, each looked up in the
  // invitations by its id: a slice costs what it holds, not what precedes it.
  const after = window.after
    ? Prisma.sql`AND u."nameAscii" >= ${window.after.nameAscii}
        AND (u."nameAscii", u.name, u.id) > (${window.after.nameAscii}, ${window.after.name}, ${window.after.id})`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    WITH ${scopedMeetings(q)},
    page AS (
      SELECT u.id, u.name, u."nameAscii" FROM "Unit" u
      WHERE EXISTS (
        SELECT 1 FROM "Invitation" i
        WHERE i."unitId" = u.id AND i."sentAt" IS NOT NULL AND i."meetingId" IN (SELECT id FROM sm)
      ) ${after}
      ORDER BY u."nameAscii", u.name, u.id LIMIT ${window.limit} OFFSET ${window.offset ?? 0}
    ),
    ${
      // CROSS JOIN keeps SQLite from walking the whole period's invitations for a slice of units.
      sentInvitations(Prisma.sql`page CROSS JOIN "Invitation" i`, Prisma.sql`AND i."unitId" = page.id`)
    },
    answers AS (SELECT "unitId", ${ANSWER_SUMS} FROM inv GROUP BY "unitId"),
    people AS (
      SELECT "unitId", ${UNIT_PEOPLE_SUMS} FROM (${listedPeople(q, { from: Prisma.sql`inv`, on: Prisma.sql`AND a."invitationId" = inv.id` })}) l
      GROUP BY "unitId"
    )
    SELECT page.id, page.name, page."nameAscii", answers.invited, answers."answeredOnTime", answers."answeredLate",
      answers."notAnswered", answers.declined, answers.substitutes, people.present, people."absentWithReason", people."absentWithoutReason"
    FROM page JOIN answers ON answers."unitId" = page.id LEFT JOIN people ON people."unitId" = page.id
    ORDER BY page."nameAscii", page.name, page.id`;
  return rows.map((r) => ({
    unitId: String(r.id),
    unitName: String(r.name),
    ...withCompliance(complianceOf(r, r)),
    key: { nameAscii: String(r.nameAscii), name: String(r.name), id: String(r.id) },
  }));
}

/** Lines of the per-point table, `limit` of them from `offset`: each point with its meeting; a meeting without points on a line of its own. */
export async function pointSlice(
  q: StatisticsQuery,
  window: { limit: number; offset: number },
): Promise<(PointLine | { meeting: PointLine["meeting"]; pointId: null })[]> {
  const rows = await db.$queryRaw<Row[]>`
    WITH ${scopedMeetings(q)},
    page AS (
      SELECT sm.id AS "meetingId", sm.title, sm."titleAscii", sm."startsAt",
        p.id AS "pointId", p."isMain", p.position, p."connectionPointId"
      FROM sm
      LEFT JOIN "MeetingPoint" p ON p."meetingId" = sm.id
      ORDER BY ${meetingOrder("sm", "id")}, ${pointOrder("p", "id")} LIMIT ${window.limit} OFFSET ${window.offset}
    ),
    invited AS (
      SELECT i."meetingPointId", COUNT(*) AS units FROM "Invitation" i
      WHERE i."sentAt" IS NOT NULL AND i."meetingPointId" IN (SELECT "pointId" FROM page) GROUP BY i."meetingPointId"
    ),
    people AS (
      SELECT "pointId", ${PEOPLE_SUMS}
      FROM (${listedPeople(q, { from: Prisma.sql`page`, on: Prisma.sql`AND a."meetingPointId" = page."pointId"` })}) l
      GROUP BY "pointId"
    )
    SELECT page."meetingId", page.title, page."titleAscii", page."startsAt", page."pointId", page."isMain",
      page.position, c.name, invited.units, ${PEOPLE_COLUMNS}
    FROM page
    LEFT JOIN "ConnectionPoint" c ON c.id = page."connectionPointId"
    LEFT JOIN invited ON invited."meetingPointId" = page."pointId"
    LEFT JOIN people ON people."pointId" = page."pointId"
    ORDER BY ${meetingOrder("page")}, ${pointOrder("page")}`;
  return rows.map((r) => {
    const meeting = { id: String(r.meetingId), title: String(r.title), startsAt: date(r.startsAt) };
    if (r.pointId === null) return { meeting, pointId: null };
    return {
      meeting,
      ...withAttendance(attendanceOf(r)),
      pointId: String(r.pointId),
      name: String(r.name),
      isMain: Boolean(r.isMain),
      invitedUnits: n(r.units),
    };
  });
}
