import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getMeeting } from "@/lib/meetings/data";
import { NotFound } from "@/lib/errors";
import { formatDate, formatDateTime, formatTime, formatWeekday } from "@/lib/datetime/vietnam";
import { Badge, invitationTone, meetingStatusTone, techTestTone } from "@/components/badge";

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  const user = await requirePageUser();
  try {
    return { user, meeting: await getMeeting(user, id) };
  } catch (error) {
    if (error instanceof NotFound) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await load((await params).id);
  return { title: meeting.title };
}

export default async function MeetingPage({ params }: Props) {
  const { user, meeting } = await load((await params).id);
  const [t, tKind, tMode, tStatus, tTest, tInv] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("meetingKind"),
    getTranslations("meetingMode"),
    getTranslations("meetingStatus"),
    getTranslations("techTest"),
    getTranslations("invitationStatus"),
  ]);
  const all = meeting.points.flatMap((p) => p.invitations);
  const count = (s: string) => all.filter((i) => i.status === s).length;
  return (
    <article>
      {user.role !== "UNIT_REP" && user.role !== "CHAIR" && (
        <Link href="/meetings" className="text-sm font-medium text-brand-700 underline">
          ← {t("back")}
        </Link>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Badge tone={meetingStatusTone[meeting.status]}>{tStatus(meeting.status)}</Badge>
        <Badge>{tKind(meeting.kind)}</Badge>
        <Badge tone="info">{tMode(meeting.mode)}</Badge>
        {meeting.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
      </div>
      <h1 className="mt-2 text-2xl font-semibold">{meeting.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t("when")}</dt>
        <dd>
          {t("timeRange", {
            weekday: formatWeekday(meeting.startsAt),
            date: formatDate(meeting.startsAt),
            start: formatTime(meeting.startsAt),
            end: formatTime(meeting.endsAt),
          })}
        </dd>
        <dt className="font-medium text-slate-600">{t("organiser")}</dt>
        <dd>{meeting.organiserUnit.name}</dd>
        {meeting.description && (
          <>
            <dt className="font-medium text-slate-600">{t("description")}</dt>
            <dd className="whitespace-pre-line">{meeting.description}</dd>
          </>
        )}
        {user.role !== "UNIT_REP" && (
          <>
            <dt className="font-medium text-slate-600">{t("answers")}</dt>
            <dd>{t("summary", { confirmed: count("CONFIRMED") + count("SUBSTITUTE"), pending: count("PENDING"), declined: count("DECLINED") })}</dd>
          </>
        )}
      </dl>

      <div className="mt-6 grid gap-4">
        {meeting.points.map((point) => (
          <section key={point.id} aria-labelledby={`point-${point.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`point-${point.id}`} className="text-lg font-semibold">
                {point.connectionPoint.name}
              </h2>
              {point.isMain && <Badge tone="info">{t("mainPoint")}</Badge>}
              <Badge tone={techTestTone[point.techTestResult]}>{tTest(point.techTestResult)}</Badge>
            </div>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{t("chair")}</dt>
              <dd className="font-medium">{point.chair ? `${point.chair.fullName} — ${point.chair.title}` : t("noChair")}</dd>
              {point.connectionPoint.address && (
                <>
                  <dt className="text-slate-600">{t("address")}</dt>
                  <dd>{[point.connectionPoint.room, point.connectionPoint.address].filter(Boolean).join(", ")}</dd>
                </>
              )}
              {point.techTestAt && (
                <>
                  <dt className="text-slate-600">{t("techTestAt")}</dt>
                  <dd>
                    {formatDateTime(point.techTestAt)}
                    {point.techTestNote && ` — ${point.techTestNote}`}
                  </dd>
                </>
              )}
              {point.connectionPoint.technicianName && (
                <>
                  <dt className="text-slate-600">{t("technician")}</dt>
                  <dd>{[point.connectionPoint.technicianName, point.connectionPoint.technicianPhone].filter(Boolean).join(" · ")}</dd>
                </>
              )}
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("invitedUnits")}</h3>
            {point.invitations.length ? (
              <ul className="mt-2 divide-y divide-slate-100">
                {point.invitations.map((inv) => (
                  <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <span className="font-medium">{inv.unit.name}</span> <span className="text-slate-600">· {t("seats", { count: inv.seats })}</span>
                    </span>
                    <Badge tone={invitationTone[inv.status]}>{tInv(inv.status)}</Badge>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t("noInvitations")}</p>
            )}
          </section>
        ))}
      </div>
    </article>
  );
}
