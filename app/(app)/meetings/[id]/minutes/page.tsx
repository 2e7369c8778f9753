import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { minutesOfMeeting } from "@/lib/minutes/data";
import { orNotFound } from "@/lib/not-found";
import { MinutesRows, MinutesSummary } from "@/components/minutes/minutes-list";
import { Pager } from "@/components/conclusions/pager";
import { signedDocumentsOfMeeting } from "@/lib/signatures/data";
import { SignedDocuments } from "@/components/signatures/signed-documents";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("minutes"))("panelTitle") };
}

/** Every connection point's minutes of one meeting, a page at a time. */
export default async function MeetingMinutesPage({ params, searchParams }: Props) {
  const user = await requirePageUser(["ADMIN", "SECRETARIAT", "CHAIR"]);
  const [{ id }, { page }] = await Promise.all([params, searchParams]);
  const minutes = await orNotFound(minutesOfMeeting(user, id, Number(page) || 1));
  const [t, ts, signed] = await Promise.all([
    getTranslations("minutes"),
    getTranslations("signatures.documents"),
    signedDocumentsOfMeeting(user, id),
  ]);
  return (
    <article>
      <Link href={`/meetings/${id}`} className="text-sm font-medium text-brand-700 underline">
        ← {minutes.meetingTitle}
      </Link>
      <h1 className="mt-2 text-2xl font-semibold">{t("panelTitle")}</h1>
      <MinutesSummary counts={minutes.statusCounts} />
      <section aria-label={t("panelTitle")} className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        {minutes.total === 0 ? (
          <p className="text-slate-600">{t("noneToList")}</p>
        ) : (
          <MinutesRows meetingId={id} rows={minutes.rows} />
        )}
      </section>
      <Pager
        page={minutes.page}
        pageCount={minutes.pageCount}
        href={(p) => `/meetings/${id}/minutes?page=${p}`}
        label={t("pager")}
      />
      <section aria-labelledby="signed-documents" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="signed-documents" className="text-lg font-semibold">
          {ts("title")}
        </h2>
        <SignedDocuments
          documents={signed.map((d) => ({ ...d, point: d.minutes.meetingPoint.connectionPoint.name }))}
        />
      </section>
    </article>
  );
}
