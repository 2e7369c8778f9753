import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/roles";
import { minutesOfMeeting } from "@/lib/minutes/data";
import { generateMinutesAction } from "@/lib/minutes/actions";
import { Badge, minutesStatusTone } from "@/components/badge";
import { linkButton } from "@/components/link-button";
import { ActionButton } from "./action-button";

/** The meeting page's minutes: one per connection point, drawn up by whoever keeps that point. */
export async function MinutesPanel({ user, meetingId }: { user: SessionUser; meetingId: string }) {
  if (user.role === "UNIT_REP") return null;
  const [t, points] = await Promise.all([getTranslations("minutes"), minutesOfMeeting(user, meetingId)]);
  const visible = points.filter((p) => p.minutes || p.canGenerate);
  if (visible.length === 0) return null;
  return (
    <section aria-labelledby="minutes" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="minutes" className="text-lg font-semibold">
        {t("panelTitle")}
      </h2>
      <ul className="mt-2 divide-y divide-slate-200">
        {visible.map((p) => (
          <li key={p.pointId} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <div>
              <p className="font-medium">
                {p.name}
                {p.isMain && <span className="text-slate-600"> ({t("mainPoint")})</span>}
              </p>
              {p.minutes ? (
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <span>
                    {t("number")} {p.minutes.documentNumber}
                  </span>
                  <Badge tone={minutesStatusTone[p.minutes.status]}>{t(`status.${p.minutes.status}`)}</Badge>
                </p>
              ) : (
                <p className="mt-1 text-sm text-slate-600">{t("none")}</p>
              )}
            </div>
            {p.minutes ? (
              <Link href={`/meetings/${meetingId}/minutes/${p.minutes.id}`} className={linkButton}>
                {t("open")}
              </Link>
            ) : (
              <ActionButton action={generateMinutesAction} input={{ meetingPointId: p.pointId }} label={t("generate")} goToPrefix={`/meetings/${meetingId}/minutes/`} />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
