import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { holidaysOfYear } from "@/lib/holidays/data";
import { holidayYear } from "@/lib/holidays/schema";
import { dayOfWeek } from "@/lib/calendar/days";
import { dayKey, formatDate, formatWeekday, startOfDay } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge, type BadgeTone } from "@/components/badge";
import { linkButton } from "@/components/link-button";
import { AddHolidayForm, EditHoliday, PrefillForm } from "./holiday-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("holidays") };
}

type Props = { searchParams: Promise<{ year?: string }> };

const kindTone: Record<string, BadgeTone> = { HOLIDAY: "info", DAY_OFF: "warn", WORKING_DAY: "good" };

// A holiday on a Saturday or Sunday usually brings a nghỉ bù, which the administrator enters as its own day.
const isWeekend = (day: string) => [0, 6].includes(dayOfWeek(day));

/** "Thứ Sáu, 01/01/2027" */
const dayLabel = (day: string) => `${formatWeekday(startOfDay(day))}, ${formatDate(startOfDay(day))}`;

export default async function HolidaysPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.holidays.roles);
  const thisYear = Number(dayKey(new Date()).slice(0, 4));
  const asked = holidayYear.safeParse((await searchParams).year ?? thisYear);
  const year = asked.success ? asked.data : thisYear;
  const [t, { days, missing }] = await Promise.all([getTranslations("holidays"), holidaysOfYear(user, year)]);
  const admin = user.role === "ADMIN";
  const off = days.filter((d) => d.kind !== "WORKING_DAY").length;
  const worked = days.length - off;
  return (
    <>
      <PageHeader title={t("title", { year })} intro={t("intro")}>
        <nav aria-label={t("years")} className="flex gap-2">
          {[year - 1, year + 1].map((y) => (
            <Link key={y} href={`?year=${y}`} className={linkButton}>
              {y < year ? `← ${y}` : `${y} →`}
            </Link>
          ))}
        </nav>
      </PageHeader>
      <section aria-labelledby="days">
        <h2 id="days" className="mb-2 text-lg font-semibold">
          {t("listTitle", { year })}
        </h2>
        {days.length === 0 ? (
          <EmptyState>{t("empty", { year })}</EmptyState>
        ) : (
          <>
            <p className="mb-2 text-sm text-slate-700">{t("summary", { off, worked })}</p>
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {days.map((d) => (
                <li key={d.id} className="px-4 py-3">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <span className="font-medium">{dayLabel(d.day)}</span>
                    <span>{d.name}</span>
                    <Badge tone={kindTone[d.kind]}>{t(`kinds.${d.kind}`)}</Badge>
                    {d.kind === "HOLIDAY" && isWeekend(d.day) && <Badge>{t("onWeekend")}</Badge>}
                  </div>
                  {admin && <EditHoliday key={`${d.id}:${d.version}`} holiday={d} />}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {admin && missing.length > 0 && (
        <section aria-labelledby="prefill" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="prefill" className="text-lg font-semibold">
            {t("prefill.title", { year })}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{t("prefill.intro")}</p>
          <PrefillForm year={year} candidates={missing.map((c) => ({ ...c, label: dayLabel(c.day) }))} />
        </section>
      )}
      {admin && (
        <section aria-labelledby="add-holiday" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add-holiday" className="text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <AddHolidayForm year={year} />
        </section>
      )}
    </>
  );
}
