import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { countTasks, listTasks } from "@/lib/conclusions/tasks";
import { noticesToWatch } from "@/lib/conclusions/notices";
import { TASK_FILTERS, type TaskFilter } from "@/lib/conclusions/scope";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { TaskList } from "@/components/conclusions/task-list";
import { NoticeWatch } from "@/components/conclusions/notice-watch";
import { Pager } from "@/components/conclusions/pager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("tasks") };
}

type Props = { searchParams: Promise<{ filter?: string; page?: string; cpage?: string }> };

// The secretariat chases what is late, so its first tab is "overdue"; a unit starts from what it still has to do.
const TAB_ORDER: Record<"follower" | "unit", readonly TaskFilter[]> = {
  follower: TASK_FILTERS,
  unit: ["open", "overdue", "done", "all"],
};

const pageNumber = (value: string | undefined) => Math.max(1, Math.min(10_000, Number.parseInt(value ?? "1", 10) || 1));

export default async function TasksPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.tasks.roles);
  const query = await searchParams;
  const isUnit = user.role === "UNIT_REP";
  const tabs = TAB_ORDER[isUnit ? "unit" : "follower"];
  const filter = tabs.find((f) => f === query.filter) ?? tabs[0]!;
  const now = new Date();
  const [t, tNav, counts, lead, cooperating, notices] = await Promise.all([
    getTranslations("tasks"),
    getTranslations("nav"),
    countTasks(user, "lead", now),
    listTasks(user, { role: "lead", filter, page: pageNumber(query.page) }, now),
    isUnit ? listTasks(user, { role: "cooperating", filter, page: pageNumber(query.cpage) }, now) : null,
    noticesToWatch(user, now),
  ]);
  const href = (f: TaskFilter, page = 1, cpage = 1) =>
    `/tasks?${new URLSearchParams({ filter: f, ...(page > 1 ? { page: String(page) } : {}), ...(cpage > 1 ? { cpage: String(cpage) } : {}) })}`;
  const tabLink =
    "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800";
  return (
    <>
      <PageHeader title={tNav("tasks")} intro={t(`intro.${user.role === "CHAIR" ? "ADMIN" : user.role}`)} />
      <NoticeWatch meetings={notices} />
      <nav aria-label={t("filter")} className="mb-4">
        <ul className="flex flex-wrap gap-1">
          {tabs.map((f) => (
            <li key={f}>
              <Link href={href(f)} aria-current={f === filter ? "page" : undefined} className={tabLink}>
                {t("tab", { label: t(`tabs.${f}`), count: counts[f] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="tasks-lead">
        <h2 id="tasks-lead" className={isUnit ? "mb-2 text-lg font-semibold" : "sr-only"}>
          {isUnit ? t("leading") : t(`tabs.${filter}`)}
        </h2>
        {lead.items.length === 0 ? (
          <EmptyState>{t(`empty.${filter}`)}</EmptyState>
        ) : (
          <TaskList items={lead.items} now={now} linkMeetings={!isUnit} />
        )}
        <Pager
          page={lead.page}
          pageCount={lead.pageCount}
          href={(p) => href(filter, p, cooperating?.page)}
          label={t("pagination")}
        />
      </section>
      {cooperating && cooperating.total > 0 && (
        <section aria-labelledby="tasks-cooperating" className="mt-8">
          <h2 id="tasks-cooperating" className="text-lg font-semibold">
            {t("cooperating")}
          </h2>
          <p className="mb-2 text-sm text-slate-700">{t("cooperatingIntro")}</p>
          <TaskList items={cooperating.items} now={now} linkMeetings={false} />
          <Pager
            page={cooperating.page}
            pageCount={cooperating.pageCount}
            href={(p) => href(filter, lead.page, p)}
            label={`${t("pagination")} — ${t("cooperating")}`}
          />
        </section>
      )}
    </>
  );
}
