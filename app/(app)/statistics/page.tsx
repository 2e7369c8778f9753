import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { statisticsPage, STATISTICS_PAGE_SIZE } from "@/lib/attendance/data";
import { defaultPeriod, resolvePeriod } from "@/lib/attendance/schema";
import { formatDate, formatNumber, formatPercent, formatTime, startOfDay } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { FormAlert } from "@/components/form/form-alert";
import { DateField } from "@/components/form/date-fields";
import { Pager } from "@/components/conclusions/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("statistics") };
}

type Param = string | string[] | undefined;
type Props = { searchParams: Promise<{ from?: Param; to?: Param; unitPage?: Param; pointPage?: Param }> };

const first = (v: Param) => (Array.isArray(v) ? v[0] : v);
const th = "px-2 py-2 text-right font-semibold align-bottom";
const td = "px-2 py-2 text-right tabular-nums";

// The count columns of the per-unit table, in header order.
const UNIT_COUNTS = [
  "invited",
  "answeredOnTime",
  "answeredLate",
  "notAnswered",
  "declined",
  "substitutes",
  "present",
  "absentWithReason",
  "absentWithoutReason",
] as const;

type AttendanceRow = {
  expected: number;
  onSite: number;
  online: number;
  absentWithReason: number;
  absentWithoutReason: number;
  notYet: number;
  walkIns: number;
};

/** The shared columns of a meeting, point or total row of the attendance table. */
function AttendanceCells({ row }: { row: AttendanceRow }) {
  const n = formatNumber;
  return (
    <>
      <td className={td}>{n(row.expected)}</td>
      <td className={td}>{n(row.onSite)}</td>
      <td className={td}>{n(row.online)}</td>
      <td className={td}>
        {n(row.absentWithReason)} / {n(row.absentWithoutReason)}
      </td>
      <td className={td}>{n(row.notYet)}</td>
      <td className={td}>{n(row.walkIns)}</td>
    </>
  );
}
// The first column stays put while a phone scrolls the figures sideways.
const sticky = "sticky left-0 z-[1] max-w-[11rem] sm:max-w-none";
const button = "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium";

export default async function StatisticsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.statistics.roles);
  const params = await searchParams;
  const now = new Date();
  const asked = { from: first(params.from), to: first(params.to) };
  const resolved = resolvePeriod(asked, now);
  const period = resolved.ok ? resolved.period : defaultPeriod(now);
  const pages = { unitPage: Number(first(params.unitPage) ?? 1), pointPage: Number(first(params.pointPage) ?? 1) };
  const [t, tNav, tAll, stats] = await Promise.all([
    getTranslations("attendance.statistics"),
    getTranslations("nav"),
    getTranslations(),
    statisticsPage(user, period, pages, now),
  ]);
  const tu = (key: string) => t(`units.${key}`);
  const tm = (key: string) => t(`meetings.${key}`);
  const n = (v: number) => formatNumber(v);
  const pct = (v: number | null) => (v === null ? t("none") : formatPercent(v));
  const day = (d: string) => formatDate(startOfDay(d));
  const query = `from=${period.from}&to=${period.to}`;
  const { totals, units } = stats;
  const unitTotals = totals.compliance;
  const meetingTotals = totals.attendance;
  // A page of one table keeps the page of the other.
  const pageHref = (unitPage: number, pointPage: number, section: string) =>
    `/statistics?${query}&unitPage=${unitPage}&pointPage=${pointPage}#${section}`;

  return (
    <>
      <PageHeader title={tNav("statistics")} intro={user.role === "ADMIN" ? t("introAdmin") : t("intro")} />

      <form action="/statistics" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
        <fieldset className="flex flex-wrap items-end gap-3">
          <legend className="mb-2 font-semibold">{t("period.legend")}</legend>
          {(["from", "to"] as const).map((field) => (
            <DateField
              key={field}
              label={t(`period.${field}`)}
              name={field}
              defaultValue={resolved.ok ? period[field] : (asked[field] ?? period[field])}
              invalid={!resolved.ok && resolved.field === field}
            />
          ))}
          <button type="submit" className={`${button} bg-slate-800 font-semibold text-white hover:bg-slate-900`}>
            {t("period.submit")}
          </button>
        </fieldset>
        {!resolved.ok && (
          <div className="mt-3">
            <FormAlert message={tAll(resolved.message)} />
          </div>
        )}
      </form>

      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">
            {t("period.heading", { from: day(period.from), to: day(period.to) })}
          </h2>
          <p className="text-sm text-slate-700">
            {t("summary", { meetings: totals.meetings, points: totals.points, invited: unitTotals.invited })}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm font-medium text-slate-700">{t("download")}:</span>
          <a
            href={`/statistics/export?format=xlsx&${query}`}
            className={`${button} bg-brand-700 font-semibold text-white hover:bg-brand-800`}
          >
            {t("xlsx")}
          </a>
          <a
            href={`/statistics/export?format=csv&${query}`}
            className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
          >
            {t("csv")}
          </a>
        </div>
      </div>

      <section aria-labelledby="per-unit" className="mb-8">
        <h2 id="per-unit" className="text-lg font-semibold">
          {tu("title")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{tu("intro")}</p>
        {units.pageCount > 1 && (
          <p className="mb-3 text-sm text-slate-700">
            {t("units.showing", {
              first: (units.page - 1) * STATISTICS_PAGE_SIZE + 1,
              last: (units.page - 1) * STATISTICS_PAGE_SIZE + units.rows.length,
              total: totals.units,
            })}
          </p>
        )}
        {units.rows.length === 0 ? (
          <EmptyState>{tu("empty")}</EmptyState>
        ) : (
          // Focusable so keyboard users can scroll the table sideways on a phone.
          <div
            tabIndex={0}
            role="region"
            aria-label={tu("title")}
            className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          >
            <table className="w-full min-w-[64rem] text-sm">
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  <th scope="col" className={`${sticky} bg-slate-100 px-2 py-2 text-left font-semibold align-bottom`}>
                    {tu("unit")}
                  </th>
                  {(
                    [
                      "invited",
                      "onTime",
                      "late",
                      "notAnswered",
                      "declined",
                      "substitutes",
                      "present",
                      "absentWithReason",
                      "absentWithoutReason",
                      "onTimeRate",
                      "attendanceRate",
                    ] as const
                  ).map((k) => (
                    <th key={k} scope="col" className={th}>
                      {tu(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {units.rows.map((u) => (
                  <tr key={u.unitId}>
                    <th scope="row" className={`${sticky} bg-white px-2 py-2 text-left font-medium`}>
                      {u.unitName}
                    </th>
                    {UNIT_COUNTS.map((key) => (
                      <td key={key} className={td}>
                        {n(u[key])}
                      </td>
                    ))}
                    <td className={td}>{pct(u.onTimeRate)}</td>
                    <td className={td}>{pct(u.attendanceRate)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
                <tr>
                  <th scope="row" className={`${sticky} bg-slate-50 px-2 py-2 text-left`}>
                    {t("total")}
                  </th>
                  {UNIT_COUNTS.map((key) => (
                    <td key={key} className={td}>
                      {n(unitTotals[key])}
                    </td>
                  ))}
                  <td className={td}>{pct(unitTotals.onTimeRate)}</td>
                  <td className={td}>{pct(unitTotals.attendanceRate)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        <Pager
          page={units.page}
          pageCount={units.pageCount}
          href={(page) => pageHref(page, stats.meetings.page, "per-unit")}
          label={tu("pages")}
        />
      </section>

      <section aria-labelledby="per-meeting">
        <h2 id="per-meeting" className="text-lg font-semibold">
          {tm("title")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("meetings.intro", { size: STATISTICS_PAGE_SIZE })}</p>
        {stats.meetings.groups.length === 0 ? (
          <EmptyState>{tm("empty")}</EmptyState>
        ) : (
          <div
            tabIndex={0}
            role="region"
            aria-label={tm("title")}
            className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          >
            <table className="w-full min-w-[60rem] text-sm">
              <thead className="bg-slate-100 text-slate-800">
                <tr>
                  <th scope="col" className={`${sticky} bg-slate-100 px-2 py-2 text-left font-semibold align-bottom`}>
                    {tm("meeting")}
                  </th>
                  {(
                    [
                      "invitedUnits",
                      "expected",
                      "onSite",
                      "online",
                      "absent",
                      "notYet",
                      "walkIns",
                      "present",
                      "attendanceRate",
                    ] as const
                  ).map((k) => (
                    <th key={k} scope="col" className={th}>
                      {tm(k)}
                    </th>
                  ))}
                </tr>
              </thead>
              {stats.meetings.groups.map(({ meeting: m, points }) => (
                <tbody key={m.meetingId} className="border-t-2 border-slate-200">
                  <tr className="bg-slate-50">
                    <th scope="row" className={`${sticky} bg-slate-50 px-2 py-2 text-left font-semibold`}>
                      <Link href={`/meetings/${m.meetingId}`} className="text-brand-700 underline">
                        {m.title}
                      </Link>
                      <span className="block text-xs font-normal text-slate-700">
                        {formatTime(m.startsAt)} {formatDate(m.startsAt)} ·{" "}
                        {t("meetings.pointCount", { count: m.pointCount })}
                      </span>
                    </th>
                    <td className={td}>{n(m.invitedUnits)}</td>
                    <AttendanceCells row={m} />
                    <td className={`${td} font-semibold`}>{n(m.present)}</td>
                    <td className={td}>{pct(m.attendanceRate)}</td>
                  </tr>
                  {points.map((p) => (
                    <tr key={p.pointId}>
                      <th scope="row" className={`${sticky} bg-white py-2 pr-2 pl-4 text-left font-normal sm:pl-6`}>
                        {p.name}
                        {p.isMain && <span className="text-slate-700"> ({tm("mainPoint")})</span>}
                        <Link
                          href={`/meetings/${m.meetingId}/points/${p.pointId}/check-in`}
                          aria-label={t("meetings.checkInAt", { point: p.name })}
                          className="ml-2 text-xs font-medium text-brand-700 underline"
                        >
                          {tm("checkIn")}
                        </Link>
                      </th>
                      <td className={td}>{n(p.invitedUnits)}</td>
                      <AttendanceCells row={p} />
                      <td className={td}>{n(p.present)}</td>
                      <td className={td}>{pct(p.attendanceRate)}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
              <tfoot className="border-t-2 border-slate-300 bg-slate-50 font-semibold">
                <tr>
                  <th scope="row" className={`${sticky} bg-slate-50 px-2 py-2 text-left`}>
                    {t("total")}
                  </th>
                  <td className={td}>{n(meetingTotals.invitedUnits)}</td>
                  <AttendanceCells row={meetingTotals} />
                  <td className={td}>{n(meetingTotals.present)}</td>
                  <td className={td}>{pct(meetingTotals.attendanceRate)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        <Pager
          page={stats.meetings.page}
          pageCount={stats.meetings.pageCount}
          href={(page) => pageHref(units.page, page, "per-meeting")}
          label={tm("pages")}
        />
      </section>
    </>
  );
}
