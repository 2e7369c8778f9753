import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listImportJobs } from "@/lib/import/data";
import { IMPORT_KINDS } from "@/lib/import/columns";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { statusTone, summaryOf } from "./status-tone";
import { UploadForm } from "./import-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("import") };
}

export default async function ImportPage() {
  const user = await requirePageUser(PAGES.import.roles);
  const [t, jobs] = await Promise.all([getTranslations("import"), listImportJobs(user)]);
  const link = "font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="import-upload" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="import-upload" className="mb-1 text-lg font-semibold">
          {t("upload.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("upload.order")}</p>
        <UploadForm />
      </section>
      <section aria-labelledby="import-templates" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="import-templates" className="mb-1 text-lg font-semibold">
          {t("templates.title")}
        </h2>
        <p className="mb-3 text-sm text-slate-600">{t("templates.intro")}</p>
        <ul className="grid gap-2 sm:grid-cols-3">
          {IMPORT_KINDS.map((kind) => (
            <li key={kind} className="grid gap-1">
              <a href={`/admin/import/template/${kind.toLowerCase()}?format=xlsx`} className={link} download>
                {t("templates.xlsx", { kind: t(`kinds.${kind}`) })}
              </a>
              <a href={`/admin/import/template/${kind.toLowerCase()}?format=csv`} className={link} download>
                {t("templates.csv", { kind: t(`kinds.${kind}`) })}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="import-jobs" className="mt-6">
        <h2 id="import-jobs" className="mb-3 text-lg font-semibold">
          {t("jobs.title")}
        </h2>
        {jobs.length === 0 ? (
          <EmptyState>{t("jobs.empty")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {jobs.map((job) => (
              <li key={job.id} className="grid gap-1 px-4 py-3">
                <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <Badge tone={statusTone[job.status]}>{t(`status.${job.status}`)}</Badge>
                  <Badge>{t(`kinds.${job.kind}`)}</Badge>
                  <span>{formatDateTime(job.createdAt)}</span>
                </div>
                <Link href={`/admin/import/${job.id}`} className={`${link} break-all`}>
                  {job.fileName}
                </Link>
                <p className="text-sm text-slate-700">{t("summary", summaryOf(job))}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
