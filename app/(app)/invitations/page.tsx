import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listUnitInvitations } from "@/lib/invitations/data";
import { formatDate, formatDateTime, formatTime, formatWeekday } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { EmptyState } from "@/components/empty-state";
import { Badge, invitationTone } from "@/components/badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invitations"))("title") };
}

export default async function InvitationsPage() {
  const user = await requirePageUser(PAGES.invitations.roles);
  const [t, tm, tInv, invitations] = await Promise.all([
    getTranslations("invitations"),
    getTranslations("meetings"),
    getTranslations("invitationStatus"),
    listUnitInvitations(user),
  ]);
  const unitName = invitations[0]?.unit.name;
  return (
    <>
      <PageHeader title={t("title")} intro={unitName ? t("intro", { unit: unitName }) : undefined} />
      {invitations.length === 0 ? (
        <EmptyState>{t("none")}</EmptyState>
      ) : (
        <ul className="grid gap-3">
          {invitations.map((inv) => (
            <li
              key={inv.id}
              className={`rounded-lg border bg-white p-4 shadow-sm ${inv.upcoming ? "border-slate-200" : "border-slate-100 opacity-80"}`}
            >
              <div className="flex flex-wrap items-center gap-2 text-sm">
                <span className="font-semibold">
                  {formatWeekday(inv.meeting.startsAt)}, {formatDate(inv.meeting.startsAt)} ·{" "}
                  {formatTime(inv.meeting.startsAt)}
                </span>
                <Badge tone={invitationTone[inv.status]}>{tInv(inv.status)}</Badge>
                {inv.overdue && <Badge tone="bad">{t("overdue")}</Badge>}
              </div>
              <h2 className="mt-1 text-lg font-semibold">
                <Link href={`/invitations/${inv.id}`} className="hover:underline">
                  {inv.meeting.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("point")}: {inv.meetingPoint.connectionPoint.name}
                {inv.meetingPoint.chair && ` — ${tm("chair")}: ${inv.meetingPoint.chair.fullName}`}
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {tm("seats", { count: inv.seats })}
                {inv.answerDeadline && ` · ${tm("deadline")}: ${formatDateTime(inv.answerDeadline)}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
