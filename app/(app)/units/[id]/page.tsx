import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getUnit } from "@/lib/units/data";
import type { HistoryEntry } from "@/lib/units/history";
import { unitBlocks } from "@/lib/units/schema";
import { orNotFound } from "@/lib/not-found";
import { formatDate, formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { UnitForm } from "./unit-form";
import { UnitChangeForm } from "./unit-change-form";
import { HandOverForm } from "./hand-over-form";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(PAGES.units.roles);
  const unit = await orNotFound(getUnit(user, (await params).id));
  return { title: unit.name };
}

const section = "mt-6 rounded-lg border border-slate-200 bg-white p-4";

export default async function UnitPage({ params }: Props) {
  const user = await requirePageUser(PAGES.units.roles);
  const unit = await orNotFound(getUnit(user, (await params).id));
  const [t, ta, tKind, tBlock, tRole] = await Promise.all([
    getTranslations("units"),
    getTranslations("unitAdmin"),
    getTranslations("unitKind"),
    getTranslations("unitBlock"),
    getTranslations("roles"),
  ]);
  const admin = user.role === "ADMIN";
  const link = (u: { id: string; name: string }) => (
    <Link key={u.id} href={`/units/${u.id}`} className="text-brand-700 underline">
      {u.name}
    </Link>
  );
  const joined = (units: { id: string; name: string }[]) =>
    units.flatMap((u, i) => (i === 0 ? [link(u)] : [<span key={`${u.id}-comma`}>, </span>, link(u)]));
  const describe = (e: HistoryEntry) => {
    switch (e.event) {
      case "began":
        return ta("history.began");
      case "closed":
        return ta("history.closed");
      default:
        return (
          <>
            {ta(`history.${e.event}.${e.kind}`)} {joined(e.units)}
            {e.legalBasis && <span className="block text-sm text-slate-600">{e.legalBasis}</span>}
          </>
        );
    }
  };
  const facts: [string, string | null][] = [
    [ta("shortName"), unit.shortName],
    [ta("documentSymbol"), unit.documentSymbol],
    [ta("placeName"), unit.placeName],
    [ta("code"), unit.code],
    [ta("contactEmail"), unit.contactEmail],
  ];
  return (
    <>
      <Link href="/units" className="text-sm font-medium text-brand-700 underline">
        ← {t("title")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={unit.name}
          intro={[tKind(unit.kind), tBlock(unit.block), unit.parent?.name].filter(Boolean).join(" · ")}
        >
          {unit.current ? (
            <Badge tone="good">{t("current")}</Badge>
          ) : unit.validTo ? (
            <Badge tone="bad">{t("ended", { date: formatDate(unit.validTo) })}</Badge>
          ) : (
            <Badge tone="info">{ta("notYet", { date: formatDate(unit.validFrom!) })}</Badge>
          )}
        </PageHeader>
      </div>

      {unit.openWork && (
        <section
          aria-labelledby="open-work"
          className={
            unit.openWork.invitations.length + unit.openWork.tasks.length
              ? "rounded-lg border border-amber-300 bg-amber-50 p-4"
              : "rounded-lg border border-slate-200 bg-white p-4"
          }
        >
          <h2 id="open-work" className="text-lg font-semibold">
            {ta("openWork.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-800">{ta("openWork.intro", { date: formatDate(unit.validTo!) })}</p>
          <HandOverForm
            unitId={unit.id}
            successors={unit.successors.map((s) => ({ id: s.id, name: s.name }))}
            invitations={unit.openWork.invitations.map((i) => ({
              id: i.id,
              meeting: i.meeting.title,
              meetingId: i.meeting.id,
              startsAt: formatDateTime(i.meeting.startsAt),
              point: i.point,
              sent: i.sentAt !== null,
              successorIds: i.successorIds,
            }))}
            tasks={unit.openWork.tasks.map((task) => ({
              id: task.id,
              content: task.content,
              meeting: task.meeting.title,
              deadline: task.deadline ? formatDate(task.deadline) : null,
            }))}
          />
        </section>
      )}

      <section aria-labelledby="unit-history" className={section}>
        <h2 id="unit-history" className="text-lg font-semibold">
          {ta("history.title")}
        </h2>
        {unit.history.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{ta("history.none")}</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-2">
            {unit.history.map((e, i) => (
              <li key={i} className="grid gap-x-4 sm:grid-cols-[8rem_1fr]">
                <span className="font-medium text-slate-700">{formatDate(e.at)}</span>
                <span>{describe(e)}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="unit-facts" className={section}>
        <h2 id="unit-facts" className="text-lg font-semibold">
          {admin ? ta("edit") : ta("facts")}
        </h2>
        {admin ? (
          <>
            <p className="mt-1 text-sm text-slate-700">{ta("editIntro")}</p>
            <UnitForm
              parent={unit.parent ? { id: unit.parent.id, label: unit.parent.name } : null}
              blocks={Object.fromEntries(unitBlocks.map((b) => [b, tBlock(b)]))}
              values={{
                id: unit.id,
                version: unit.version,
                name: unit.name,
                shortName: unit.shortName ?? "",
                documentSymbol: unit.documentSymbol ?? "",
                placeName: unit.placeName ?? "",
                contactEmail: unit.contactEmail ?? "",
                parentId: unit.parent?.id ?? "",
                block: unit.block,
              }}
            />
          </>
        ) : (
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {facts
              .filter(([, v]) => v)
              .map(([label, value]) => (
                <div key={label} className="contents">
                  <dt className="text-slate-600">{label}</dt>
                  <dd className="break-words">{value}</dd>
                </div>
              ))}
          </dl>
        )}
      </section>

      {admin && unit.validTo === null && (
        <section aria-labelledby="unit-change" className={section}>
          <h2 id="unit-change" className="text-lg font-semibold">
            {ta("change.title")}
          </h2>
          <p className="mt-1 text-sm text-slate-700">{ta("change.intro")}</p>
          <UnitChangeForm unit={{ id: unit.id, name: unit.name }} />
        </section>
      )}

      <section aria-labelledby="unit-children" className={section}>
        <h2 id="unit-children" className="text-lg font-semibold">
          {ta("children")}
        </h2>
        {unit.children.length === 0 ? (
          <p className="mt-2 text-sm text-slate-600">{ta("noChildren")}</p>
        ) : (
          <ul className="mt-2 flex flex-col gap-1">
            {unit.children.map((c) => (
              <li key={c.id}>
                {link(c)} <span className="text-sm text-slate-600">· {tKind(c.kind)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="unit-members" className={section}>
        <h2 id="unit-members" className="text-lg font-semibold">
          {ta("members.title")}
        </h2>
        <h3 className="mt-3 text-sm font-semibold text-slate-800">{ta("members.officials")}</h3>
        {unit.officials.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{ta("members.noOfficials")}</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100">
            {unit.officials.map((o) => (
              <li key={o.id} className="py-2">
                <Link href={`/officials/${o.id}`} className="font-medium text-brand-700 underline">
                  {o.fullName}
                </Link>{" "}
                <span className="text-sm text-slate-600">· {o.title}</span>
              </li>
            ))}
          </ul>
        )}
        <h3 className="mt-4 text-sm font-semibold text-slate-800">{ta("members.accounts")}</h3>
        {unit.users.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">{ta("members.noAccounts")}</p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100">
            {unit.users.map((u) => (
              <li key={u.id} className="flex flex-wrap items-center gap-x-2 py-2 text-sm">
                <span className="font-medium">{u.name}</span>
                <span className="break-all text-slate-600">{u.email}</span>
                <Badge>{tRole(u.role)}</Badge>
                {!u.active && <Badge tone="bad">{ta("members.inactive")}</Badge>}
              </li>
            ))}
          </ul>
        )}
        {!unit.current && unit.validTo && unit.users.some((u) => u.active) && (
          <p className="mt-2 text-sm text-amber-900">{ta("members.stillAttached")}</p>
        )}
      </section>

      {admin && (
        <section aria-labelledby="unit-audit" className="mt-6">
          <h2 id="unit-audit" className="mb-2 text-lg font-semibold">
            {ta("audit.title")}
          </h2>
          {unit.audit.length === 0 ? (
            <EmptyState>{ta("audit.none")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
              {unit.audit.map((a) => (
                <li key={a.id} className="flex flex-wrap gap-x-3 px-4 py-2 text-sm">
                  <span className="text-slate-600">{formatDateTime(a.at)}</span>
                  <span className="font-medium">
                    {ta.has(`audit.${a.action}`) ? ta(`audit.${a.action}`) : a.action}
                  </span>
                  <span className="break-all text-slate-600">{a.actorEmail}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}
