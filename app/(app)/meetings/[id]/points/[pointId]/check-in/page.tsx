import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { checkInList } from "@/lib/attendance/checkin";
import { AccessDenied, NotFound } from "@/lib/errors";
import { dayKey, formatDate, formatDateTime, formatTime, formatWeekday, timeRangeParts } from "@/lib/datetime/vietnam";
import { Badge, invitationTone } from "@/components/badge";
import { CheckInBoard, WalkInForm, type CheckInGroupView } from "@/components/attendance/check-in";

type Props = { params: Promise<{ id: string; pointId: string }> };

async function load(params: Props["params"]) {
  const user = await requirePageUser();
  const { id, pointId } = await params;
  try {
    const list = await checkInList(user, pointId);
    if (list.meeting.id !== id) notFound();
    return list;
  } catch (error) {
    if (error instanceof NotFound) notFound();
    if (error instanceof AccessDenied) forbidden();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [list, t] = await Promise.all([load(params), getTranslations("attendance.checkIn")]);
  return { title: `${t("title")} · ${list.point.name}` };
}

export default async function CheckInPage({ params }: Props) {
  const list = await load(params);
  const [t, tSub, tInv] = await Promise.all([
    getTranslations("attendance.checkIn"),
    getTranslations("attendance.checkIn.substitute"),
    getTranslations("invitationStatus"),
  ]);
  const { meeting, point, counts } = list;
  const today = dayKey(new Date());
  const when = (d: Date) => (dayKey(d) === today ? formatTime(d) : formatDateTime(d));
  const groups: CheckInGroupView[] = list.groups.map((g) => ({
    key: g.invitationId ?? "walk-ins",
    unitName: g.unitName,
    note:
      g.invitationStatus === "SUBSTITUTE" && g.substituteDecision && g.substituteDecision !== "AGREED"
        ? tSub(g.substituteDecision)
        : null,
    people: g.people.map((p) => ({
      id: p.id,
      fullName: p.fullName,
      title: p.title,
      walkIn: p.walkIn,
      replaces: p.replaces,
      checkIn: p.checkIn,
      absenceReason: p.absenceReason,
      checkedAt: p.checkedInAt ? when(p.checkedInAt) : null,
    })),
  }));
  const open = list.window === "open";
  const figures = [
    { key: "onSite", value: counts.onSite, tone: "text-green-800" },
    { key: "online", value: counts.online, tone: "text-sky-800" },
    { key: "absent", value: counts.absent, tone: "text-red-800" },
    { key: "notYet", value: counts.notYet, tone: "text-slate-700" },
  ] as const;

  return (
    <article className="mx-auto max-w-3xl">
      <Link href={`/meetings/${meeting.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {t("back")}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">
        {t("title")}: {point.name}
      </h1>
      <p className="mt-1 text-slate-800">{meeting.title}</p>
      <p className="text-sm text-slate-700">
        {t("when", {
          ...timeRangeParts(meeting.startsAt, meeting.endsAt),
          date: `${formatWeekday(meeting.startsAt)}, ${formatDate(meeting.startsAt)}`,
        })}
        {point.chair && ` · ${t("chair", { name: point.chair.fullName })}`}
        {point.secretary && ` · ${t("secretary", { name: point.secretary })}`}
      </p>

      <section
        aria-label={t("counts.label")}
        className="sticky top-0 z-10 -mx-4 mt-4 border-y border-slate-200 bg-white/95 px-4 py-3 shadow-sm backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
      >
        <p aria-live="polite" className="text-xl font-semibold text-slate-900">
          {t("counts.headcount", { present: counts.present, expected: counts.expected })}
        </p>
        <dl className="mt-1 grid grid-cols-4 gap-2 text-center">
          {figures.map((f) => (
            <div key={f.key} className="rounded-md bg-slate-50 px-1 py-1">
              <dt className="text-xs text-slate-700">{t(`counts.${f.key}`)}</dt>
              <dd className={`text-lg font-semibold ${f.tone}`}>{f.value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {list.window !== "open" && (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {list.window === "notYet"
            ? t("notOpen", { time: formatDateTime(list.opensAt) })
            : list.window === "draft"
              ? t("draftNotice")
              : t("cancelledNotice")}
        </p>
      )}
      {open && list.ended && (
        <p className="mt-4 rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
          {t("endedNotice")}
        </p>
      )}

      <div className="mt-4">
        {groups.length ? (
          <CheckInBoard groups={groups} open={open} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">{t("empty")}</p>
        )}
      </div>

      {list.nobodyExpected.length > 0 && (
        <section aria-labelledby="nobody-expected" className="mt-6">
          <h2 id="nobody-expected" className="text-lg font-semibold">
            {t("nobodyExpected.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("nobodyExpected.intro")}</p>
          <ul className="mt-2 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-3">
            {list.nobodyExpected.map((u) => (
              <li key={u.invitationId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span>{u.unitName}</span>
                <Badge tone={invitationTone[u.status]}>{tInv(u.status)}</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}

      {open && (
        <section aria-labelledby="walk-in" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="walk-in" className="text-lg font-semibold">
            {t("walkInForm.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{t("walkInForm.intro")}</p>
          <WalkInForm meetingPointId={point.id} units={list.invitedUnits} />
        </section>
      )}
    </article>
  );
}
