import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { timeRangeParts } from "@/lib/datetime/vietnam";
import type { MeetingListItem } from "@/lib/meetings/data";
import { Badge, meetingStatusTone } from "./badge";

export async function MeetingCard({ meeting }: { meeting: MeetingListItem }) {
  const [t, tKind, tMode, tStatus] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingKind"),
    getTranslations("meetingMode"),
    getTranslations("meetingStatus"),
  ]);
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">
          {t("cardTime", timeRangeParts(meeting.startsAt, meeting.endsAt))}
        </span>
        <Badge tone={meetingStatusTone[meeting.status]}>{tStatus(meeting.status)}</Badge>
        {meeting.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
      </div>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={`/meetings/${meeting.id}`} className="hover:underline">
          {meeting.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {tKind(meeting.kind)} · {tMode(meeting.mode)} · {t("points", { count: meeting.pointCount })} ·{" "}
        {meeting.organiser}
      </p>
      {meeting.mainPoint && (
        <p className="mt-1 text-sm text-slate-700">
          {t("mainPoint")}: {meeting.mainPoint}
          {meeting.mainChair && ` — ${t("chair")}: ${meeting.mainChair}`}
        </p>
      )}
    </li>
  );
}
