import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { hasCalendarFeed, meetingsInRange, RANGE_LIMIT } from "@/lib/calendar/data";
import { originFrom } from "@/lib/calendar/urls";
import { addDays } from "@/lib/calendar/days";
import { instantRange, isoWeek, monthGrid, parseDayParam, shiftMonth, weekDays } from "@/lib/calendar/weeks";
import { dayKey, formatDate, startOfDay, type Locale } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { MonthView, WeekView } from "./calendar-views";
import { FeedPanel } from "./feed-panel";
import { DateField } from "@/components/form/date-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("calendar") };
}

type Props = { searchParams: Promise<{ view?: string | string[]; date?: string | string[] }> };

const pill = "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium";

export default async function CalendarPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.calendar.roles);
  const params = await searchParams;
  const view = (Array.isArray(params.view) ? params.view[0] : params.view) === "month" ? "month" : "week";
  const today = dayKey(new Date());
  const date = parseDayParam(params.date) ?? today;

  const grid = view === "month" ? monthGrid(date) : [weekDays(date)];
  const days = grid.flat();
  const range = instantRange(days[0]!, days[days.length - 1]!);
  const [t, tNav, locale, { meetings, truncated }, feedActive, requestHeaders] = await Promise.all([
    getTranslations("calendar"),
    getTranslations("nav"),
    getLocale() as Promise<Locale>,
    meetingsInRange(user, range.from, range.to),
    hasCalendarFeed(user),
    headers(),
  ]);

  const fmt = (day: string) => formatDate(startOfDay(day));
  const [year, month] = date.split("-");
  const heading =
    view === "week"
      ? t("weekHeading", { week: String(isoWeek(days[0]!).week), from: fmt(days[0]!), to: fmt(days[6]!) })
      : t("monthHeading", { month: month!, year: year! });
  const previous = view === "week" ? addDays(days[0]!, -7) : shiftMonth(date, -1);
  const next = view === "week" ? addDays(days[0]!, 7) : shiftMonth(date, 1);
  const href = (v: string, d: string) => `/calendar?view=${v}&date=${d}`;

  return (
    <>
      <PageHeader title={tNav("calendar")} intro={t("intro")}>
        <Link
          href={`/calendar/weekly?date=${date}`}
          className={`${pill} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
        >
          {t("weeklyLink")}
        </Link>
      </PageHeader>

      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <nav aria-label={t("views.label")}>
          <ul className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
            {(["week", "month"] as const).map((v) => (
              <li key={v}>
                <Link
                  href={href(v, date)}
                  aria-current={v === view ? "page" : undefined}
                  className={`${pill} text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white`}
                >
                  {t(`views.${v}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t("navigation")}>
          <ul className="flex flex-wrap gap-1">
            <li>
              <Link
                href={href(view, previous)}
                className={`${pill} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
              >
                ← {view === "week" ? t("previousWeek") : t("previousMonth")}
              </Link>
            </li>
            <li>
              <Link
                href={href(view, today)}
                className={`${pill} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
              >
                {t("today")}
              </Link>
            </li>
            <li>
              <Link
                href={href(view, next)}
                className={`${pill} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
              >
                {view === "week" ? t("nextWeek") : t("nextMonth")} →
              </Link>
            </li>
          </ul>
        </nav>
        <form action="/calendar" className="flex items-end gap-2">
          <input type="hidden" name="view" value={view} />
          <DateField key={date} label={t("jumpTo")} name="date" defaultValue={date} />
          <button type="submit" className={`${pill} bg-slate-800 font-semibold text-white hover:bg-slate-900`}>
            {t("go")}
          </button>
        </form>
      </div>

      <section aria-labelledby="calendar-range" className="mb-8">
        <h2 id="calendar-range" className="mb-3 text-lg font-semibold">
          {heading}
          <span className="ml-2 text-sm font-normal text-slate-600">({t("count", { count: meetings.length })})</span>
        </h2>
        {truncated && (
          <p
            role="status"
            className="mb-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950"
          >
            {t("truncated", { count: RANGE_LIMIT })}
          </p>
        )}
        {view === "week" ? (
          <WeekView days={days} meetings={meetings} today={today} locale={locale} />
        ) : (
          <MonthView
            grid={grid}
            month={date.slice(0, 7)}
            meetings={meetings}
            today={today}
            locale={locale}
            caption={heading}
          />
        )}
      </section>

      <FeedPanel origin={originFrom(requestHeaders)} active={feedActive} />
    </>
  );
}
