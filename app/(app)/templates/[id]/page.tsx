import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getTemplate } from "@/lib/templates/data";
import { totalMinutes } from "@/lib/agenda/schedule";
import { orNotFound } from "@/lib/not-found";
import { formatDate } from "@/lib/datetime/vietnam";
import { Badge } from "@/components/badge";
import { CopyTemplateForm, TemplateStatusButton } from "@/components/templates/template-actions";
import { linkButton } from "@/components/link-button";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser(PAGES.templates.roles);
  return orNotFound(getTemplate(user, (await params).id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load(params)).name };
}

export default async function TemplatePage({ params }: Props) {
  const template = await load(params);
  const [t, tKind] = await Promise.all([getTranslations("templates"), getTranslations("meetingKind")]);
  const superseded = !template.isLatest;
  const retired = template.status === "RETIRED";
  return (
    <article>
      <Link href="/templates" className="text-sm font-medium text-brand-700 underline">
        ← {t("back")}
      </Link>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {template.kind && <Badge>{tKind(template.kind)}</Badge>}
        <Badge tone="info">{t("version", { version: template.version })}</Badge>
        {superseded ? (
          <Badge tone="warn">{t("status.SUPERSEDED")}</Badge>
        ) : (
          retired && <Badge tone="warn">{t("status.RETIRED")}</Badge>
        )}
      </div>
      <h1 className="mt-2 text-2xl font-semibold">{template.name}</h1>
      {template.description && <p className="mt-1 whitespace-pre-line text-slate-700">{template.description}</p>}
      <p className="mt-2 text-sm text-slate-600">
        {t("summary", {
          items: template.items.length,
          minutes: totalMinutes(template.items.map((i) => i.durationMinutes)),
        })}{" "}
        · {t("usedBy", { count: template.meetings })}
      </p>
      {superseded && (
        <p
          role="status"
          className="mt-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t("supersededNotice", { version: template.latestVersion })}{" "}
          <Link href={`/templates/${template.latestId}`} className="font-medium underline">
            {t("openLatest")}
          </Link>
        </p>
      )}
      {!superseded && (
        <div className="mt-3 flex flex-wrap gap-2">
          {!retired && (
            <Link href={`/templates/${template.id}/edit`} className={linkButton}>
              {t("edit")}
            </Link>
          )}
          <TemplateStatusButton id={template.id} retired={retired} />
        </div>
      )}

      <section aria-labelledby="items" className="mt-6">
        <h2 id="items" className="mb-2 text-lg font-semibold">
          {t("fields.items")}
        </h2>
        <ol className="grid gap-2">
          {template.items.map((item) => (
            <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <p className="font-medium">
                  {item.position + 1}. {item.title}
                </p>
                <span className="flex flex-wrap gap-2">
                  {item.optional && <Badge>{t("fields.optional")}</Badge>}
                  <Badge tone="info">{t("minutes", { minutes: item.durationMinutes })}</Badge>
                </span>
              </div>
              {item.presenterRole && (
                <p className="text-sm text-slate-700">{t("presenter", { role: item.presenterRole })}</p>
              )}
              {item.minutesSkeleton && (
                <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 font-sans text-sm whitespace-pre-wrap text-slate-800">
                  {item.minutesSkeleton}
                </pre>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="history" className="mt-6">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          {t("history")}
        </h2>
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {template.history.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2 text-sm">
              {h.id === template.id ? (
                <span className="font-semibold">{t("version", { version: h.version })}</span>
              ) : (
                <Link href={`/templates/${h.id}`} className="font-medium text-brand-700 underline">
                  {t("version", { version: h.version })}
                </Link>
              )}
              <span className="text-slate-600">
                {t("historyLine", { date: formatDate(h.createdAt), count: h.meetings })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="copy" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="copy" className="mb-2 text-lg font-semibold">
          {t("copy.title")}
        </h2>
        <CopyTemplateForm id={template.id} defaultName={t("copy.defaultName", { name: template.name })} />
      </section>
    </article>
  );
}
