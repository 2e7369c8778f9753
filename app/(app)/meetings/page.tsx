import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listMeetings } from "@/lib/meetings/data";
import { PageHeader } from "@/components/page-header";
import { MeetingGroups } from "@/components/meeting-groups";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meetings"))("title") };
}

export default async function MeetingsPage() {
  const user = await requirePageUser(PAGES.meetings.roles);
  const [t, ts, upcoming, past] = await Promise.all([getTranslations("meetings"), getTranslations("scheduling"), listMeetings(user, "upcoming"), listMeetings(user, "past")]);
  return (
    <>
      <PageHeader title={t("title")}>
        <Link href="/meetings/new" className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {ts("create")}
        </Link>
      </PageHeader>
      <MeetingGroups upcoming={upcoming} past={past} />
    </>
  );
}
