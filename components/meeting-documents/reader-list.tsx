import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/badge";
import type { meetingDocuments } from "@/lib/meeting-documents/data";
import { byAgendaItem, sizeLabel } from "@/lib/meeting-documents/listing";

type Data = Awaited<ReturnType<typeof meetingDocuments>>;

/** The meeting's documents for a reader, in agenda order, each with whether they have read it. */
export async function ReaderDocuments({ data }: { data: Data }) {
  const t = await getTranslations("meetingDocuments");
  const groups = byAgendaItem(
    data,
    data.documents.filter((d) => d.status === "PUBLISHED" || d.status === "ACCEPTED"),
  );
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
        <div key={g.id ?? "meeting"} className="mt-3">
          <h3 className="text-sm font-medium text-slate-800">
            {g.title ? `${g.position + 1}. ${g.title}` : t("wholeMeeting")}
          </h3>
          <ul className="mt-1 space-y-2">
            {g.documents.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-2 text-sm">
                <Link
                  href={`/meetings/${data.meetingId}/documents/${d.id}`}
                  className="inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  {d.title}
                </Link>
                <span className="text-slate-600">{sizeLabel(d.versions[0]!.size)}</span>
                {d.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
                {d.mine?.readAt && (d.mine.readVersion ?? 0) >= d.currentVersion ? (
                  <Badge tone="good">{t("read.badge")}</Badge>
                ) : d.mine?.readAt ? (
                  <Badge tone="warn">{t("read.newVersion")}</Badge>
                ) : (
                  <Badge tone="info">{t("read.unread")}</Badge>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
