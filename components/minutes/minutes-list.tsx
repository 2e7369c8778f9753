import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { minutesOfMeeting } from "@/lib/minutes/data";
import { generateMinutesAction } from "@/lib/minutes/actions";
import { Badge, minutesStatusTone } from "@/components/badge";
import { linkButton } from "@/components/link-button";
import { ActionButton } from "./action-button";

type MinutesOfMeeting = Awaited<ReturnType<typeof minutesOfMeeting>>;

/** How many minutes there are in each state, over the whole meeting. */
export async function MinutesSummary({ counts }: { counts: MinutesOfMeeting["statusCounts"] }) {
  const t = await getTranslations("minutes");
  return (
    <p className="mt-1 text-sm text-slate-700">
      {t("summary", { draft: counts.DRAFT ?? 0, submitted: counts.SUBMITTED ?? 0, approved: counts.APPROVED ?? 0 })}
    </p>
  );
}

/** One row per connection point: its minutes, or the button to draw them up. */
export async function MinutesRows({ meetingId, rows }: { meetingId: string; rows: MinutesOfMeeting["rows"] }) {
  const t = await getTranslations("minutes");
  return (
    <ul className="mt-2 divide-y divide-slate-200">
      {rows.map((p) => (
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
            <ActionButton
              action={generateMinutesAction}
              input={{ meetingPointId: p.pointId }}
              label={t("generate")}
              goToPrefix={`/meetings/${meetingId}/minutes/`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
