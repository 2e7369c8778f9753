import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { noticesToWatch } from "@/lib/conclusions/notices";
import { formatDate, startOfDay } from "@/lib/datetime/vietnam";
import { Badge } from "@/components/badge";
import { noticeStateTone } from "./notice-due-badge";

/**
 * The secretariat's reminder, above its tasks: held meetings whose conclusion notice is due or late, one
 * line per record (a hub's own minutes named by its connection point).
 */
export async function NoticeWatch({ meetings }: { meetings: Awaited<ReturnType<typeof noticesToWatch>> }) {
  if (meetings.length === 0) return null;
  const [t, tn] = await Promise.all([getTranslations("tasks.notices"), getTranslations("conclusions.notice")]);
  return (
    <section aria-labelledby="notice-watch" className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="notice-watch" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ul className="mt-2 flex flex-col gap-2">
        {meetings.map((m) => (
          <li key={m.id} className="rounded-md border border-amber-200 bg-white px-3 py-2">
            <Link href={`/meetings/${m.meetingId}`} className="font-medium break-words text-brand-700 underline">
              {m.title}
            </Link>
            {m.point && <p className="text-sm break-words text-slate-700">{m.point}</p>}
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
              <span>{tn("dueOn", { day: formatDate(startOfDay(m.due.dueDay)) })}</span>
              <Badge tone={noticeStateTone[m.due.state]}>{tn(`state.${m.due.state}`)}</Badge>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
