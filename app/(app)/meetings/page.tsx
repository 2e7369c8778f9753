import type { Metadata } from "next";
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
  const [t, upcoming, past] = await Promise.all([getTranslations("meetings"), listMeetings(user, "upcoming"), listMeetings(user, "past")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <MeetingGroups upcoming={upcoming} past={past} />
    </>
  );
}
