import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listMeetings } from "@/lib/meetings/data";
import { meetingFiltersSchema } from "@/lib/meetings/filters";
import { listConnectionPoints } from "@/lib/points/data";
import { PageHeader } from "@/components/page-header";
import { MeetingGroups } from "@/components/meeting-groups";
import { MeetingFiltersForm } from "@/components/meetings/meeting-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MeetingsPage({ searchParams }: Props) {
  const user = await requirePageUser(PAGES.meetings.roles);
  const raw = await searchParams;
  const filters = meetingFiltersSchema.parse(
    Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])),
  );
  const now = new Date();
  const [t, ts, upcoming, past, points] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("scheduling"),
    listMeetings(user, "upcoming", now, filters),
    listMeetings(user, "past", now, filters),
    listConnectionPoints(user),
  ]);
  return (
    <>
      <PageHeader title={t("title")}>
        <Link
          href="/meetings/new"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {ts("create")}
        </Link>
      </PageHeader>
      <MeetingFiltersForm filters={filters} points={points} />
      <MeetingGroups upcoming={upcoming} past={past} />
    </>
  );
}
