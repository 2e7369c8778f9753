import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getMeeting } from "@/lib/meetings/data";
import { orNotFound } from "@/lib/not-found";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { Badge, invitationTone, techTestTone } from "@/components/badge";
import { LiveRefresh } from "@/components/meetings/live-refresh";
import { Pager } from "@/components/conclusions/pager";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

async function load(id: string, page = 1) {
  const user = await requirePageUser(PAGES.meetings.roles);
  return orNotFound(getMeeting(user, id, page));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const meeting = await load((await params).id);
  return { title: `${(await getTranslations("answers.board"))("title")} · ${meeting.title}` };
}

const STATUSES = ["CONFIRMED", "SUBSTITUTE", "DECLINED", "PENDING"] as const;

/** Who is coming to which point, right now; refreshes itself when an answer arrives. */
export default async function LiveBoardPage({ params, searchParams }: Props) {
  const meeting = await load((await params).id, Number((await searchParams).page ?? 1));
  const [t, tInv, tTest, tm] = await Promise.all([
    getTranslations("answers.board"),
    getTranslations("invitationStatus"),
    getTranslations("techTest"),
    getTranslations("meetings"),
  ]);
  const count = (invitations: { status: string }[]) =>
    Object.fromEntries(STATUSES.map((s) => [s.toLowerCase(), invitations.filter((i) => i.status === s).length]));
  return (
    <article>
      <Link href={`/meetings/${meeting.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {meeting.title}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">
        {meeting.title} · {formatDateTime(meeting.startsAt)}
      </p>
      <LiveRefresh url={`/meetings/${meeting.id}/board/events`} label={t("live")} closedLabel={t("liveClosed")} />
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        {meeting.points.map((point) => {
          const expected = point.invitations
            .filter((i) => i.status === "CONFIRMED" || i.status === "SUBSTITUTE")
            .reduce((sum, i) => sum + i.attendeeCount, 0);
          return (
            <section
              key={point.id}
              aria-labelledby={`board-${point.id}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <div className="flex flex-wrap items-center gap-2">
                <h2 id={`board-${point.id}`} className="text-lg font-semibold">
                  {point.connectionPoint.name}
                </h2>
                {point.isMain && <Badge tone="info">{tm("mainPoint")}</Badge>}
                <Badge tone={techTestTone[point.techTestResult]}>{tTest(point.techTestResult)}</Badge>
              </div>
              <p className="mt-1 text-sm font-medium" data-testid="expected">
                {t("expected", { count: expected })}
              </p>
              <p className="text-sm text-slate-700">{t("counts", count(point.invitations))}</p>
              <table className="mt-3 w-full text-left text-sm">
                <thead className="sr-only">
                  <tr>
                    <th scope="col">{tm("invitedUnits")}</th>
                    <th scope="col">{tm("answers")}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {point.invitations.map((inv) => (
                    <tr key={inv.id}>
                      <td className="py-1.5 pr-2">{inv.unit.name}</td>
                      <td className="py-1.5 text-right">
                        <Badge tone={invitationTone[inv.status]}>
                          {tInv(inv.status)}
                          {inv.attendeeCount > 0 && ` · ${inv.attendeeCount}`}
                        </Badge>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          );
        })}
      </div>
      <Pager
        page={meeting.page}
        pageCount={meeting.pageCount}
        href={(page) => `/meetings/${meeting.id}/board?page=${page}`}
        label={tm("pointPages")}
      />
    </article>
  );
}
