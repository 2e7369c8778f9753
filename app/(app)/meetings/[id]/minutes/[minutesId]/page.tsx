import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { minutesPage, type MinutesPage } from "@/lib/minutes/data";
import { conclusionItems } from "@/lib/minutes/record";
import { orNotFound } from "@/lib/not-found";
import { dayKey, formatDate, formatDateTime, toLocalInput } from "@/lib/datetime/vietnam";
import {
  approveMinutesAction,
  generateMinutesAction,
  issueNoticeAction,
  submitMinutesAction,
} from "@/lib/minutes/actions";
import { Badge, minutesStatusTone } from "@/components/badge";
import { ActionButton } from "@/components/minutes/action-button";
import { VersionedActionButton } from "@/components/minutes/versioned-action-button";
import { DraftVersionProvider } from "@/components/minutes/draft-version";
import { EditorHelp, SectionEditor } from "@/components/minutes/section-editor";
import {
  ConclusionForm,
  EditableConclusion,
  MinutesHeaderForm,
  ReturnMinutesForm,
} from "@/components/minutes/minutes-forms";
import { MinutesText } from "@/components/minutes/minutes-text";
import { VerifyButton } from "@/components/minutes/verify-button";
import { NoticeDueBadge } from "@/components/conclusions/notice-due-badge";
import { linkButton } from "@/components/link-button";
import { canSign, signedDocumentsOfMinutes } from "@/lib/signatures/data";
import { signMinutesAction } from "@/lib/signatures/actions";
import { SignedDocuments } from "@/components/signatures/signed-documents";
import { meetingDocuments } from "@/lib/meeting-documents/data";

type Props = { params: Promise<{ id: string; minutesId: string }> };

const panel = "mt-6 rounded-lg border border-slate-200 bg-white p-4";

async function load(minutesId: string) {
  const user = await requirePageUser(["ADMIN", "SECRETARIAT", "CHAIR"]);
  return { user, minutes: await orNotFound(minutesPage(user, minutesId)) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { minutes } = await load((await params).minutesId);
  const t = await getTranslations("minutes");
  return { title: `${t("title")} ${minutes.documentNumber ?? ""} – ${minutes.meeting.title}` };
}

function ReadOnlyContent({
  minutes,
  t,
}: {
  minutes: MinutesPage;
  t: Awaited<ReturnType<typeof getTranslations<"minutes">>>;
}) {
  const conclusions = conclusionItems(minutes);
  return (
    <>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600">{t("startedAt")}</dt>
        <dd>{minutes.startedAt ? formatDateTime(minutes.startedAt) : ""}</dd>
        <dt className="font-medium text-slate-600">{t("endedAt")}</dt>
        <dd>{minutes.endedAt ? formatDateTime(minutes.endedAt) : ""}</dd>
        <dt className="font-medium text-slate-600">{t("place")}</dt>
        <dd>{minutes.place}</dd>
        <dt className="font-medium text-slate-600">{t("chair")}</dt>
        <dd>
          {minutes.chairName} - {minutes.chairTitle}
        </dd>
        <dt className="font-medium text-slate-600">{t("secretary")}</dt>
        <dd>
          {minutes.secretaryName} - {minutes.secretaryTitle}
        </dd>
      </dl>
      <section aria-labelledby="content" className={panel}>
        <h2 id="content" className="text-lg font-semibold">
          {t("content")}
        </h2>
        <ol className="mt-3 flex flex-col gap-4">
          {minutes.sections.map((s, i) => (
            <li key={s.id}>
              <h3 className="font-semibold">
                {i + 1}. {s.heading}
              </h3>
              <div className="mt-1">
                <MinutesText body={s.body} conclusions={conclusions} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export default async function MinutesScreen({ params }: Props) {
  const { id: meetingId, minutesId } = await params;
  const { user, minutes } = await load(minutesId);
  const [t, tr, ts, td, signed, documents] = await Promise.all([
    getTranslations("minutes"),
    getTranslations("minutes.review"),
    getTranslations("signatures.documents"),
    getTranslations("meetingDocuments"),
    signedDocumentsOfMinutes(user, minutesId),
    meetingDocuments(user, meetingId),
  ]);
  // Only the chair at this point signs, once the minutes are approved.
  const chairHere = user.role === "CHAIR" && user.officialId !== null && user.officialId === minutes.chairOfficialId;
  const mayOfferSigning = chairHere && minutes.status === "APPROVED";
  const hasCertificate = mayOfferSigning && (await canSign(user));
  // "Tài liệu kèm theo": the meeting's published documents this reader may open, in agenda order.
  const attached = documents.documents.filter((d) => d.status === "PUBLISHED" || d.status === "ACCEPTED");
  // The unit pickers search units existing on the meeting's date.
  const at = minutes.meeting.startsAt.toISOString();
  const lastReview = minutes.reviews.at(-1);
  const returned = minutes.status === "DRAFT" && lastReview?.action === "RETURN" ? lastReview : null;
  const file = (name: string) => `/meetings/${meetingId}/minutes/${minutesId}/file/${name}`;
  return (
    <DraftVersionProvider version={minutes.version}>
      <article>
        <Link href={`/meetings/${meetingId}`} className="text-sm font-medium text-brand-700 underline">
          ← {minutes.meeting.title}
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <Badge tone={minutesStatusTone[minutes.status]}>{t(`status.${minutes.status}`)}</Badge>
          <Badge tone="info">{minutes.meetingPoint.connectionPoint.name}</Badge>
        </div>
        <h1 className="mt-2 text-2xl font-semibold">
          {t("title")} {t("number")} {minutes.documentNumber}
        </h1>
        <p className="mt-1 text-slate-700">{minutes.title}</p>

        {returned && (
          <div role="alert" className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3">
            <p className="font-semibold">{tr("returned")}</p>
            <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-400 pl-3">
              {returned.comment}
            </blockquote>
            <p className="mt-1 text-sm text-slate-700">
              {returned.byUser.name}, {formatDateTime(returned.createdAt)}
            </p>
          </div>
        )}
        {minutes.status === "SUBMITTED" && !minutes.canReview && (
          <p role="status" className="mt-4 rounded-md border border-sky-200 bg-sky-50 p-3">
            {tr("waiting")}
          </p>
        )}
        {minutes.status === "APPROVED" && (
          <div className="mt-4 flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 p-3">
            <p role="status">
              {tr("approvedBy", {
                name: minutes.approvedBy ?? "",
                time: minutes.approvedAt ? formatDateTime(minutes.approvedAt) : "",
              })}
            </p>
            <VerifyButton minutesId={minutes.id} />
          </div>
        )}

        {minutes.canReview && (
          <p className="mt-4">
            <a href="#review" className="font-medium text-brand-700 underline">
              {tr("readThenReview")}
            </a>
          </p>
        )}

        <section aria-labelledby="documents" className={panel}>
          <h2 id="documents" className="text-lg font-semibold">
            {t("documents.title")}
          </h2>
          <div className="mt-2 flex flex-wrap gap-2">
            <a href={file("bien-ban.docx")} className={linkButton}>
              {t("documents.docx")}
            </a>
            <a href={file("bien-ban.pdf")} className={linkButton}>
              {t("documents.pdf")}
            </a>
            <Link href={`/meetings/${meetingId}/minutes/${minutesId}/history`} className={linkButton}>
              {t("revisions.title")}
            </Link>
          </div>
          {minutes.status !== "APPROVED" && <p className="mt-2 text-sm text-slate-600">{t("documents.draftNote")}</p>}
        </section>

        {(minutes.status === "APPROVED" || signed.length > 0) && (
          <section aria-labelledby="signed-documents" className={panel}>
            <h2 id="signed-documents" className="text-lg font-semibold">
              {ts("title")}
            </h2>
            {mayOfferSigning && (
              <div className="mt-3 flex flex-col gap-2 rounded-md border border-sky-200 bg-sky-50 p-3">
                {hasCertificate ? (
                  <>
                    <p className="text-sm text-slate-700">{ts("signHint")}</p>
                    <ActionButton
                      action={signMinutesAction}
                      input={{ minutesId: minutes.id }}
                      label={ts("sign")}
                      confirm={ts("signConfirm")}
                    />
                  </>
                ) : (
                  <p className="text-sm text-slate-700">{ts("noCertificate")}</p>
                )}
              </div>
            )}
            <SignedDocuments documents={signed} />
          </section>
        )}

        {minutes.canEdit ? (
          <>
            <section aria-labelledby="header" className={panel}>
              <h2 id="header" className="mb-3 text-lg font-semibold">
                {t("header")}
              </h2>
              <p className="mb-3 text-sm text-slate-700">
                {t("chair")}: {minutes.chairName} - {minutes.chairTitle}
              </p>
              <MinutesHeaderForm
                defaults={{
                  minutesId: minutes.id,
                  version: minutes.version,
                  startedAt: minutes.startedAt ? toLocalInput(minutes.startedAt) : "",
                  endedAt: minutes.endedAt ? toLocalInput(minutes.endedAt) : "",
                  place: minutes.place,
                  secretaryName: minutes.secretaryName,
                  secretaryTitle: minutes.secretaryTitle,
                }}
              />
            </section>
            <section aria-labelledby="content" className="mt-6">
              <h2 id="content" className="text-lg font-semibold">
                {t("content")}
              </h2>
              <EditorHelp />
              <div className="mt-3 flex flex-col gap-4">
                {minutes.sections.map((s, i) => (
                  <SectionEditor key={s.id} minutesId={minutes.id} section={s} number={i + 1} />
                ))}
              </div>
            </section>
          </>
        ) : (
          <ReadOnlyContent minutes={minutes} t={t} />
        )}

        <section aria-labelledby="conclusions" className={panel}>
          <h2 id="conclusions" className="text-lg font-semibold">
            {t("conclusions.title")}
          </h2>
          {minutes.canEdit && <p className="mt-1 text-sm text-slate-700">{t("conclusions.hint")}</p>}
          {minutes.conclusions.length === 0 ? (
            <p className="mt-2 text-slate-600">{t("conclusions.empty")}</p>
          ) : (
            <ol className="mt-3 flex flex-col gap-3">
              {minutes.conclusions.map((c, i) => {
                const text = (
                  <p>
                    <span className="font-semibold">{i + 1}.</span> {c.content}{" "}
                    <span className="text-slate-700">
                      (
                      {[
                        c.leadUnit && `${t("conclusions.leadUnit")}: ${c.leadUnit.name}`,
                        c.cooperators.length > 0 &&
                          `${t("conclusions.cooperators")}: ${c.cooperators.map((x) => x.unit.name).join(", ")}`,
                        c.deadline && `${t("conclusions.deadline")}: ${formatDate(c.deadline)}`,
                      ]
                        .filter(Boolean)
                        .join("; ")}
                      )
                    </span>{" "}
                    {minutes.status === "APPROVED" && (
                      <Badge tone={c.status === "DONE" ? "good" : "neutral"}>
                        {t(`conclusions.status.${c.status}`)}
                      </Badge>
                    )}
                  </p>
                );
                return (
                  <li key={c.id} className="rounded-md border border-slate-200 p-3">
                    {minutes.canEdit ? (
                      <EditableConclusion
                        minutesId={minutes.id}
                        at={at}
                        existing={{
                          id: c.id,
                          version: c.version,
                          content: c.content,
                          leadUnit: c.leadUnit ? { id: c.leadUnit.id, label: c.leadUnit.name } : null,
                          cooperators: c.cooperators.map((x) => ({ id: x.unit.id, label: x.unit.name })),
                          deadline: c.deadline ? dayKey(c.deadline) : "",
                        }}
                      >
                        {text}
                      </EditableConclusion>
                    ) : (
                      text
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          {minutes.canEdit && (
            <div className="mt-4 border-t border-slate-200 pt-4">
              <h3 className="mb-2 font-semibold">{t("conclusions.add")}</h3>
              <ConclusionForm minutesId={minutes.id} at={at} />
            </div>
          )}
        </section>

        {minutes.canReview && (
          <section aria-labelledby="review" className="mt-6 rounded-lg border border-sky-200 bg-sky-50 p-4">
            <h2 id="review" className="text-lg font-semibold">
              {tr("title")}
            </h2>
            <div className="mt-3 flex flex-col gap-4">
              <ActionButton
                action={approveMinutesAction}
                input={{ minutesId: minutes.id, version: minutes.version }}
                label={tr("approve")}
                confirm={tr("approveConfirm")}
              />
              <ReturnMinutesForm minutesId={minutes.id} version={minutes.version} />
            </div>
          </section>
        )}

        {minutes.canEdit && (
          <section aria-labelledby="submit" className="mt-6 rounded-lg border border-sky-200 bg-sky-50 p-4">
            <h2 id="submit" className="text-lg font-semibold">
              {tr("title")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">{tr("submitConfirm")}</p>
            <div className="flex flex-wrap gap-4">
              <VersionedActionButton
                action={submitMinutesAction}
                input={{ minutesId: minutes.id }}
                label={tr("submit")}
                confirm={tr("submitConfirm")}
              />
              <VersionedActionButton
                action={generateMinutesAction}
                input={{ meetingPointId: minutes.meetingPointId, replace: true }}
                label={t("regenerate")}
                confirm={t("regenerateConfirm")}
                style="secondary"
              />
            </div>
          </section>
        )}

        <section aria-labelledby="notice" className={panel}>
          <h2 id="notice" className="text-lg font-semibold">
            {t("notice.title")}
          </h2>
          <div className="mt-2">
            <NoticeDueBadge minutesId={minutes.id} />
          </div>
          {minutes.notice?.issuedAt ? (
            <>
              <p className="mt-2">
                {t("notice.issued", {
                  number: minutes.notice.documentNumber ?? "",
                  date: formatDate(minutes.notice.issuedAt),
                })}
              </p>
              <div className="mt-2 flex flex-wrap gap-2">
                <a href={file("thong-bao-ket-luan.docx")} className={linkButton}>
                  {t("documents.noticeDocx")}
                </a>
                <a href={file("thong-bao-ket-luan.pdf")} className={linkButton}>
                  {t("documents.noticePdf")}
                </a>
              </div>
            </>
          ) : minutes.status !== "APPROVED" ? (
            <p className="mt-2 text-sm text-slate-700">{t("notice.needsApproval")}</p>
          ) : (
            minutes.canKeep && (
              <div className="mt-3">
                <ActionButton action={issueNoticeAction} input={{ minutesId: minutes.id }} label={t("notice.issue")} />
              </div>
            )
          )}
        </section>

        {minutes.reviews.length > 0 && (
          <section aria-labelledby="reviews" className={panel}>
            <h2 id="reviews" className="text-lg font-semibold">
              {tr("history")}
            </h2>
            <ol className="mt-2 flex flex-col gap-2">
              {minutes.reviews.map((r) => (
                <li key={r.id} className="text-sm">
                  <span className="font-semibold">{tr(`action.${r.action}`)}</span> – {r.byUser.name},{" "}
                  {formatDateTime(r.createdAt)}
                  {r.comment && <q className="ml-1 italic">{r.comment}</q>}
                </li>
              ))}
            </ol>
          </section>
        )}
        {attached.length > 0 && (
          <section aria-labelledby="attachments" className={panel}>
            <h2 id="attachments" className="text-lg font-semibold">
              {td("attachmentsHeading")}
            </h2>
            <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
              {attached.map((d) => (
                <li key={d.id}>
                  <Link href={`/meetings/${meetingId}/documents/${d.id}`} className="text-brand-700 underline">
                    {d.title}
                  </Link>{" "}
                  ({td("versionN", { n: d.currentVersion })})
                </li>
              ))}
            </ol>
          </section>
        )}
      </article>
    </DraftVersionProvider>
  );
}
