import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getImportJob, parseOutcome, type ImportLine } from "@/lib/import/data";
import { headerOf, type ImportKind } from "@/lib/import/columns";
import type { Outcome } from "@/lib/import/plan";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { orNotFound } from "@/lib/not-found";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge } from "@/components/badge";
import { Pager } from "@/components/conclusions/pager";
import { outcomeTone, statusTone, summaryOf } from "../status-tone";
import { JobActions, RefreshWhileWriting } from "../import-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("import") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ outcome?: string; page?: string }> };

/** The file's column a stored field comes from. */
const COLUMN_OF: Record<string, string> = { parentId: "parent", unitId: "unit", officialId: "official" };

export default async function ImportJobPage({ params, searchParams }: Props) {
  const user = await requirePageUser(PAGES.import.roles);
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const outcome = parseOutcome(query.outcome);
  const page = Math.max(1, Number.parseInt(query.page ?? "1", 10) || 1);
  const { job, lines, pageCount, unitNames, ...loaded } = await orNotFound(getImportJob(user, id, { outcome, page }));
  const t = await getTranslations();
  const ti = await getTranslations("import");
  const kindName = ti(`kinds.${job.kind}`);
  const toWrite = job.creates + job.updates;
  const done = job.writtenRows + job.refusedRows;

  const value = (field: string, v: unknown) => {
    if (v === null || v === undefined || v === "") return ti("rows.emptyValue");
    if (typeof v === "object" && "line" in v) return ti("rows.lineOfFile", { line: Number(v.line) });
    if (field === "kind") return t(`unitKind.${v}`);
    if (field === "block") return t(`unitBlock.${v}`);
    if (field === "parentId") return unitNames[String(v)] ?? String(v);
    return String(v);
  };
  const reasonText = (kind: ImportKind, r: ImportLine["reasons"][number]) => {
    const text = t(r.key, r.params ?? {});
    return r.field ? `${headerOf(kind, COLUMN_OF[r.field] ?? r.field)}: ${text}` : text;
  };
  const href = (p: number, o: Outcome | null = outcome) =>
    `?${new URLSearchParams({ ...(o ? { outcome: o } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const filterLink =
    "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800";
  const counts: Record<Outcome, number> = {
    CREATE: job.creates,
    UPDATE: job.updates,
    UNCHANGED: job.unchanged,
    ERROR: job.errors,
  };

  return (
    <>
      <PageHeader title={ti("job.title", { kind: kindName, file: job.fileName })}>
        <Link href="/admin/import" className="text-sm font-medium text-brand-700 underline underline-offset-2">
          {ti("job.back")}
        </Link>
      </PageHeader>
      <section aria-labelledby="import-summary" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id="import-summary" className="text-lg font-semibold">
            <Badge tone={statusTone[job.status]}>{ti(`status.${job.status}`)}</Badge>
          </h2>
          <span className="text-sm text-slate-600">
            {ti("job.checkedBy", { time: formatDateTime(job.createdAt), email: job.createdByEmail })}
          </span>
        </div>
        <p>{ti("summary", summaryOf(job))}</p>
        {job.status === "READY" && (
          <>
            <p className="text-sm text-slate-700">{toWrite > 0 ? ti("job.ready") : ti("job.nothing")}</p>
            {toWrite > 0 && job.errors > 0 && (
              <p className="text-sm text-amber-900">{ti("job.skipErrors", { count: job.errors })}</p>
            )}
          </>
        )}
        {job.status === "CHECKING" && <p className="text-sm text-amber-900">{ti("job.checkingInterrupted")}</p>}
        {job.status === "DISCARDED" && <p className="text-sm text-slate-700">{ti("job.discarded")}</p>}
        {(job.status === "APPLYING" || job.status === "DONE") && toWrite > 0 && (
          <div className="grid gap-1">
            <label htmlFor="import-progress" className="text-sm font-medium">
              {ti("job.progressLabel")}
            </label>
            <progress id="import-progress" max={toWrite} value={done} className="h-3 w-full max-w-xl" />
            <p role="status" className="text-sm text-slate-700">
              {job.status === "DONE"
                ? ti("job.done", { written: job.writtenRows })
                : ti("job.progress", { done, total: toWrite })}
            </p>
            {job.refusedRows > 0 && (
              <p className="text-sm text-amber-900">{ti("job.refused", { count: job.refusedRows })}</p>
            )}
          </div>
        )}
        {job.status === "APPLYING" && !job.stalled && <RefreshWhileWriting />}
        {job.stalled && <p className="text-sm text-amber-900">{ti("job.interrupted")}</p>}
        <JobActions
          jobId={job.id}
          applyLabel={
            job.status === "READY" && toWrite > 0
              ? ti("job.apply", { count: toWrite })
              : job.stalled
                ? ti("job.resume")
                : null
          }
          canDiscard={job.status === "READY" || job.status === "CHECKING"}
        />
      </section>

      <section aria-labelledby="import-rows" className="mt-6">
        <h2 id="import-rows" className="mb-3 text-lg font-semibold">
          {ti("rows.title")}
        </h2>
        <nav aria-label={ti("rows.filter")} className="mb-3">
          <ul className="flex flex-wrap gap-1">
            <li>
              <Link href={href(1, null)} aria-current={!outcome ? "page" : undefined} className={filterLink}>
                {ti("rows.all")} ({job.totalRows})
              </Link>
            </li>
            {(Object.keys(counts) as Outcome[]).map((o) => (
              <li key={o}>
                <Link href={href(1, o)} aria-current={outcome === o ? "page" : undefined} className={filterLink}>
                  {ti(`outcome.${o}`)} ({counts[o]})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {lines.length === 0 ? (
          <EmptyState>{ti("rows.empty")}</EmptyState>
        ) : (
          <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {lines.map((l) => (
              <li key={l.line} className="grid gap-1 px-4 py-2 sm:grid-cols-[7rem_8rem_1fr] sm:items-start">
                <span className="text-sm text-slate-600">{ti("rows.line", { line: l.line })}</span>
                <span>
                  <Badge tone={outcomeTone[l.outcome]}>{ti(`outcome.${l.outcome}`)}</Badge>
                </span>
                <div className="min-w-0">
                  <p className="font-medium break-words">{l.label}</p>
                  {l.reasons.length > 0 && (
                    <ul className="text-sm text-red-800">
                      {l.reasons.map((r, i) => (
                        <li key={i}>{reasonText(job.kind, r)}</li>
                      ))}
                    </ul>
                  )}
                  {l.changes.length > 0 && (
                    <ul className="text-sm text-slate-700">
                      {l.changes.map((c) => (
                        <li key={c.field}>
                          {headerOf(job.kind, COLUMN_OF[c.field] ?? c.field)}: {value(c.field, c.from)} →{" "}
                          {value(c.field, c.to)}
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              </li>
            ))}
          </ol>
        )}
        <Pager page={loaded.page} pageCount={pageCount} href={(p) => href(p)} label={ti("rows.pages")} />
      </section>
    </>
  );
}
