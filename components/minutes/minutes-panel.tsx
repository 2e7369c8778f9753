import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/roles";
import { minutesOfMeeting } from "@/lib/minutes/data";
import { MinutesRows, MinutesSummary } from "./minutes-list";

/**
 * The meeting page's minutes: one per connection point, drawn up by whoever keeps that point. The
 * first page of them; a conference of many points lists the rest on its minutes page.
 */
export async function MinutesPanel({ user, meetingId }: { user: SessionUser; meetingId: string }) {
  const [t, minutes] = await Promise.all([getTranslations("minutes"), minutesOfMeeting(user, meetingId)]);
  if (minutes.total === 0) return null;
  return (
    <section aria-labelledby="minutes" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="minutes" className="text-lg font-semibold">
        {t("panelTitle")}
      </h2>
      {minutes.pageCount > 1 && <MinutesSummary counts={minutes.statusCounts} />}
      <MinutesRows meetingId={meetingId} rows={minutes.rows} />
      {minutes.pageCount > 1 && (
        <Link
          href={`/meetings/${meetingId}/minutes`}
          className="mt-2 inline-block font-medium text-brand-700 underline"
        >
          {t("allPoints", { count: minutes.total })}
        </Link>
      )}
    </section>
  );
}
