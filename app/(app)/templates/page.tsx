import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listTemplates, type TemplateFilter } from "@/lib/templates/data";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("templates") };
}

type Props = { searchParams: Promise<{ status?: string | string[] }> };

const primary =
  "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";

export default async function TemplatesPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.templates.roles);
  const filter: TemplateFilter = (await searchParams).status === "retired" ? "retired" : "active";
  const [tNav, t, tKind, templates] = await Promise.all([
    getTranslations("nav"),
    getTranslations("templates"),
    getTranslations("meetingKind"),
    listTemplates(user, filter),
  ]);
  const tab = (value: TemplateFilter) =>
    `inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium ${value === filter ? "bg-brand-700 text-white" : "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;
  return (
    <>
      <PageHeader title={tNav("templates")} intro={t("intro")}>
        <Link href="/templates/new" className={primary}>
          {t("create")}
        </Link>
      </PageHeader>
      <nav aria-label={t("filterLabel")} className="mb-4 flex flex-wrap gap-2">
        <Link href="/templates" className={tab("active")} aria-current={filter === "active" ? "page" : undefined}>
          {t("filter.active")}
        </Link>
        <Link
          href="/templates?status=retired"
          className={tab("retired")}
          aria-current={filter === "retired" ? "page" : undefined}
        >
          {t("filter.retired")}
        </Link>
      </nav>
      {templates.length === 0 ? (
        <EmptyState>{filter === "retired" ? t("emptyRetired") : t("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {templates.map((tpl) => (
            <li key={tpl.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                {tpl.kind && <Badge>{tKind(tpl.kind)}</Badge>}
                <Badge tone="info">{t("version", { version: tpl.version })}</Badge>
                {tpl.status === "RETIRED" && <Badge tone="warn">{t("status.RETIRED")}</Badge>}
              </div>
              <h2 className="mt-2 text-lg font-semibold">
                <Link href={`/templates/${tpl.id}`} className="text-brand-700 underline">
                  {tpl.name}
                </Link>
              </h2>
              {tpl.description && <p className="mt-1 line-clamp-3 text-sm text-slate-700">{tpl.description}</p>}
              <p className="mt-2 text-sm text-slate-600">
                {t("summary", { items: tpl.itemCount, minutes: tpl.minutes })} · {t("usedBy", { count: tpl.meetings })}
                {tpl.versions > 1 && <> · {t("versions", { count: tpl.versions })}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
