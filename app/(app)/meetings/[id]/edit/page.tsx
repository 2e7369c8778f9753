import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { meetingForEditing } from "@/lib/meetings/data";
import { organiserOptions, schedulingCalendar } from "@/lib/meetings/options";
import { orNotFound } from "@/lib/not-found";
import { toLocalInput } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { MeetingForm } from "@/components/meetings/meeting-form";
import { CancelMeetingForm, DuplicateMeetingForm } from "@/components/meetings/lifecycle-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("scheduling"))("editTitle") };
}

export default async function EditMeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGES.meetings.roles);
  const { id } = await params;
  const meeting = await orNotFound(meetingForEditing(user, id));
  const [t, organisers, calendarDays] = await Promise.all([
    getTranslations("scheduling"),
    organiserOptions(user, meeting.startsAt),
    schedulingCalendar(user, meeting.startsAt),
  ]);
  const closed = meeting.status === "CANCELLED" || meeting.status === "HELD";
  return (
    <>
      <PageHeader title={t("editTitle")} intro={meeting.title} />
      {!closed && (
        <MeetingForm
          organisers={organisers}
          calendarDays={calendarDays}
          existing={{
            id: meeting.id,
            version: meeting.version,
            values: {
              title: meeting.title,
              kind: meeting.kind,
              mode: meeting.mode,
              organiserUnitId: meeting.organiserUnitId,
              startsAt: toLocalInput(meeting.startsAt),
              endsAt: toLocalInput(meeting.endsAt),
              description: meeting.description ?? "",
              confidential: meeting.confidential,
              urgent: meeting.urgent,
            },
          }}
        />
      )}
      <div className="mt-6 grid gap-4 md:grid-cols-2">
        <section aria-labelledby="duplicate" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="duplicate" className="mb-2 text-lg font-semibold">
            {t("duplicate.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-600">{t("duplicate.intro")}</p>
          <DuplicateMeetingForm meetingId={meeting.id} />
        </section>
        {!closed && (
          <section aria-labelledby="cancel" className="rounded-lg border border-red-200 bg-white p-4">
            <h2 id="cancel" className="mb-2 text-lg font-semibold text-red-800">
              {t("cancel.title")}
            </h2>
            <p className="mb-3 text-sm text-slate-600">{t("cancel.intro")}</p>
            <CancelMeetingForm meetingId={meeting.id} version={meeting.version} />
          </section>
        )}
      </div>
    </>
  );
}
