import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listConnectionPoints } from "@/lib/points/data";
import { formatDate } from "@/lib/datetime/vietnam";
import { PointForm } from "./point-form";
import { PointDetails } from "./point-details";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search-form";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; retired?: string }> };

export default async function PointsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.points.roles);
  const params = await searchParams;
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 100) ?? "";
  const retired = params.retired === "1";
  const [t, ta, tc, points] = await Promise.all([
    getTranslations("points"),
    getTranslations("pointAdmin"),
    getTranslations("common"),
    listConnectionPoints(user, query, { retired }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <SearchForm query={query}>
        <label className="flex min-h-11 items-center gap-2 text-sm font-medium text-slate-800">
          <input type="checkbox" name="retired" value="1" defaultChecked={retired} className="size-5" />
          {ta("showRetired")}
        </label>
      </SearchForm>
      {points.length === 0 ? (
        <EmptyState>{tc("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {points.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold">
                  <Link href={`/points/${p.id}`} className="text-brand-700 underline">
                    {p.name}
                  </Link>
                </h2>
                {p.retiredAt && <Badge tone="bad">{ta("retiredSince", { date: formatDate(p.retiredAt) })}</Badge>}
              </div>
              <PointDetails point={p} />
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-point" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-point" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <PointForm />
      </section>
    </>
  );
}
