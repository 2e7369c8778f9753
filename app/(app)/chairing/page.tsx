import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { listMeetings } from "@/lib/meetings/data";
import { PageHeader } from "@/components/page-header";
import { MeetingGroups } from "@/components/meeting-groups";
import { SubstituteRequests } from "@/components/substitute-requests";
import { MinutesQueue } from "@/components/minutes/minutes-queue";
import { FormAlert } from "@/components/form/form-alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("chairing"))("title") };
}

export default async function ChairingPage({
  searchParams,
}: {
  searchParams: Promise<{ decided?: string; error?: string }>;
}) {
  const user = await requirePageUser(PAGES.chairing.roles);
  const query = await searchParams;
  const [t, tAll, upcoming, past] = await Promise.all([
    getTranslations("chairing"),
    getTranslations(),
    listMeetings(user, "upcoming"),
    listMeetings(user, "past"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { name: user.name })} />
      {query.decided && <FormAlert tone="success" message={tAll("answers.substitutes.decided")} />}
      {query.error && <FormAlert message={tAll.has(query.error) ? tAll(query.error) : tAll("errors.unexpected")} />}
      <MinutesQueue user={user} />
      <SubstituteRequests user={user} />
      <MeetingGroups upcoming={upcoming} past={past} />
    </>
  );
}
