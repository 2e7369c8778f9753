import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listConnectionPoints } from "@/lib/points/data";
import { CreatePointForm } from "./create-point-form";
import { PageHeader } from "@/components/page-header";
import { SearchForm } from "@/components/search-form";
import { EmptyState } from "@/components/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function PointsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.points.roles);
  const q = (await searchParams).q;
  const query = (Array.isArray(q) ? q[0] : q)?.slice(0, 100) ?? "";
  const [t, tc, points] = await Promise.all([
    getTranslations("points"),
    getTranslations("common"),
    listConnectionPoints(user, query),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <SearchForm query={query} />
      {points.length === 0 ? (
        <EmptyState>{tc("empty")}</EmptyState>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {points.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 className="font-semibold">{p.name}</h2>
              <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-slate-600">{t("host")}</dt>
                <dd>{p.hostUnit.name}</dd>
                {(p.room || p.address) && (
                  <>
                    <dt className="text-slate-600">{t("room")}</dt>
                    <dd>{[p.room, p.address].filter(Boolean).join(", ")}</dd>
                  </>
                )}
                {p.capacity !== null && (
                  <>
                    <dt className="text-slate-600">{t("capacity")}</dt>
                    <dd>{t("capacityValue", { count: p.capacity })}</dd>
                  </>
                )}
                {p.equipment && (
                  <>
                    <dt className="text-slate-600">{t("equipment")}</dt>
                    <dd>{p.equipment}</dd>
                  </>
                )}
                {p.technicianName && (
                  <>
                    <dt className="text-slate-600">{t("technician")}</dt>
                    <dd>{[p.technicianName, p.technicianPhone].filter(Boolean).join(" · ")}</dd>
                  </>
                )}
                {p.videoLink && (
                  <>
                    <dt className="text-slate-600">{t("link")}</dt>
                    <dd className="break-all">{p.videoLink}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="create-point" className="mt-8 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="create-point" className="text-lg font-semibold">
          {t("create")}
        </h2>
        <CreatePointForm />
      </section>
    </>
  );
}
