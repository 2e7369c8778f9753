import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listOfficials } from "@/lib/officials/data";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search-form";
import { EmptyState } from "@/components/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("officials") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function OfficialsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.officials.roles);
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const [tNav, t, officials] = await Promise.all([
    getTranslations("nav"),
    getTranslations("officials"),
    listOfficials(user, query),
  ]);
  return (
    <>
      <PageHeader title={tNav("officials")} intro={t("intro")} />
      <SearchForm query={query} />
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("results", { count: officials.length })}
      </p>
      {officials.length === 0 ? (
        <EmptyState>{t("results", { count: 0 })}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {officials.map((o) => (
            <li key={o.id} className="px-4 py-3">
              <p className="font-medium">{o.fullName}</p>
              <p className="text-sm text-slate-600">
                {o.title} · {o.unit.name}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
