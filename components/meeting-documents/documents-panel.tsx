import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import { formatDateTime } from "@/lib/datetime/vietnam";
import type { meetingDocuments } from "@/lib/meeting-documents/data";
import { byAgendaItem, sizeLabel } from "@/lib/meeting-documents/listing";
import { AttachDocumentForm } from "./attach-form";
import { NewVersionForm, ReviewContribution } from "./document-actions";

type Data = Awaited<ReturnType<typeof meetingDocuments>>;

const STATUS_TONE = { PUBLISHED: "good", SUBMITTED: "warn", ACCEPTED: "good", RETURNED: "bad" } as const;

/** The secretariat's documents panel on the meeting page: attach, versions, contributions, who has read. */
export async function DocumentsPanel({ data }: { data: Data }) {
  const t = await getTranslations("meetingDocuments");
  const groups = byAgendaItem(data, data.documents);
  return (
    <section
      id="documents"
      aria-labelledby="documents-title"
      className="mt-6 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 id="documents-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {groups.length === 0 && <p className="mt-2 text-sm text-slate-700">{t("none")}</p>}
      {groups.map((g) => (
        <div key={g.id ?? "meeting"} className="mt-4">
          <h3 className="font-medium text-slate-800">
            {g.title ? `${g.position + 1}. ${g.title}` : t("wholeMeeting")}
          </h3>
          <ul className="mt-2 space-y-3">
            {g.documents.map((d) => {
              const current = d.versions[0]!;
              const read = d.reads.filter((r) => r.readAt);
              const opened = d.reads.filter((r) => !r.readAt && r.firstOpenedAt);
              return (
                <li key={d.id} className="rounded-md border border-slate-200 p-3 text-sm" data-document={d.title}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/meetings/${data.meetingId}/documents/${d.id}`}
                      className="font-semibold text-brand-700 underline"
                    >
                      {d.title}
                    </Link>
                    <Badge tone={STATUS_TONE[d.status]}>{t(`status.${d.status}`)}</Badge>
                    {d.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
                    <Badge>{t("versionN", { n: d.currentVersion })}</Badge>
                  </div>
                  <p className="mt-1 text-slate-700">
                    {[
                      d.presentingUnit && t("presentedBy", { unit: d.presentingUnit.name }),
                      d.contributedByUnit && t("contributedBy", { unit: d.contributedByUnit.name }),
                      t(`audience.${d.audience}`) +
                        (d.audiencePoints.length
                          ? `: ${d.audiencePoints.map((p) => p.meetingPoint.connectionPoint.name).join(", ")}`
                          : "") +
                        (d.audienceUnits.length ? `: ${d.audienceUnits.map((u) => u.unit.name).join(", ")}` : ""),
                      `${current.fileName} (${sizeLabel(current.size)})`,
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                  {d.returnNote && <p className="mt-1 text-red-800">{t("returnedBecause", { note: d.returnNote })}</p>}
                  {d.keeps && (
                    <>
                      <details className="mt-2">
                        <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
                          {t("readers.summary", { read: read.length, opened: opened.length })}
                        </summary>
                        {d.reads.length === 0 ? (
                          <p className="text-slate-700">{t("readers.none")}</p>
                        ) : (
                          <ul className="mt-1 space-y-1" aria-label={t("readers.title")}>
                            {d.reads.map((r) => (
                              <li key={r.userId}>
                                {r.user.name} ({r.user.unit.name}) —{" "}
                                {r.readAt
                                  ? t("readers.readAt", { time: formatDateTime(r.readAt), n: r.readVersion ?? 1 })
                                  : r.firstOpenedAt
                                    ? t("readers.openedAt", { time: formatDateTime(r.lastOpenedAt ?? r.firstOpenedAt) })
                                    : ""}
                              </li>
                            ))}
                          </ul>
                        )}
                      </details>
                      {d.versions.length > 1 && (
                        <details className="mt-1">
                          <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium">
                            {t("versions.title")}
                          </summary>
                          <ol className="mt-1 space-y-1">
                            {d.versions.map((v) => (
                              <li key={v.number}>
                                <Link
                                  href={`/meetings/${data.meetingId}/documents/${d.id}?v=${v.number}`}
                                  className="text-brand-700 underline"
                                >
                                  {t("versionN", { n: v.number })}
                                </Link>{" "}
                                — {formatDateTime(v.createdAt)}, {v.uploadedBy.name}
                                {v.changeNote ? `: ${v.changeNote}` : ""}
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                      {d.status === "SUBMITTED" && <ReviewContribution documentId={d.id} version={d.version} />}
                      {d.contributedByUnitId === null && (
                        <NewVersionForm meetingId={data.meetingId} documentId={d.id} version={d.version} />
                      )}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {data.mayAttach && (
        <AttachDocumentForm
          meetingId={data.meetingId}
          agendaItems={data.agendaItems}
          points={data.points}
          units={data.organiser ? data.units : []}
          hostOnly={!data.organiser}
        />
      )}
    </section>
  );
}
