import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { organiserOptions, schedulingCalendar } from "@/lib/meetings/options";
import { PageHeader } from "@/components/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scheduling"))("newTitle") };
}

export default async function NewMeetingPage() {
  const user = await requirePageUser(PAGES.meetings.roles);
  const [t, organisers, calendarDays] = await Promise.all([
    getTranslations("scheduling"),
    organiserOptions(user),
    schedulingCalendar(user),
  ]);
  return (
    <>
      <PageHeader title={t("newTitle")} intro={t("newIntro")} />
      <MeetingForm organisers={organisers} calendarDays={calendarDays} />
    </>
  );
}
