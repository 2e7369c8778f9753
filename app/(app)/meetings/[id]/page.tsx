import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { getMeeting, scheduleWarningsOf } from "@/lib/meetings/data";
import { orNotFound } from "@/lib/not-found";
import { formatDateTime, timeRangeParts, toLocalInput } from "@/lib/datetime/vietnam";
import { Badge, invitationTone, meetingStatusTone, techTestTone } from "@/components/badge";
import { RemindButton } from "@/components/reminders/remind-button";
import { remindableAgainAt } from "@/lib/reminders/window";
import { checkInPointIds } from "@/lib/attendance/checkin";
import { MeetingAgendaLinks } from "@/components/agenda/meeting-agenda-links";
import { MinutesPanel } from "@/components/minutes/minutes-panel";
import { DocumentsPanel } from "@/components/meeting-documents/documents-panel";
import { ReaderDocuments } from "@/components/meeting-documents/reader-list";
import { meetingDocuments } from "@/lib/meeting-documents/data";
import {
  AddPointForm,
  PointForms,
  RemoveInvitationButton,
  ReopenInvitationButton,
  SendInvitationsForm,
} from "@/components/meetings/point-forms";
import { linkButton } from "@/components/link-button";
import { Pager } from "@/components/conclusions/pager";
import { POINTS_PER_PAGE } from "@/lib/meetings/point-list";
import { officialLabel } from "@/lib/options/query";
import { hasLetter } from "@/lib/invitations/letter-rule";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ page?: string }> };

async function load(id: string, page = 1) {
  const user = await requirePageUser();
  return { user, meeting: await orNotFound(getMeeting(user, id, page)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { meeting } = await load((await params).id);
  return { title: meeting.title };
}

export default async function MeetingPage({ params, searchParams }: Props) {
  const { user, meeting } = await load((await params).id, Number((await searchParams).page ?? 1));
  const open = meeting.status === "DRAFT" || meeting.status === "SCHEDULED";
  const [t, ts, ta, tMail, tCheckIn, checkIn, tKind, tMode, tStatus, tTest, tInv, tUnit, warnings] = await Promise.all([
    getTranslations("meetings"),
    getTranslations("scheduling"),
    getTranslations("answers.board"),
    getTranslations("mail"),
    getTranslations("attendance.checkIn"),
    meeting.status === "SCHEDULED" || meeting.status === "HELD"
      ? checkInPointIds(user, meeting.id).then((ids) => new Set(ids))
      : Promise.resolve(new Set<string>()),
    getTranslations("meetingKind"),
    getTranslations("meetingMode"),
    getTranslations("meetingStatus"),
    getTranslations("techTest"),
    getTranslations("invitationStatus"),
    getTranslations("unitAdmin"),
    scheduleWarningsOf(user, meeting),
  ]);
  const documents = await meetingDocuments(user, meeting.id);
  // The pickers search units and officials existing on the meeting's date.
  const at = meeting.startsAt.toISOString();
  // The summary lines count every point's invitations, not only this page's.
  const { unanswered, unsent, mailings, remindable, lastRemindedAt, ...answers } = meeting.answers;
  const now = new Date();
  // A sensible default answer deadline: the afternoon before the meeting.
  const defaultDeadline = toLocalInput(new Date(meeting.startsAt.getTime() - 86_400_000)).slice(0, 11) + "16:00";
  return (
    <article>
      {(user.role === "ADMIN" || user.role === "SECRETARIAT") && (
        <Link href="/meetings" className="text-sm font-medium text-brand-700 underline">
          ← {t("back")}
        </Link>
      )}
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Badge tone={meetingStatusTone[meeting.status]}>{tStatus(meeting.status)}</Badge>
        <Badge>{tKind(meeting.kind)}</Badge>
        <Badge tone="info">{tMode(meeting.mode)}</Badge>
        {meeting.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
        {meeting.urgent && <Badge tone="warn">{ts("urgent")}</Badge>}
      </div>
      <h1 className="mt-2 text-2xl font-semibold">{meeting.title}</h1>
      {meeting.status === "CANCELLED" && meeting.cancelReason && (
        <p role="status" className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          {ts("cancelledBecause", { reason: meeting.cancelReason })}
        </p>
      )}
      {warnings.length > 0 && (
        <section
          aria-labelledby="schedule-warnings"
          className="mt-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          <h2 id="schedule-warnings" className="font-semibold">
            {ts("conflicts.warnings")}
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((w, i) => (
              <li key={i}>{ts(`conflicts.${w.kind}`, w.params)}</li>
            ))}
          </ul>
        </section>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {meeting.manageable && open && (
          <Link href={`/meetings/${meeting.id}/edit`} className={linkButton}>
            {ts("edit")}
          </Link>
        )}
        {meeting.manageable && !open && (
          <Link href={`/meetings/${meeting.id}/edit`} className={linkButton}>
            {ts("duplicate.title")}
          </Link>
        )}
        {(user.role === "ADMIN" || user.role === "SECRETARIAT") && meeting.status !== "DRAFT" && (
          <Link href={`/meetings/${meeting.id}/board`} className={linkButton}>
            {ta("open")}
          </Link>
        )}
        <a href={`/meetings/${meeting.id}/ics`} className={linkButton}>
          {ts("downloadIcs")}
        </a>
      </div>
      <MeetingAgendaLinks meetingId={meeting.id} />
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t("when")}</dt>
        <dd>{t("timeRange", timeRangeParts(meeting.startsAt, meeting.endsAt))}</dd>
        <dt className="font-medium text-slate-600">{t("organiser")}</dt>
        <dd>{meeting.organiserUnit.name}</dd>
        {meeting.description && (
          <>
            <dt className="font-medium text-slate-600">{t("description")}</dt>
            <dd className="whitespace-pre-line">{meeting.description}</dd>
          </>
        )}
        {user.role !== "UNIT_REP" && mailings.length > 0 && (
          <>
            <dt className="font-medium text-slate-600">{ts("send.sentTitle")}</dt>
            <dd>
              {mailings.map(([number, sentAt]) => (
                <span key={number} className="block">
                  {ts("send.sentLine", { number, time: formatDateTime(sentAt) })}
                </span>
              ))}
            </dd>
          </>
        )}
        {user.role !== "UNIT_REP" && (
          <>
            <dt className="font-medium text-slate-600">{t("answers")}</dt>
            <dd>
              {t("summary", {
                confirmed: answers.confirmed + answers.substitute,
                pending: answers.pending,
                declined: answers.declined,
              })}
            </dd>
          </>
        )}
      </dl>
      {documents.mayAttach ? <DocumentsPanel data={documents} /> : <ReaderDocuments data={documents} />}
      <MinutesPanel user={user} meetingId={meeting.id} />

      {meeting.manageable && open && unsent > 0 && (
        <section aria-labelledby="send" className="mt-6 rounded-lg border border-sky-200 bg-sky-50 p-4">
          <h2 id="send" className="text-lg font-semibold">
            {ts("send.title")}
          </h2>
          <p className="mb-3 text-sm text-slate-700">{ts("send.intro")}</p>
          <SendInvitationsForm meetingId={meeting.id} version={meeting.version} unsent={unsent} />
        </section>
      )}

      {meeting.manageable && meeting.status === "SCHEDULED" && meeting.startsAt > now && unanswered > 0 && (
        <section aria-labelledby="remind" className="mt-6 rounded-lg border border-amber-200 bg-amber-50 p-4">
          <h2 id="remind" className="mb-2 text-lg font-semibold">
            {tMail("reminders.title")}
          </h2>
          <RemindButton
            meetingId={meeting.id}
            remindable={remindable}
            lastReminded={lastRemindedAt && formatDateTime(lastRemindedAt)}
            again={lastRemindedAt && formatDateTime(remindableAgainAt(lastRemindedAt))}
          />
        </section>
      )}

      {meeting.pageCount > 1 && (
        <p className="mt-6 text-sm text-slate-700">
          {t("pointsShown", {
            count: meeting.pointCount,
            first: (meeting.page - 1) * POINTS_PER_PAGE + 1,
            last: (meeting.page - 1) * POINTS_PER_PAGE + meeting.points.length,
          })}
        </p>
      )}
      <div className="mt-6 grid gap-4">
        {meeting.points.map((point) => (
          <section
            key={point.id}
            aria-labelledby={`point-${point.id}`}
            className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={`point-${point.id}`} className="text-lg font-semibold">
                {point.connectionPoint.name}
              </h2>
              {point.isMain && <Badge tone="info">{t("mainPoint")}</Badge>}
              <Badge tone={techTestTone[point.techTestResult]}>{tTest(point.techTestResult)}</Badge>
              {checkIn.has(point.id) && (
                <Link
                  href={`/meetings/${meeting.id}/points/${point.id}/check-in`}
                  className="text-sm font-medium text-brand-700 underline"
                >
                  {tCheckIn("title")}
                </Link>
              )}
            </div>
            <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-slate-600">{t("chair")}</dt>
              <dd className="font-medium">
                {point.chair ? `${point.chair.fullName} — ${point.chair.title}` : t("noChair")}
              </dd>
              {point.connectionPoint.address && (
                <>
                  <dt className="text-slate-600">{t("address")}</dt>
                  <dd>{[point.connectionPoint.room, point.connectionPoint.address].filter(Boolean).join(", ")}</dd>
                </>
              )}
              {point.techTestAt && (
                <>
                  <dt className="text-slate-600">{t("techTestAt")}</dt>
                  <dd>
                    {formatDateTime(point.techTestAt)}
                    {point.techTestNote && ` — ${point.techTestNote}`}
                  </dd>
                </>
              )}
              {point.connectionPoint.technicianName && (
                <>
                  <dt className="text-slate-600">{t("technician")}</dt>
                  <dd>
                    {[point.connectionPoint.technicianName, point.connectionPoint.technicianPhone]
                      .filter(Boolean)
                      .join(" · ")}
                  </dd>
                </>
              )}
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-slate-800">{t("invitedUnits")}</h3>
            {point.invitations.length ? (
              <ul className="mt-2 divide-y divide-slate-100">
                {point.invitations.map((inv) => (
                  <li key={inv.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                    <span>
                      <span className="font-medium">{inv.unit.name}</span>{" "}
                      <span className="text-slate-600">· {t("seats", { count: inv.seats })}</span>
                      {inv.unitCeased && (
                        <span className="block">
                          <Badge tone="bad">{tUnit("ceasedBeforeMeeting")}</Badge>{" "}
                          {meeting.manageable && (
                            <Link
                              href={`/units/${inv.unit.id}`}
                              className="text-xs font-medium text-brand-700 underline"
                            >
                              {tUnit("moveToSuccessor")}
                            </Link>
                          )}
                        </span>
                      )}
                    </span>
                    <span className="flex flex-wrap items-center gap-2">
                      {inv.sentAt ? (
                        <>
                          <Badge tone={invitationTone[inv.status]}>{tInv(inv.status)}</Badge>
                          {inv.answeredForOldTime && <Badge tone="warn">{ts("answeredForOldTime")}</Badge>}
                          {meeting.manageable &&
                            open &&
                            !inv.reopenedAt &&
                            inv.answerDeadline &&
                            inv.answerDeadline < now && (
                              <ReopenInvitationButton invitationId={inv.id} label={ta("reopen")} />
                            )}
                          {hasLetter(inv) && (
                            <>
                              <Link
                                href={`/meetings/${meeting.id}/invitations/${inv.id}`}
                                className="text-xs font-medium text-brand-700 underline"
                              >
                                {ts("letter.view")}
                              </Link>
                              <a
                                href={`/meetings/${meeting.id}/invitations/${inv.id}/docx`}
                                className="text-xs font-medium text-brand-700 underline"
                              >
                                {ts("letter.docx")}
                              </a>
                            </>
                          )}
                        </>
                      ) : (
                        <>
                          <Badge>{ts("notSent")}</Badge>
                          {point.manageable && open && (
                            <RemoveInvitationButton invitationId={inv.id} unitName={inv.unit.name} />
                          )}
                        </>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600">{t("noInvitations")}</p>
            )}
            {point.manageable && open && (
              <PointForms
                point={{
                  id: point.id,
                  isMain: point.isMain,
                  chairOfficialId: point.chairOfficialId,
                  techTestAt: point.techTestAt ? toLocalInput(point.techTestAt) : "",
                }}
                chair={
                  point.chair && point.chairOfficialId
                    ? { id: point.chairOfficialId, label: officialLabel(point.chair) }
                    : null
                }
                at={at}
                defaultDeadline={defaultDeadline}
                hostUnitId={meeting.manageable ? undefined : user.unitId}
              />
            )}
          </section>
        ))}
      </div>

      <Pager
        page={meeting.page}
        pageCount={meeting.pageCount}
        href={(page) => `/meetings/${meeting.id}?page=${page}`}
        label={t("pointPages")}
      />

      {meeting.manageable && open && (
        <section aria-labelledby="add-point" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add-point" className="mb-3 text-lg font-semibold">
            {ts("points.addTitle")}
          </h2>
          <AddPointForm meetingId={meeting.id} at={at} />
        </section>
      )}
    </article>
  );
}
