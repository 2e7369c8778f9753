import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listOfficials } from "@/lib/officials/data";
import { formatDate } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search-form";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { OfficialForm } from "./official-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("officials") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; ended?: string }> };

export default async function OfficialsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.officials.roles);
  const params = await searchParams;
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 100) ?? "";
  const ended = params.ended === "1";
  const [tNav, t, ta, officials] = await Promise.all([
    getTranslations("nav"),
    getTranslations("officials"),
    getTranslations("officialAdmin"),
    listOfficials(user, query, { ended }),
  ]);
  return (
    <>
      <PageHeader title={tNav("officials")} intro={t("intro")} />
      <SearchForm query={query}>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="ended" value="1" defaultChecked={ended} className="size-4" />
          {ta("showEnded")}
        </label>
      </SearchForm>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("results", { count: officials.length })}
      </p>
      {officials.length === 0 ? (
        <EmptyState>{t("results", { count: 0 })}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {officials.map((o) => (
            <li key={o.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <Link href={`/officials/${o.id}`} className="font-medium text-brand-700 underline">
                  {o.fullName}
                </Link>
                <p className="text-sm text-slate-600">
                  {o.title} · {o.unit.name}
                </p>
              </div>
              {o.validTo && <Badge>{ta("endedOn", { date: formatDate(o.validTo) })}</Badge>}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-official" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-official" className="text-lg font-semibold">
          {ta("create")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {user.role === "ADMIN" ? ta("createIntroAdmin") : ta("createIntro")}
        </p>
        <OfficialForm />
      </section>
    </>
  );
}
