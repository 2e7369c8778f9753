import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getOfficial } from "@/lib/officials/data";
import { orNotFound } from "@/lib/not-found";
import { formatDate } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { OfficialForm } from "../official-form";
import { EndAppointmentForm, MoveOfficialForm } from "./post-forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(PAGES.officials.roles);
  const official = await orNotFound(getOfficial(user, (await params).id));
  return { title: official.fullName };
}

const section = "mt-6 rounded-lg border border-slate-200 bg-white p-4";

export default async function OfficialPage({ params }: Props) {
  const user = await requirePageUser(PAGES.officials.roles);
  const official = await orNotFound(getOfficial(user, (await params).id));
  const [tNav, t, tRole] = await Promise.all([
    getTranslations("nav"),
    getTranslations("officialAdmin"),
    getTranslations("roles"),
  ]);
  const editable = official.manageable && official.validTo === null;
  const period = (from: Date | null, to: Date | null) =>
    to
      ? t("posts.period", { from: from ? formatDate(from) : "…", to: formatDate(to) })
      : from
        ? t("posts.since", { from: formatDate(from) })
        : t("posts.current");
  return (
    <>
      <Link href="/officials" className="text-sm font-medium text-brand-700 underline">
        ← {tNav("officials")}
      </Link>
      <div className="mt-2">
        <PageHeader title={official.fullName} intro={`${official.titleToday} · ${official.unit.name}`}>
          {official.validTo ? (
            <Badge tone="bad">{t("endedOn", { date: formatDate(official.validTo) })}</Badge>
          ) : (
            <Badge tone="good">{t("inPost")}</Badge>
          )}
        </PageHeader>
      </div>

      <section aria-labelledby="official-posts" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="official-posts" className="text-lg font-semibold">
          {t("posts.title")}
        </h2>
        {official.posts.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">
            {official.title} · {official.unit.name} · {period(official.validFrom, official.validTo)}
          </p>
        ) : (
          <ol className="mt-2 flex flex-col gap-2">
            {official.posts.map((p) => (
              <li key={p.id} className="grid gap-x-4 sm:grid-cols-[14rem_1fr]">
                <span className="text-slate-700">{period(p.validFrom, p.validTo)}</span>
                <span>
                  <span className="font-medium">{p.title}</span> ·{" "}
                  <Link href={`/units/${p.unit.id}`} className="text-brand-700 underline">
                    {p.unit.name}
                  </Link>
                </span>
              </li>
            ))}
          </ol>
        )}
        {official.user && (
          <p className="mt-3 text-sm text-slate-700">
            {t("account", { name: official.user.name, email: official.user.email, role: tRole(official.user.role) })}
          </p>
        )}
      </section>

      {editable ? (
        <>
          <section aria-labelledby="edit-official" className={section}>
            <h2 id="edit-official" className="text-lg font-semibold">
              {t("edit")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("editIntro")}</p>
            <OfficialForm
              existing={{
                unit: { id: official.unit.id, label: official.unit.name },
                values: {
                  id: official.id,
                  version: official.version,
                  fullName: official.fullName,
                  title: official.title,
                  unitId: official.unitId,
                  email: official.email ?? "",
                  phone: official.phone ?? "",
                },
              }}
            />
          </section>
          <section aria-labelledby="move-official" className={section}>
            <h2 id="move-official" className="text-lg font-semibold">
              {t("move.title")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("move.intro")}</p>
            <MoveOfficialForm id={official.id} version={official.version} />
          </section>
          <section aria-labelledby="end-official" className={section}>
            <h2 id="end-official" className="text-lg font-semibold">
              {t("end.title")}
            </h2>
            <p className="mt-1 text-sm text-slate-700">{t("end.intro")}</p>
            <EndAppointmentForm id={official.id} version={official.version} />
          </section>
        </>
      ) : (
        !official.manageable && (
          <p className="mt-4 text-sm text-slate-600">{t("keptBy", { unit: official.unit.name })}</p>
        )
      )}

      <section aria-labelledby="official-meetings" className="mt-6">
        <h2 id="official-meetings" className="mb-2 text-lg font-semibold">
          {t("chaired")}
        </h2>
        {official.chaired.length === 0 ? (
          <EmptyState>{t("noChaired")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {official.chaired.map((c) => (
              <li key={c.meeting.id + c.point} className="px-4 py-3 text-sm">
                <Link href={`/meetings/${c.meeting.id}`} className="font-medium text-brand-700 underline">
                  {c.meeting.title}
                </Link>{" "}
                <span className="text-slate-600">
                  · {formatDate(c.meeting.startsAt)} · {c.point}
                </span>
                <span className="block text-slate-700">{t("chairedAs", { title: c.title })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
