import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { minutesPage, revisionDiff } from "@/lib/minutes/data";
import { DIFF_LIMITS } from "@/lib/minutes/revision-diff";
import { orNotFound } from "@/lib/not-found";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { Badge, type BadgeTone } from "@/components/badge";

type Props = {
  params: Promise<{ id: string; minutesId: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
};

const CHANGE_TONE: Record<string, BadgeTone> = { same: "neutral", changed: "warn", added: "good", removed: "bad" };
const CHANGE_LABEL = { same: "unchanged", changed: "changed", added: "added", removed: "removed" } as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes.revisions"))("title") };
}

export default async function MinutesHistoryPage({ params, searchParams }: Props) {
  const { id: meetingId, minutesId } = await params;
  const query = await searchParams;
  const user = await requirePageUser(["ADMIN", "SECRETARIAT", "CHAIR"]);
  const minutes = await orNotFound(minutesPage(user, minutesId));
  const t = await getTranslations("minutes.revisions");
  const versions = minutes.revisions.map((r) => r.version);
  const latest = versions[0] ?? 1;
  const to = Number(query.to) || latest;
  const from = Number(query.from) || versions.find((v) => v < to) || to;
  const diff = versions.includes(from) && versions.includes(to) ? await revisionDiff(user, minutesId, from, to) : null;
  const option = (v: number) => {
    const r = minutes.revisions.find((x) => x.version === v)!;
    return (
      <option key={v} value={v}>
        {t("version", { version: v })} – {t("by", { name: r.author.name, time: formatDateTime(r.createdAt) })}
      </option>
    );
  };
  return (
    <article>
      <Link
        href={`/meetings/${meetingId}/minutes/${minutesId}`}
        className="text-sm font-medium text-brand-700 underline"
      >
        ← {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        {t("title")}: {minutes.documentNumber}
      </h1>
      <p className="text-slate-700">{t("count", { count: versions.length })}</p>
      <form
        method="get"
        className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      >
        <label className="block text-sm font-medium">
          {t("from")}
          <select
            name="from"
            defaultValue={from}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          >
            {versions.map(option)}
          </select>
        </label>
        <label className="block text-sm font-medium">
          {t("to")}
          <select
            name="to"
            defaultValue={to}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          >
            {versions.map(option)}
          </select>
        </label>
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
        >
          {t("show")}
        </button>
      </form>
      {diff && (
        <section aria-label={t("compare")} className="mt-6 flex flex-col gap-4">
          <p className="flex flex-wrap gap-3 text-sm">
            <ins className="bg-green-100 px-1 text-green-900">{t("legendAdded")}</ins>
            <del className="bg-red-100 px-1 text-red-900">{t("legendRemoved")}</del>
          </p>
          {diff.sections
            .filter((s) => s.change !== "same")
            .map((s, i) => (
              <div key={i} className="rounded-lg border border-slate-200 bg-white p-4">
                <h2 className="flex flex-wrap items-center gap-2 font-semibold">
                  {s.heading} <Badge tone={CHANGE_TONE[s.change]}>{t(CHANGE_LABEL[s.change])}</Badge>
                </h2>
                {s.tooLarge && (
                  <p role="status" className="mt-2 text-slate-700">
                    {t("tooLarge", { max: DIFF_LIMITS.maxEdits })}
                  </p>
                )}
                <p className="mt-2 whitespace-pre-wrap leading-7">
                  {s.parts.map((p, j) =>
                    p.change === "added" ? (
                      <ins key={j} className="bg-green-100 text-green-900">
                        {p.text}
                      </ins>
                    ) : p.change === "removed" ? (
                      <del key={j} className="bg-red-100 text-red-900">
                        {p.text}
                      </del>
                    ) : (
                      <span key={j}>{p.text}</span>
                    ),
                  )}
                </p>
              </div>
            ))}
          {diff.sections.every((s) => s.change === "same") && <p className="text-slate-700">{t("unchanged")}</p>}
        </section>
      )}
    </article>
  );
}
