import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT, type Post } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { hashSecretToken, newSecretToken } from "@/lib/auth/secret-token";
import { NotFound } from "@/lib/errors";
import { meetingScope } from "@/lib/meetings/scope";
import { validOnWhere } from "@/lib/units/validity";
import { addDays } from "./days";
import { groupBySession, instantRange, isoWeek, weekStart } from "./weeks";
import { feedPath, isFeedToken } from "./urls";
import type { CalendarMeeting } from "./events";

/** More meetings than any screen can show in a week or month; beyond it the view says it is cut short. */
export const RANGE_LIMIT = 500;
const FEED_LIMIT = 1000;
const FEED_PAST_DAYS = 60;
const FEED_FUTURE_DAYS = 365;
const UNIT_CHOICE_LIMIT = 1000;
const DAY_MS = 86_400_000;

function assertRange(from: Date, to: Date) {
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from)
    throw new RangeError("An empty or invalid date range");
}

/** The caller's meetings overlapping [from, to), soonest first, with what a calendar cell shows. */
export async function meetingsInRange(user: SessionUser, from: Date, to: Date) {
  assertRange(from, to);
  const rows = await db.meeting.findMany({
    where: { AND: [meetingScope(user), { startsAt: { lt: to } }, { endsAt: { gt: from } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: RANGE_LIMIT + 1,
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      mode: true,
      points: {
        where: { isMain: true },
        select: { connectionPoint: { select: { name: true } }, chair: { select: { fullName: true } } },
      },
    },
  });
  return {
    meetings: rows.slice(0, RANGE_LIMIT).map(({ points, ...m }) => ({
      ...m,
      mainPoint: points[0]?.connectionPoint.name ?? null,
      mainChair: points[0]?.chair?.fullName ?? null,
    })),
    truncated: rows.length > RANGE_LIMIT,
  };
}

export type CalendarItem = Awaited<ReturnType<typeof meetingsInRange>>["meetings"][number];

// ───────────────────────── Weekly work schedule ─────────────────────────

/**
 * Units whose weekly schedule the caller may open: an administrator any unit existing now, everyone
 * else their own unit and the one above it (a ward's staff read the town leadership's schedule).
 */
export async function scheduleUnits(user: SessionUser, now = new Date()): Promise<{ id: string; name: string }[]> {
  if (user.role === "ADMIN") {
    return db.unit.findMany({
      where: validOnWhere(now),
      orderBy: { nameAscii: "asc" },
      take: UNIT_CHOICE_LIMIT,
      select: { id: true, name: true },
    });
  }
  const own = await db.unit.findUnique({
    where: { id: user.unitId },
    select: { id: true, name: true, parent: { select: { id: true, name: true } } },
  });
  if (!own) return [];
  return own.parent ? [{ id: own.id, name: own.name }, own.parent] : [{ id: own.id, name: own.name }];
}

/**
 * The leadership's schedule of a unit for the week holding `day` (lịch công tác tuần): meetings chaired
 * at any point by an official of the unit, and meetings it organises, among those the caller may see.
 * Drafts are left out: the schedule is published, and a draft has not been decided.
 */
export async function weeklySchedule(user: SessionUser, unitId: string, day: string, now = new Date()) {
  const allowed = user.role === "ADMIN" ? null : await scheduleUnits(user, now);
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, allowed ? { id: { in: allowed.map((u) => u.id) } } : validOnWhere(now)] },
    select: { id: true, name: true, shortName: true, parent: { select: { name: true, shortName: true } } },
  });
  if (!unit) throw new NotFound();

  const monday = weekStart(day);
  const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
  const { from, to } = instantRange(monday, days[6]!);
  const rows = await db.meeting.findMany({
    where: {
      AND: [
        meetingScope(user),
        { startsAt: { gte: from, lt: to } },
        { status: { not: "DRAFT" } },
        { OR: [{ organiserUnitId: unit.id }, { points: { some: { chair: { unitId: unit.id } } } }] },
      ],
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: RANGE_LIMIT + 1,
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      endsAt: true,
      organiserUnit: { select: { id: true, name: true } },
      points: {
        orderBy: [{ isMain: "desc" }, { position: "asc" }],
        select: {
          isMain: true,
          connectionPoint: { select: { name: true, hostUnitId: true } },
          chair: { select: { fullName: true, title: true, unitId: true, posts: POSTS_SELECT } },
        },
      },
    },
  });
  const entries = rows.slice(0, RANGE_LIMIT).map((m) => {
    // The unit's leaders and where they sit; for a meeting it only organises, the main point's chair.
    const points = m.points.map((p) => ({ ...p, chair: p.chair && officialOn(p.chair, m.startsAt) }));
    const own = points.filter((p) => p.chair?.unitId === unit.id);
    const shown = own.length ? own : points.filter((p) => p.isMain);
    const place =
      own[0] ?? points.find((p) => p.connectionPoint.hostUnitId === unit.id) ?? points.find((p) => p.isMain);
    return {
      id: m.id,
      title: m.title,
      status: m.status,
      startsAt: m.startsAt,
      endsAt: m.endsAt,
      chairs: [...new Set(shown.flatMap((p) => (p.chair ? [`${p.chair.fullName} - ${p.chair.title}`] : [])))],
      place: place?.connectionPoint.name ?? null,
      organiser: m.organiserUnit.name,
      organisedByUnit: m.organiserUnit.id === unit.id,
    };
  });
  return {
    unit,
    weekStart: monday,
    weekEnd: days[6]!,
    week: isoWeek(monday),
    days: groupBySession(entries, days),
    truncated: rows.length > RANGE_LIMIT,
  };
}

export type WeeklySchedule = Awaited<ReturnType<typeof weeklySchedule>>;
export type ScheduleEntry = WeeklySchedule["days"][number]["morning"][number];

// ───────────────────────── Calendar applications (.ics) ─────────────────────────

/**
 * A meeting as calendar applications get it. Of its points only those the event can be about are
 * loaded (see pointFor): the main one, the caller's as chair, as an invited unit or as host; a
 * conference of thousands of points would otherwise load them all for every event.
 */
function calendarSelect(user: Pick<SessionUser, "unitId" | "officialId">) {
  const { unitId, officialId } = user;
  return {
    id: true,
    title: true,
    status: true,
    startsAt: true,
    endsAt: true,
    version: true,
    updatedAt: true,
    description: true,
    confidential: true,
    cancelReason: true,
    organiserUnit: { select: { name: true } },
    points: {
      where: {
        OR: [
          { isMain: true },
          ...(officialId ? [{ chairOfficialId: officialId }] : []),
          { invitations: { some: { unitId } } },
          { connectionPoint: { hostUnitId: unitId } },
        ],
      },
      orderBy: [{ isMain: "desc" as const }, { position: "asc" as const }],
      select: {
        isMain: true,
        chairOfficialId: true,
        connectionPoint: { select: { name: true, address: true, room: true, hostUnitId: true } },
        chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
        invitations: { where: { unitId }, select: { id: true }, take: 1 },
      },
    },
  };
}

/** A meeting as loaded by calendarSelect, its chairs named with the titles they held on its day. */
function dated<M extends { startsAt: Date; points: { chair: { title: string; posts: Post[] } | null }[] }>(meeting: M) {
  return {
    ...meeting,
    points: meeting.points.map((p) => ({ ...p, chair: p.chair && officialOn(p.chair, meeting.startsAt) })),
  };
}

/** One meeting for a calendar download; NotFound outside the caller's scope. */
export async function calendarMeeting(user: SessionUser, id: string): Promise<CalendarMeeting> {
  const meeting = await db.meeting.findFirst({
    where: { AND: [{ id }, meetingScope(user)] },
    select: calendarSelect(user),
  });
  if (!meeting) throw new NotFound();
  return dated(meeting);
}

/** Whether the caller has a private feed address: only its hash is kept, so the address itself is shown once. */
export async function hasCalendarFeed(user: SessionUser): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: user.id }, select: { calendarFeedTokenHash: true } });
  return Boolean(row?.calendarFeedTokenHash);
}

/**
 * A new secret for the caller's feed, returned once: the database keeps only its hash, as for API
 * tokens. Any earlier address stops working, so every subscription made with it stops too.
 */
export async function createCalendarFeedToken(user: SessionUser): Promise<{ path: string }> {
  const token = newSecretToken();
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { calendarFeedTokenHash: true } });
    await tx.user.update({ where: { id: user.id }, data: { calendarFeedTokenHash: hashSecretToken(token) } });
    // The token itself is a credential: it never goes into the audit log.
    await recordAudit(tx, {
      actor: user,
      action: before.calendarFeedTokenHash ? "calendar.regenerateFeed" : "calendar.createFeed",
      entityType: "User",
      entityId: user.id,
    });
  });
  return { path: feedPath(token) };
}

/**
 * The meetings behind a private feed: the token's owner (an active account) sees what they would see
 * signed in, from 60 days ago to a year ahead. Null for an unknown, replaced or deactivated token.
 */
export async function feedFor(token: string, now = new Date()) {
  if (!isFeedToken(token)) return null;
  const owner = await db.user.findUnique({
    where: { calendarFeedTokenHash: hashSecretToken(token) },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      unitId: true,
      officialId: true,
      active: true,
      locale: true,
    },
  });
  if (!owner || !owner.active) return null;
  const user: SessionUser = {
    id: owner.id,
    email: owner.email,
    name: owner.name,
    role: owner.role,
    unitId: owner.unitId,
    officialId: owner.officialId,
  };
  const from = new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS);
  const to = new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS);
  const rows = await db.meeting.findMany({
    where: { AND: [meetingScope(user), { startsAt: { lt: to } }, { endsAt: { gt: from } }] },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: FEED_LIMIT,
    select: calendarSelect(user),
  });
  const meetings: CalendarMeeting[] = rows.map(dated);
  return { user, locale: owner.locale, meetings };
}
