import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listUnits } from "@/lib/units/data";
import { unitBlocks, unitKinds } from "@/lib/units/schema";
import { formatDate } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search-form";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { CreateUnitForm } from "./create-unit-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("units"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[]; ended?: string }> };

export default async function UnitsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.units.roles);
  const params = await searchParams;
  const query = (Array.isArray(params.q) ? params.q[0] : params.q)?.slice(0, 100) ?? "";
  const includeEnded = params.ended === "1";
  const [t, tKind, tBlock, tSucc, units] = await Promise.all([
    getTranslations("units"),
    getTranslations("unitKind"),
    getTranslations("unitBlock"),
    getTranslations("succession"),
    listUnits(user, { query, includeEnded }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <SearchForm query={query}>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="ended" value="1" defaultChecked={includeEnded} className="size-4" />
          {t("showEnded")}
        </label>
      </SearchForm>
      <p className="mb-2 text-sm text-slate-600" aria-live="polite">
        {t("results", { count: units.length })}
      </p>
      {units.length === 0 ? (
        <EmptyState>{t("results", { count: 0 })}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {units.map((u) => (
            <li key={u.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <Link href={`/units/${u.id}`} className="font-medium text-brand-700 underline">
                  {u.name}
                </Link>
                <p className="text-sm text-slate-600">
                  {tKind(u.kind)} · {tBlock(u.block)}
                  {u.parent && ` · ${u.parent.name}`}
                </p>
                {u.successions.map((s) => (
                  <p key={s.toUnit.name + s.kind} className="text-sm text-slate-700">
                    {t("successor", { kind: tSucc(s.kind), name: s.toUnit.name })} ({formatDate(s.effectiveAt)})
                  </p>
                ))}
              </div>
              {u.current ? (
                <Badge tone="good">{t("current")}</Badge>
              ) : (
                <Badge>{t("ended", { date: formatDate(u.validTo!) })}</Badge>
              )}
            </li>
          ))}
        </ul>
      )}
      {user.role === "ADMIN" && (
        <section aria-labelledby="create-unit" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="create-unit" className="text-lg font-semibold">
            {t("create")}
          </h2>
          <CreateUnitForm
            kinds={Object.fromEntries(unitKinds.map((k) => [k, tKind(k)]))}
            blocks={Object.fromEntries(unitBlocks.map((b) => [b, tBlock(b)]))}
          />
        </section>
      )}
    </>
  );
}
