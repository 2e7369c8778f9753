import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listMeetings } from "@/lib/meetings/data";
import { PageHeader } from "@/components/page-header";
import { MeetingGroups } from "@/components/meeting-groups";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chairing"))("title") };
}

export default async function ChairingPage() {
  const user = await requirePageUser(PAGES.chairing.roles);
  const [t, upcoming, past] = await Promise.all([getTranslations("chairing"), listMeetings(user, "upcoming"), listMeetings(user, "past")]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { name: user.name })} />
      <MeetingGroups upcoming={upcoming} past={past} />
    </>
  );
}
