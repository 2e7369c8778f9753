import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getAgenda } from "@/lib/agenda/data";
import { templateChoices } from "@/lib/templates/data";
import { orNotFound } from "@/lib/not-found";
import { formatTime, timeRangeParts } from "@/lib/datetime/vietnam";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import {
  AddAgendaItemForm,
  AgendaItemControls,
  ApplyTemplateForm,
  EditAgendaItemForm,
} from "@/components/agenda/agenda-forms";
import { linkButton } from "@/components/link-button";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser();
  return { user, agenda: await orNotFound(getAgenda(user, (await params).id)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { agenda } = await load(params);
  return { title: `${(await getTranslations("agenda"))("title")} — ${agenda.title}` };
}

export default async function AgendaPage({ params }: Props) {
  const { user, agenda } = await load(params);
  const [t, templates] = await Promise.all([
    getTranslations("agenda"),
    agenda.manageable ? templateChoices(user) : Promise.resolve([]),
  ]);
  // The presenter pickers search officials still in post on the meeting's date.
  const at = agenda.startsAt.toISOString();
  const ids = agenda.items.map((i) => i.id);
  return (
    <article>
      <Link href={`/meetings/${agenda.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {agenda.title}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">
        {t("when", timeRangeParts(agenda.startsAt, agenda.endsAt))}
        {agenda.template && (
          <> · {t("fromTemplate", { name: agenda.template.name, version: agenda.template.version })}</>
        )}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        <Link href={`/meetings/${agenda.id}/agenda/print`} className={linkButton}>
          {t("print")}
        </Link>
        <Link href={`/meetings/${agenda.id}/indicators`} className={linkButton}>
          {t("indicatorsLink")}
        </Link>
      </div>

      {agenda.manageable && (
        <section aria-labelledby="apply" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="apply" className="mb-1 text-lg font-semibold">
            {t("apply.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t("apply.intro")}</p>
          {templates.length ? (
            <ApplyTemplateForm meetingId={agenda.id} templates={templates} loadedIds={ids} />
          ) : (
            <p className="text-sm">{t("apply.none")}</p>
          )}
        </section>
      )}

      <section aria-labelledby="items" className="mt-6">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="items" className="text-lg font-semibold">
            {t("items")}
          </h2>
          {agenda.items.length > 0 && (
            <p className="text-sm text-slate-600">
              {t("total", { count: agenda.items.length, minutes: agenda.totalMinutes })}
            </p>
          )}
        </div>
        {agenda.overrunMinutes > 0 && (
          <p
            role="status"
            className="mb-3 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          >
            {t("overrun", { minutes: agenda.overrunMinutes, end: formatTime(agenda.endsAt) })}
          </p>
        )}
        {agenda.items.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ol className="grid gap-3">
            {agenda.items.map((item, index) => (
              <li key={item.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="text-sm font-semibold text-brand-700 tabular-nums">
                      {formatTime(item.startsAt)} – {formatTime(item.endsAt)}
                    </p>
                    <h3 className="font-semibold">
                      {index + 1}. {item.title}
                    </h3>
                    {(item.presenter || item.presenterRole) && (
                      <p className="text-sm text-slate-700">
                        {[item.presenter && `${item.presenter.fullName} — ${item.presenter.title}`, item.presenterRole]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    )}
                  </div>
                  <Badge tone="info">{t("minutes", { minutes: item.durationMinutes })}</Badge>
                </div>
                {agenda.manageable && (
                  <div className="mt-3 grid gap-3">
                    <AgendaItemControls
                      meetingId={agenda.id}
                      ids={ids}
                      id={item.id}
                      version={item.version}
                      index={index}
                      title={item.title}
                    />
                    <details className="rounded-md border border-slate-200 p-3">
                      <summary className="cursor-pointer text-sm font-medium">{t("editItem")}</summary>
                      <div className="mt-3">
                        {/* A newer version (saved here, or the item moved) reloads the form with it. */}
                        <EditAgendaItemForm key={`${item.id}-${item.version}`} item={item} at={at} />
                      </div>
                    </details>
                  </div>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {agenda.manageable && (
        <section aria-labelledby="add-item" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add-item" className="mb-3 text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <AddAgendaItemForm meetingId={agenda.id} at={at} />
        </section>
      )}
    </article>
  );
}
