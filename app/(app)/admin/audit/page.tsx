import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listAudit } from "@/lib/audit/data";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.audit.roles);
  const page = Math.max(1, Math.min(10_000, Number.parseInt((await searchParams).page ?? "1", 10) || 1));
  const [t, tc, { rows, hasMore }] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common"),
    listAudit(user, page),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {/* Focusable so keyboard users can scroll the table sideways on a phone. */}
      <div
        tabIndex={0}
        role="region"
        aria-label={t("title")}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      >
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("at")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("actor")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("action")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("entity")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id}>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.at)}</td>
                <td className="px-3 py-2">{r.actorEmail ?? t("system")}</td>
                <td className="px-3 py-2 font-mono text-xs">{r.action}</td>
                <td className="px-3 py-2 font-mono text-xs">
                  {r.entityType}
                  {r.entityId && ` ${r.entityId}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label={tc("page", { page })} className="mt-4 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={`?page=${page - 1}`} className="font-medium text-brand-700 underline">
            {tc("previous")}
          </Link>
        ) : (
          <span />
        )}
        {hasMore && (
          <Link href={`?page=${page + 1}`} className="font-medium text-brand-700 underline">
            {tc("next")}
          </Link>
        )}
      </nav>
    </>
  );
}
