import { getTranslations } from "next-intl/server";
import { noticeDueOf } from "@/lib/conclusions/notices";
import type { NoticeDueState } from "@/lib/conclusions/notice-due";
import { formatDate, startOfDay } from "@/lib/datetime/vietnam";
import { Badge, type BadgeTone } from "@/components/badge";

const TONE: Record<NoticeDueState, BadgeTone> = {
  ok: "neutral",
  soon: "warn",
  today: "warn",
  overdue: "bad",
  issued: "good",
};

/**
 * The conclusion notice's due day (5 working days after the meeting, QĐ 45/2018) for one set of
 * minutes, with a warning as it nears. For the minutes page; renders nothing for unknown minutes.
 */
export async function NoticeDueBadge({ minutesId, now = new Date() }: { minutesId: string; now?: Date }) {
  const [t, due] = await Promise.all([getTranslations("conclusions.notice"), noticeDueOf(minutesId, now)]);
  if (!due) return null;
  const warning =
    due.state === "soon" || due.state === "today" || due.state === "overdue" ? t(`warning.${due.state}`) : null;
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{t("dueOn", { day: formatDate(startOfDay(due.dueDay)) })}</span>
        <Badge tone={TONE[due.state]}>{t(`state.${due.state}`)}</Badge>
      </p>
      {warning && <p className={due.state === "overdue" ? "text-red-800" : "text-amber-900"}>{warning}</p>}
    </div>
  );
}

export { TONE as noticeStateTone };
