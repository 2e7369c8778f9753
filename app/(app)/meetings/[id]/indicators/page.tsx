import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getIndicators } from "@/lib/indicators/data";
import { orNotFound } from "@/lib/not-found";
import { formatPercent } from "@/lib/datetime/vietnam";
import { EmptyState } from "@/components/empty-state";
import { IndicatorsForm } from "./indicators-form";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser();
  return orNotFound(getIndicators(user, (await params).id));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await load(params);
  return { title: `${(await getTranslations("indicators"))("title")} — ${meeting.title}` };
}

// Figures shown for editing as Vietnamese writes them (45.000; 80,7), which the form reads back.
const editable = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });
const asText = (n: number | null) => (n === null ? "" : editable.format(n));
const shown = (n: number | null) => (n === null ? "—" : editable.format(n));

export default async function IndicatorsPage({ params }: Props) {
  const meeting = await load(params);
  const t = await getTranslations("indicators");
  return (
    <article>
      <Link href={`/meetings/${meeting.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {meeting.title}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-4 text-slate-700">{t("intro")}</p>
      {meeting.manageable ? (
        <IndicatorsForm
          meetingId={meeting.id}
          loadedIds={meeting.rows.map((r) => r.id)}
          rows={meeting.rows.map((r) => ({
            name: r.name,
            unitOfMeasure: r.unitOfMeasure,
            plan: asText(r.plan),
            actual: asText(r.actual),
            target: asText(r.target),
            note: r.note ?? "",
          }))}
        />
      ) : meeting.rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("fields.name")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.unitOfMeasure")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("fields.plan")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("fields.actual")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("percentOfPlan")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("fields.target")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("fields.note")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meeting.rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2">{r.name}</td>
                  <td className="px-3 py-2">{r.unitOfMeasure}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{shown(r.plan)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{shown(r.actual)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {r.percentOfPlan === null ? "—" : formatPercent(r.percentOfPlan)}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{shown(r.target)}</td>
                  <td className="px-3 py-2">{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
