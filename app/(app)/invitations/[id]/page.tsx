import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { invitationForUnit } from "@/lib/invitations/inbox";
import { answerFromForm } from "@/lib/invitations/actions";
import { orNotFound } from "@/lib/not-found";
import { meetingDocuments } from "@/lib/meeting-documents/data";
import { ReaderDocuments } from "@/components/meeting-documents/reader-list";
import { formatDateTime, timeRangeParts } from "@/lib/datetime/vietnam";
import { Badge, invitationTone } from "@/components/badge";
import { FormAlert } from "@/components/form/form-alert";
import { AnswerKinds, ForAnswers } from "@/components/invitations/answer-kinds";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string; error?: string; field?: string }>;
};

async function load(id: string) {
  const user = await requirePageUser(PAGES.invitations.roles);
  return orNotFound(invitationForUnit(user, id));
}

async function documentsOf(meetingId: string) {
  return meetingDocuments(await requirePageUser(PAGES.invitations.roles), meetingId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).meeting.title };
}

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

// Deliberately plain: a server-rendered form that posts without client JavaScript, light on a slow phone;
// with JavaScript it shows only the fields the chosen answer needs.
export default async function InvitationPage({ params, searchParams }: Props) {
  const [invitation, query] = await Promise.all([load((await params).id), searchParams]);
  const documents = await documentsOf(invitation.meeting.id);
  const [t, tm, tInv] = await Promise.all([
    getTranslations(),
    getTranslations("meetings"),
    getTranslations("invitationStatus"),
  ]);
  const current = invitation.responses[0];
  const names = current?.attendees ?? [];
  const place = invitation.meetingPoint.connectionPoint;
  const errorKey = query.error && t.has(query.error) ? query.error : query.error ? "errors.unexpected" : null;
  const fieldKey = query.field && t.has(query.field) ? query.field : null;
  return (
    <article className="mx-auto max-w-2xl">
      <Link href="/invitations" className="text-sm font-medium text-brand-700 underline">
        ← {t("invitations.title")}
      </Link>
      <h1 className="mt-2 text-xl font-semibold sm:text-2xl">{invitation.meeting.title}</h1>
      <div className="mt-2 flex flex-wrap gap-2">
        <Badge tone={invitationTone[invitation.status]}>{tInv(invitation.status)}</Badge>
        {current?.kind === "SUBSTITUTE" && (
          <Badge
            tone={
              current.substituteDecision === "AGREED"
                ? "good"
                : current.substituteDecision === "REFUSED"
                  ? "bad"
                  : "warn"
            }
          >
            {t(`answers.decision.${current.substituteDecision ?? "PENDING"}`)}
          </Badge>
        )}
        {current?.forOldTime && <Badge tone="warn">{t("scheduling.answeredForOldTime")}</Badge>}
      </div>
      <dl className="mt-4 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{tm("when")}</dt>
        <dd className="font-medium">
          {tm("timeRange", timeRangeParts(invitation.meeting.startsAt, invitation.meeting.endsAt))}
        </dd>
        <dt className="text-slate-600">{t("invitations.point")}</dt>
        <dd>{[place.name, place.room, place.address].filter(Boolean).join(", ")}</dd>
        <dt className="text-slate-600">{tm("chair")}</dt>
        <dd>
          {invitation.meetingPoint.chair
            ? `${invitation.meetingPoint.chair.fullName} — ${invitation.meetingPoint.chair.title}`
            : tm("noChair")}
        </dd>
        <dt className="text-slate-600">{tm("deadline")}</dt>
        <dd>{invitation.answerDeadline ? formatDateTime(invitation.answerDeadline) : t("common.none")}</dd>
        {invitation.documentNumber && (
          <>
            <dt className="text-slate-600">{t("answers.letter")}</dt>
            <dd>
              <Link
                href={`/meetings/${invitation.meeting.id}/invitations/${invitation.id}`}
                className="text-brand-700 underline"
              >
                {t("documents.invitation.sheetLabel", { number: invitation.documentNumber })}
              </Link>
            </dd>
          </>
        )}
      </dl>

      <section
        id="answer"
        aria-labelledby="answer-title"
        className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="answer-title" className="text-lg font-semibold">
          {t("answers.answerTitle")}
        </h2>
        {query.saved && <FormAlert tone="success" message={t("answers.saved")} />}
        {errorKey && (
          <FormAlert message={fieldKey ? `${t(errorKey)} ${t(fieldKey, { seats: invitation.seats })}` : t(errorKey)} />
        )}
        {invitation.window === "open" ? (
          <form action={answerFromForm} className="mt-3 flex flex-col gap-4">
            <input type="hidden" name="invitationId" value={invitation.id} />
            <AnswerKinds
              initial={current?.kind ?? "CONFIRM"}
              announcements={{
                CONFIRM: t("answers.fieldsFor", { answer: t("answers.kinds.CONFIRM") }),
                DECLINE: t("answers.fieldsFor", { answer: t("answers.kinds.DECLINE") }),
                SUBSTITUTE: t("answers.fieldsFor", { answer: t("answers.kinds.SUBSTITUTE") }),
              }}
            >
              <fieldset>
                <legend className="text-sm font-medium">{t("answers.kind")}</legend>
                {(["CONFIRM", "DECLINE", "SUBSTITUTE"] as const).map((kind) => (
                  <label key={kind} className="mt-1 flex min-h-11 items-center gap-2">
                    <input
                      type="radio"
                      name="kind"
                      value={kind}
                      defaultChecked={(current?.kind ?? "CONFIRM") === kind}
                      className="size-5"
                    />
                    {t(`answers.kinds.${kind}`)}
                  </label>
                ))}
              </fieldset>
              <ForAnswers kinds={["CONFIRM", "SUBSTITUTE"]}>
                <fieldset className="flex flex-col gap-3">
                  <legend className="text-sm font-medium">{t("answers.attendees", { seats: invitation.seats })}</legend>
                  {Array.from({ length: invitation.seats }, (_, i) => (
                    <div key={i} className="grid gap-2 sm:grid-cols-2">
                      <label className="text-sm">
                        {t("answers.attendeeName", { n: i + 1 })}
                        <input
                          name="attendeeName"
                          defaultValue={names[i]?.fullName ?? ""}
                          maxLength={120}
                          autoComplete="off"
                          className={input}
                        />
                      </label>
                      <label className="text-sm">
                        {t("answers.attendeeTitle", { n: i + 1 })}
                        <input
                          name="attendeeTitle"
                          defaultValue={names[i]?.title ?? ""}
                          maxLength={200}
                          autoComplete="off"
                          className={input}
                        />
                      </label>
                    </div>
                  ))}
                </fieldset>
              </ForAnswers>
              <ForAnswers kinds={["SUBSTITUTE"]}>
                <label className="text-sm">
                  {t("answers.replacesName")}
                  <input
                    name="replacesName"
                    defaultValue={current?.replaces ?? invitation.invitedOfficial?.fullName ?? ""}
                    maxLength={200}
                    className={input}
                  />
                  <span className="mt-1 block text-slate-600">{t("answers.replacesHint")}</span>
                </label>
              </ForAnswers>
              <ForAnswers kinds={["DECLINE", "SUBSTITUTE"]}>
                <label className="text-sm">
                  {t("answers.reason")}
                  <textarea
                    name="reason"
                    rows={3}
                    maxLength={500}
                    defaultValue={current?.reason ?? ""}
                    className={input}
                  />
                </label>
              </ForAnswers>
            </AnswerKinds>
            <button
              type="submit"
              className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              {t("answers.submit")}
            </button>
          </form>
        ) : (
          <p className="mt-2 text-slate-700">
            {t(invitation.window === "closed" ? "answers.errors.closed" : "answers.errors.deadlinePassed")}
          </p>
        )}
      </section>

      <ReaderDocuments data={documents} />

      {invitation.responses.length > 0 && (
        <section aria-labelledby="history" className="mt-6">
          <h2 id="history" className="text-lg font-semibold">
            {t("answers.history")}
          </h2>
          <ol className="mt-2 space-y-2">
            {invitation.responses.map((r) => (
              <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <p className="font-medium">
                  {formatDateTime(r.createdAt)} · {t(`answers.kinds.${r.kind}`)} · {r.respondedBy.name}
                </p>
                {r.attendees.length > 0 && (
                  <p>{r.attendees.map((a) => [a.fullName, a.title].filter(Boolean).join(" - ")).join("; ")}</p>
                )}
                {r.replaces && <p>{t("answers.replaces", { name: r.replaces })}</p>}
                {r.reason && <p className="text-slate-700">{r.reason}</p>}
                {r.decisionNote && <p className="text-slate-700">{t("answers.chairNote", { note: r.decisionNote })}</p>}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
