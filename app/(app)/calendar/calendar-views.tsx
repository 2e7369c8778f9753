import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CalendarItem } from "@/lib/calendar/data";
import { groupByDay } from "@/lib/calendar/weeks";
import { dayKey, formatDate, formatTime, formatWeekday, startOfDay, type Locale } from "@/lib/datetime/vietnam";
import { Badge, meetingStatusTone } from "@/components/badge";

// The week and month views of /calendar. Both stack into a day-by-day list below the lg breakpoint,
// so a phone never scrolls the page sideways.

function weekdayOf(day: string, locale: Locale) {
  return formatWeekday(startOfDay(day), locale);
}

/** "07:30–09:30" on the meeting's own day; "…" where it runs on from or into another day. */
function timeOn(meeting: CalendarItem, day: string) {
  const start = dayKey(meeting.startsAt) === day ? formatTime(meeting.startsAt) : "…";
  const end = dayKey(new Date(meeting.endsAt.getTime() - 1)) === day ? formatTime(meeting.endsAt) : "…";
  return `${start}–${end}`;
}

/** A meeting in a day: time, status and title; the full view adds the main point. */
async function Entry({ meeting, day, compact = false }: { meeting: CalendarItem; day: string; compact?: boolean }) {
  const tStatus = await getTranslations("meetingStatus");
  const cancelled = meeting.status === "CANCELLED";
  return (
    <li className="rounded-md border border-slate-200 border-l-4 border-l-brand-600 bg-slate-50 px-2 py-1.5 text-sm">
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <time dateTime={meeting.startsAt.toISOString()} className="font-semibold tabular-nums">
          {timeOn(meeting, day)}
        </time>
        <Badge tone={meetingStatusTone[meeting.status]}>{tStatus(meeting.status)}</Badge>
      </p>
      <Link
        href={`/meetings/${meeting.id}`}
        className={`mt-1 block font-medium text-brand-800 [overflow-wrap:anywhere] hover:underline ${cancelled ? "line-through" : ""}`}
      >
        {meeting.title}
      </Link>
      {!compact && meeting.mainPoint && (
        <p className="mt-1 text-xs text-slate-600 [overflow-wrap:anywhere]">{meeting.mainPoint}</p>
      )}
    </li>
  );
}

/** One day as a card: the week view's column on wide screens, a row of the list on phones. */
async function DayCard({
  day,
  meetings,
  today,
  locale,
}: {
  day: string;
  meetings: CalendarItem[];
  today: string;
  locale: Locale;
}) {
  const t = await getTranslations("calendar");
  const isToday = day === today;
  return (
    <li
      aria-current={isToday ? "date" : undefined}
      className={`min-w-0 rounded-lg border bg-white p-3 ${isToday ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"}`}
    >
      <h3 className="text-sm font-semibold">
        {weekdayOf(day, locale)}
        <span className="lg:hidden">, </span>
        <span className="font-normal text-slate-700 lg:block">{formatDate(startOfDay(day))}</span>
      </h3>
      {meetings.length ? (
        <ul className="mt-2 space-y-2">
          {meetings.map((m) => (
            <Entry key={m.id} meeting={m} day={day} />
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("noMeetings")}</p>
      )}
    </li>
  );
}

export async function WeekView({
  days,
  meetings,
  today,
  locale,
}: {
  days: string[];
  meetings: CalendarItem[];
  today: string;
  locale: Locale;
}) {
  const byDay = groupByDay(meetings, days);
  return (
    <ol className="grid gap-3 lg:grid-cols-7 lg:gap-2">
      {days.map((day) => (
        <DayCard key={day} day={day} meetings={byDay.get(day) ?? []} today={today} locale={locale} />
      ))}
    </ol>
  );
}

export async function MonthView({
  grid,
  month,
  meetings,
  today,
  locale,
  caption,
}: {
  grid: string[][];
  /** "YYYY-MM" of the month shown; the grid's other days are shown muted. */
  month: string;
  meetings: CalendarItem[];
  today: string;
  locale: Locale;
  caption: string;
}) {
  const t = await getTranslations("calendar");
  const days = grid.flat();
  const byDay = groupByDay(meetings, days);
  const busyDays = days.filter((day) => day.startsWith(month) && (byDay.get(day)?.length ?? 0) > 0);
  return (
    <>
      <table className="hidden w-full table-fixed border-collapse overflow-hidden rounded-lg bg-white lg:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {grid[0]!.map((day) => (
              <th
                key={day}
                scope="col"
                className="border border-slate-200 bg-slate-100 px-2 py-2 text-left text-sm font-semibold"
              >
                {weekdayOf(day, locale)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((row) => (
            <tr key={row[0]}>
              {row.map((day) => {
                const inMonth = day.startsWith(month);
                const isToday = day === today;
                const items = byDay.get(day) ?? [];
                return (
                  <td
                    key={day}
                    aria-current={isToday ? "date" : undefined}
                    className={`h-28 border border-slate-200 p-1.5 align-top ${inMonth ? "" : "bg-slate-50"} ${isToday ? "bg-brand-50" : ""}`}
                  >
                    <Link
                      href={`/calendar?view=week&date=${day}`}
                      className={`inline-flex size-7 items-center justify-center rounded-full text-sm hover:bg-slate-200 ${isToday ? "bg-brand-700 font-semibold text-white hover:bg-brand-800" : inMonth ? "text-slate-900" : "text-slate-600"}`}
                    >
                      <span aria-hidden="true">{Number(day.slice(8))}</span>
                      <span className="sr-only">{t("openWeek", { date: formatDate(startOfDay(day)) })}</span>
                    </Link>
                    {items.length > 0 && (
                      <ul className="mt-1 space-y-1">
                        {items.map((m) => (
                          <Entry key={m.id} meeting={m} day={day} compact />
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="lg:hidden">
        {busyDays.length ? (
          <ol className="grid gap-3">
            {busyDays.map((day) => (
              <DayCard key={day} day={day} meetings={byDay.get(day) ?? []} today={today} locale={locale} />
            ))}
          </ol>
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {t("noneInRange")}
          </p>
        )}
      </div>
    </>
  );
}
