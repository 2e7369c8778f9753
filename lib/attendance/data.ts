import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";
import type { Period } from "./schema";
import { periodTotals, type MeetingAttendance, type PointLine, type UnitCompliance } from "./statistics";
import { meetingStatistics, pointSlice, unitSlice, type StatisticsQuery, type UnitKey } from "./statistics-sql";

/** Rows of each table the statistics page shows at a time; the totals are over every row. */
export const STATISTICS_PAGE_SIZE = 50;
/**
 * Rows an export asks the database for at a time: its memory stays the same whatever the size of the
 * period. A slice of points costs a sort of the period's points, so slices are large.
 */
const EXPORT_SLICE = 5000;

/**
 * Whose meetings the caller's statistics count: an administrator's, all of them; a secretariat's,
 * those its own unit organised (a subset of what it may see). Other roles have no statistics.
 */
export function statisticsQuery(user: SessionUser, period: Pick<Period, "start" | "end">, now: Date): StatisticsQuery {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") throw new AccessDenied();
  return { organiserUnitId: user.role === "ADMIN" ? null : user.unitId, start: period.start, end: period.end, now };
}

const pageCountOf = (rows: number) => Math.max(1, Math.ceil(rows / STATISTICS_PAGE_SIZE));
const clamp = (page: number, pageCount: number) => Math.min(Math.max(1, Math.floor(page) || 1), pageCount);

/** A meeting's line of the per-meeting table, with the lines of its points on this page. */
export interface MeetingGroup {
  meeting: MeetingAttendance;
  points: PointLine[];
}

/** The period's meetings with their figures, and its totals over everything. */
async function periodFigures(q: StatisticsQuery) {
  const { meetings, units } = await meetingStatistics(q);
  return { meetings, totals: periodTotals(meetings, units) };
}

/**
 * The statistics page: the totals of the period, one page of the units and one page of the
 * per-point lines, grouped under their meetings (whose figures are over all their points). Three
 * statements, whatever the number of meetings, points, units and people.
 */
export async function statisticsPage(
  user: SessionUser,
  period: Period,
  pages: { unitPage: number; pointPage: number },
  now = new Date(),
) {
  const q = statisticsQuery(user, period, now);
  const { meetings, totals } = await periodFigures(q);
  const unitPageCount = pageCountOf(totals.units);
  const pointPageCount = pageCountOf(totals.pointLines);
  const unitPage = clamp(pages.unitPage, unitPageCount);
  const pointPage = clamp(pages.pointPage, pointPageCount);
  const [units, lines] = await Promise.all([
    totals.units
      ? unitSlice(q, { limit: STATISTICS_PAGE_SIZE, offset: (unitPage - 1) * STATISTICS_PAGE_SIZE })
      : Promise.resolve([]),
    totals.pointLines
      ? pointSlice(q, { limit: STATISTICS_PAGE_SIZE, offset: (pointPage - 1) * STATISTICS_PAGE_SIZE })
      : Promise.resolve([]),
  ]);
  const byId = new Map(meetings.map((m) => [m.meetingId, m]));
  const groups: MeetingGroup[] = [...new Set(lines.map((l) => l.meeting.id))].map((id) => ({
    meeting: byId.get(id)!,
    points: lines.filter((l): l is PointLine => l.meeting.id === id && l.pointId !== null),
  }));
  return {
    period,
    totals,
    units: { rows: units, page: unitPage, pageCount: unitPageCount },
    meetings: { groups, page: pointPage, pageCount: pointPageCount },
  };
}

export type StatisticsPage = Awaited<ReturnType<typeof statisticsPage>>;

// Every row of a table, a slice at a time: a generator asks for the next slice only once the file has
// taken the previous one.

async function* unitSlices(q: StatisticsQuery, size: number): AsyncGenerator<UnitCompliance[]> {
  let after: UnitKey | undefined;
  for (;;) {
    const rows = await unitSlice(q, { limit: size, after });
    if (rows.length) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1)!.key;
  }
}

async function* pointSlices(q: StatisticsQuery, size: number): AsyncGenerator<PointLine[]> {
  for (let offset = 0; ; offset += size) {
    const lines = await pointSlice(q, { limit: size, offset });
    // A meeting without points has a line on the page, but no row in the per-point table.
    const points = lines.filter((l): l is PointLine => l.pointId !== null);
    if (points.length) yield points;
    if (lines.length < size) return;
  }
}

/**
 * What the exports write: the totals and the meetings (one line each, read with the totals), and the
 * units and points as slices read from the database while the file streams.
 */
export async function statisticsExport(user: SessionUser, period: Period, now = new Date(), slice = EXPORT_SLICE) {
  const q = statisticsQuery(user, period, now);
  const { meetings, totals } = await periodFigures(q);
  return {
    totals,
    units: () => unitSlices(q, slice),
    meetings: async function* () {
      yield meetings;
    },
    points: () => pointSlices(q, slice),
  };
}
