import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listOutbox } from "@/lib/mail/data";
import { mailConfigured } from "@/lib/mail/transport";
import { OUTBOX_STATUSES, type OutboxStatus } from "@/lib/mail/schema";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge, type BadgeTone } from "@/components/badge";
import { RetryMessage } from "./retry-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("outbox") };
}

type Props = { searchParams: Promise<{ page?: string; status?: string }> };

const statusTone: Record<OutboxStatus, BadgeTone> = { PENDING: "warn", SENT: "good", FAILED: "bad" };

export default async function OutboxPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.outbox.roles);
  const query = await searchParams;
  const page = Math.max(1, Math.min(10_000, Number.parseInt(query.page ?? "1", 10) || 1));
  const status = OUTBOX_STATUSES.find((s) => s === query.status);
  const [t, tc, { rows, hasMore, counts }] = await Promise.all([
    getTranslations("mail.outbox"),
    getTranslations("common"),
    listOutbox(user, { page, status }),
  ]);
  const href = (p: number, s: OutboxStatus | null | undefined = status) =>
    `?${new URLSearchParams({ ...(s ? { status: s } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
  const kindLabel = (kind: string) => (t.has(`kinds.${kind}`) ? t(`kinds.${kind}`) : kind);
  const total = counts.PENDING + counts.SENT + counts.FAILED;
  const filterLink =
    "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800";
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <p
        role="note"
        className={`mb-4 rounded-md border px-3 py-2 text-sm ${mailConfigured() ? "border-slate-200 bg-white text-slate-700" : "border-amber-300 bg-amber-50 text-amber-900"}`}
      >
        {mailConfigured() ? t("configured") : t("notConfigured")}
      </p>
      <nav aria-label={t("filter")} className="mb-4">
        <ul className="flex flex-wrap gap-1">
          <li>
            <Link href={href(1, null)} aria-current={!status ? "page" : undefined} className={filterLink}>
              {t("all", { count: total })}
            </Link>
          </li>
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              <Link href={href(1, s)} aria-current={status === s ? "page" : undefined} className={filterLink}>
                {t("statusCount", { status: t(`statuses.${s}`), count: counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {rows.map((m) => (
            <li key={m.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <Badge tone={statusTone[m.status]}>{t(`statuses.${m.status}`)}</Badge>
                  <Badge>{kindLabel(m.kind)}</Badge>
                  <span>
                    {t("created")}: {formatDateTime(m.createdAt)}
                  </span>
                </div>
                <p className="mt-1 font-medium break-words">{m.subject}</p>
                <dl className="mt-1 grid gap-x-4 gap-y-0.5 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="text-slate-600">{t("to")}</dt>
                  <dd className="break-all">{m.to}</dd>
                  <dt className="text-slate-600">{t("attempts")}</dt>
                  <dd>{m.attempts}</dd>
                  {m.status === "PENDING" && (
                    <>
                      <dt className="text-slate-600">{t("nextAttempt")}</dt>
                      <dd>{formatDateTime(m.nextAttemptAt)}</dd>
                    </>
                  )}
                  {m.sentAt && (
                    <>
                      <dt className="text-slate-600">{t("sentAt")}</dt>
                      <dd>{formatDateTime(m.sentAt)}</dd>
                    </>
                  )}
                  {m.lastError && (
                    <>
                      <dt className="text-slate-600">{t("lastError")}</dt>
                      <dd className="font-mono text-xs break-all text-red-800">{m.lastError}</dd>
                    </>
                  )}
                  {m.meetingId && (
                    <>
                      <dt className="text-slate-600">{t("meeting")}</dt>
                      <dd>
                        <Link href={`/meetings/${m.meetingId}`} className="font-medium text-brand-700 underline">
                          {m.meetingId}
                        </Link>
                      </dd>
                    </>
                  )}
                </dl>
                <details className="mt-2 rounded-md border border-slate-200 p-2">
                  <summary className="cursor-pointer text-sm font-medium">{t("showText")}</summary>
                  <pre className="mt-2 overflow-x-auto text-sm whitespace-pre-wrap break-words font-sans">{m.text}</pre>
                </details>
              </div>
              {m.status === "FAILED" && (
                <div className="sm:w-48">
                  <RetryMessage id={m.id} to={m.to} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={tc("page", { page })} className="mt-4 flex justify-between text-sm">
        {page > 1 ? (
          <Link href={href(page - 1)} className="font-medium text-brand-700 underline">
            {tc("previous")}
          </Link>
        ) : (
          <span />
        )}
        {hasMore && (
          <Link href={href(page + 1)} className="font-medium text-brand-700 underline">
            {tc("next")}
          </Link>
        )}
      </nav>
    </>
  );
}
