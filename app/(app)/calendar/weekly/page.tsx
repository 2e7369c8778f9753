import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import {
  scheduleUnits,
  weeklySchedule,
  RANGE_LIMIT,
  type ScheduleEntry,
  type WeeklySchedule,
} from "@/lib/calendar/data";
import { addDays } from "@/lib/calendar/days";
import { parseDayParam, weekStart } from "@/lib/calendar/weeks";
import { dayKey, formatDate, formatTime, formatWeekday, startOfDay, type Locale } from "@/lib/datetime/vietnam";
import { NotFound } from "@/lib/errors";
import { PrintButton } from "@/components/documents/print-button";
import { DateField } from "@/components/form/date-fields";

// The weekly work schedule of a unit's leadership (lịch công tác tuần), on screen and on A4 paper: the
// print rule in app/globals.css hides the app around [data-print-document] and sets it in a serif face.

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar.weekly"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string | string[]; date?: string | string[] }> };

const control = "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium";
const cell = "border border-slate-400 px-2 py-1.5 align-top print:border-black print:px-1.5 print:py-1";

type Day = WeeklySchedule["days"][number];
const SESSIONS = ["morning", "afternoon"] as const;

/** Monday to Friday always; Saturday and Sunday only when something is on. */
function shownDays(days: Day[]) {
  return days.filter((d, i) => i < 5 || d.morning.length + d.afternoon.length > 0);
}

async function Content({ entry }: { entry: ScheduleEntry }) {
  const t = await getTranslations("calendar.weekly");
  const cancelled = entry.status === "CANCELLED";
  return (
    <>
      <p>
        <time dateTime={entry.startsAt.toISOString()} className="font-semibold tabular-nums">
          {formatTime(entry.startsAt)}
        </time>
        {": "}
        <Link
          href={`/meetings/${entry.id}`}
          className={`text-brand-800 hover:underline print:text-black print:no-underline ${cancelled ? "line-through" : ""}`}
        >
          {entry.title}
        </Link>
        {cancelled && <strong className="ml-1 font-semibold text-red-800 print:text-black">({t("cancelled")})</strong>}
      </p>
      {!entry.organisedByUnit && (
        <p className="text-sm italic text-slate-700 print:text-black">{t("organiser", { name: entry.organiser })}</p>
      )}
    </>
  );
}

function Chairs({ entry }: { entry: ScheduleEntry }) {
  return entry.chairs.map((chair) => <p key={chair}>{chair}</p>);
}

export default async function WeeklySchedulePage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.calendar.roles);
  const params = await searchParams;
  const today = dayKey(new Date());
  const date = parseDayParam(params.date) ?? today;
  const unitId = (Array.isArray(params.unit) ? params.unit[0] : params.unit) ?? user.unitId;

  let schedule: WeeklySchedule;
  try {
    schedule = await weeklySchedule(user, unitId, date);
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
  const [t, locale, units] = await Promise.all([
    getTranslations("calendar.weekly"),
    getLocale() as Promise<Locale>,
    scheduleUnits(user),
  ]);

  const fmt = (day: string) => formatDate(startOfDay(day));
  const weekday = (day: string) => formatWeekday(startOfDay(day), locale);
  const { unit } = schedule;
  const days = shownDays(schedule.days);
  const empty = schedule.days.every((d) => d.morning.length + d.afternoon.length === 0);
  const href = (day: string) => `/calendar/weekly?unit=${unit.id}&date=${day}`;

  return (
    <>
      <div className="mb-6 print:hidden">
        <Link href={`/calendar?date=${schedule.weekStart}`} className="text-sm font-medium text-brand-700 underline">
          ← {t("back")}
        </Link>
        <form action="/calendar/weekly" aria-label={t("choose")} className="mt-3 flex flex-wrap items-end gap-3">
          <div className="min-w-0 grow sm:grow-0">
            <label htmlFor="weekly-unit" className="block text-sm font-medium text-slate-800">
              {t("unit")}
            </label>
            <select
              key={unit.id}
              id="weekly-unit"
              name="unit"
              defaultValue={unit.id}
              className="mt-1 block w-full max-w-full rounded-md border border-slate-300 bg-white px-3 py-2 sm:w-80"
            >
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </div>
          <DateField key={date} label={t("date")} name="date" defaultValue={date} />
          <button type="submit" className={`${control} bg-slate-800 font-semibold text-white hover:bg-slate-900`}>
            {t("show")}
          </button>
        </form>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <nav aria-label={t("title")}>
            <ul className="flex flex-wrap gap-1">
              <li>
                <Link
                  href={href(addDays(schedule.weekStart, -7))}
                  className={`${control} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
                >
                  ← {t("previous")}
                </Link>
              </li>
              <li>
                <Link
                  href={href(weekStart(today))}
                  className={`${control} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
                >
                  {t("thisWeek")}
                </Link>
              </li>
              <li>
                <Link
                  href={href(addDays(schedule.weekStart, 7))}
                  className={`${control} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
                >
                  {t("next")} →
                </Link>
              </li>
            </ul>
          </nav>
          <PrintButton label={t("print")} />
        </div>
        {user.role !== "UNIT_REP" && <p className="mt-3 text-sm text-slate-600">{t("draftsLeftOut")}</p>}
      </div>

      <article
        data-print-document
        className="rounded-lg border border-slate-200 bg-white p-4 text-slate-950 sm:p-8 print:rounded-none print:border-0 print:p-0"
      >
        <header className="grid gap-4 text-center text-sm sm:grid-cols-[2fr_3fr] sm:text-base print:grid-cols-[2fr_3fr] print:text-[13pt]">
          <div>
            {unit.parent && <p className="uppercase">{unit.parent.shortName ?? unit.parent.name}</p>}
            <p className="font-bold uppercase">{unit.shortName ?? unit.name}</p>
            <hr className="mx-auto mt-1 w-1/3 border-slate-900" />
          </div>
          <div>
            <p className="font-bold">{t("nationalName")}</p>
            <p className="font-bold">{t("motto")}</p>
            <hr className="mx-auto mt-1 w-1/2 border-slate-900" />
          </div>
        </header>

        <h1 className="mt-8 text-center text-xl font-bold print:mt-6 print:text-[14pt]">{t("heading")}</h1>
        <p className="mt-1 text-center font-semibold">{t("of", { unit: unit.shortName ?? unit.name })}</p>
        <p className="mt-1 text-center italic">
          ({t("range", { week: String(schedule.week.week), from: fmt(schedule.weekStart), to: fmt(schedule.weekEnd) })})
        </p>

        {schedule.truncated && (
          <p
            role="status"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 print:hidden"
          >
            {t("truncated", { count: RANGE_LIMIT })}
          </p>
        )}
        {empty && <p className="mt-6 text-center text-slate-700 print:text-black">{t("empty")}</p>}

        <table className="mt-6 hidden w-full border-collapse text-sm md:table print:table print:text-[12pt]">
          <colgroup>
            <col className="w-[12%]" />
            <col className="w-[8%]" />
            <col className="w-[40%]" />
            <col className="w-[20%]" />
            <col className="w-[20%]" />
          </colgroup>
          <thead>
            <tr className="bg-slate-100 print:bg-transparent">
              {(["day", "session", "content", "chair", "place"] as const).map((c) => (
                <th key={c} scope="col" className={`${cell} text-center font-bold`}>
                  {t(`columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          {days.map((d) => {
            const rowsOf = (entries: ScheduleEntry[]) => (entries.length ? entries : [null]);
            const dayRows = SESSIONS.reduce((n, s) => n + rowsOf(d[s]).length, 0);
            return (
              <tbody key={d.day} className="break-inside-avoid">
                {SESSIONS.flatMap((session, si) =>
                  rowsOf(d[session]).map((entry, i) => (
                    <tr key={`${session}-${entry?.id ?? "none"}`}>
                      {si === 0 && i === 0 && (
                        <th scope="rowgroup" rowSpan={dayRows} className={`${cell} text-center font-bold`}>
                          {weekday(d.day)}
                          <br />
                          <span className="font-normal">{fmt(d.day)}</span>
                        </th>
                      )}
                      {i === 0 && (
                        <td rowSpan={rowsOf(d[session]).length} className={`${cell} text-center`}>
                          {t(session)}
                        </td>
                      )}
                      <td className={cell}>{entry && <Content entry={entry} />}</td>
                      <td className={cell}>{entry && <Chairs entry={entry} />}</td>
                      <td className={cell}>{entry?.place}</td>
                    </tr>
                  )),
                )}
              </tbody>
            );
          })}
        </table>

        {/* Phones: the same schedule day by day, since five columns do not fit 390 px. */}
        {!empty && (
          <ol className="mt-6 grid gap-4 md:hidden print:hidden">
            {days
              .filter((d) => d.morning.length + d.afternoon.length > 0)
              .map((d) => (
                <li key={d.day} className="rounded-md border border-slate-300">
                  <h2 className="border-b border-slate-300 bg-slate-100 px-3 py-2 font-bold">
                    {weekday(d.day)}, {fmt(d.day)}
                  </h2>
                  {SESSIONS.filter((s) => d[s].length > 0).map((session) => (
                    <section key={session} className="px-3 py-2">
                      <h3 className="text-sm font-semibold uppercase text-slate-700">{t(session)}</h3>
                      <ul className="mt-1 space-y-3">
                        {d[session].map((entry) => (
                          <li key={entry.id} className="text-sm">
                            <Content entry={entry} />
                            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-2 text-slate-800">
                              {entry.chairs.length > 0 && (
                                <>
                                  <dt className="font-medium">{t("columns.chair")}:</dt>
                                  <dd>
                                    <Chairs entry={entry} />
                                  </dd>
                                </>
                              )}
                              {entry.place && (
                                <>
                                  <dt className="font-medium">{t("columns.place")}:</dt>
                                  <dd>{entry.place}</dd>
                                </>
                              )}
                            </dl>
                          </li>
                        ))}
                      </ul>
                    </section>
                  ))}
                </li>
              ))}
          </ol>
        )}
      </article>
    </>
  );
}
