import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/not-found";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { documentForReader } from "@/lib/meeting-documents/data";
import { Badge } from "@/components/badge";
import { linkButton } from "@/components/link-button";
import { MarkReadButton } from "@/components/meeting-documents/document-actions";
import { sizeLabel } from "@/lib/meeting-documents/listing";

type Props = { params: Promise<{ id: string; documentId: string }>; searchParams: Promise<{ v?: string }> };

async function load({ params, searchParams }: Props) {
  const user = await requirePageUser();
  const [{ id, documentId }, { v }] = await Promise.all([params, searchParams]);
  const number = v && /^\d{1,6}$/.test(v) ? Number(v) : undefined;
  return { user, document: await orNotFound(documentForReader(user, id, documentId, number)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { title: (await load(props)).document.title };
}

/**
 * A meeting document in the browser: a PDF in a frame (the browser's own viewer), an image as an image,
 * an Office file downloaded. A confidential document has no download and is overlaid with the reader's
 * name and the time of opening across the whole frame.
 */
export default async function DocumentViewerPage(props: Props) {
  const { user, document: d } = await load(props);
  const t = await getTranslations("meetingDocuments");
  const file = `/meetings/${d.meeting.id}/documents/${d.id}/file?v=${d.shown.number}`;
  const stamp = `${user.name} · ${formatDateTime(new Date())} · ${t("confidentialStamp")}`;
  const read = !!d.mine?.readAt && (d.mine.readVersion ?? 0) >= d.currentVersion;
  return (
    <article className="mx-auto max-w-5xl">
      <Link href={`/meetings/${d.meeting.id}`} className="text-sm font-medium text-brand-700 underline">
        ← {d.meeting.title}
      </Link>
      <h1 className="mt-2 text-xl font-semibold sm:text-2xl">{d.title}</h1>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
        {d.confidential && <Badge tone="bad">{t("confidential")}</Badge>}
        <Badge>{t("versionN", { n: d.shown.number })}</Badge>
        {d.shown.number !== d.currentVersion && (
          <Link href={`/meetings/${d.meeting.id}/documents/${d.id}`} className="text-brand-700 underline">
            {t("versions.current", { n: d.currentVersion })}
          </Link>
        )}
        {d.agendaItem && (
          <span className="text-slate-700">
            {t("forItem", { n: d.agendaItem.position + 1, title: d.agendaItem.title })}
          </span>
        )}
        {d.presentingUnit && (
          <span className="text-slate-700">{t("presentedBy", { unit: d.presentingUnit.name })}</span>
        )}
      </div>
      {d.shown.changeNote && (
        <p className="mt-1 text-sm text-slate-700">{t("versions.note", { note: d.shown.changeNote })}</p>
      )}

      <div className="mt-3 flex flex-wrap items-center gap-3">
        <MarkReadButton documentId={d.id} read={read} />
        {!d.confidential && (
          <a href={`${file}&download=1`} className={linkButton}>
            {t("download", { size: sizeLabel(d.shown.size) })}
          </a>
        )}
        {!d.confidential && d.inline && (
          <a href={file} target="_blank" rel="noopener" className={linkButton}>
            {t("openFull")}
          </a>
        )}
      </div>

      {d.inline ? (
        <div className="relative mt-4 overflow-hidden rounded-md border border-slate-300 bg-slate-100">
          {d.isPdf ? (
            <iframe
              src={d.confidential ? `${file}#toolbar=0` : file}
              title={d.title}
              className="block h-[75vh] w-full bg-white"
            />
          ) : (
            // eslint-disable-next-line @next/next/no-img-element
            <img src={file} alt={d.title} className="mx-auto block max-w-full" />
          )}
          {d.confidential && (
            <div
              aria-hidden="true"
              data-testid="confidential-stamp"
              className="pointer-events-none absolute inset-0 flex select-none flex-col justify-around overflow-hidden"
            >
              {Array.from({ length: 8 }, (_, i) => (
                <p
                  key={i}
                  className="-rotate-12 whitespace-nowrap text-center text-lg font-semibold text-red-700/25 sm:text-2xl"
                >
                  {stamp}
                </p>
              ))}
            </div>
          )}
          {d.confidential && (
            <p className="sr-only" data-testid="confidential-reader">
              {stamp}
            </p>
          )}
        </div>
      ) : (
        <p className="mt-4 rounded-md border border-slate-200 bg-white p-3 text-sm text-slate-700">
          {t("notInline", { name: d.shown.fileName })}
        </p>
      )}
      {d.confidential && <p className="mt-2 text-sm text-red-800">{t("confidentialNote")}</p>}

      {d.versions.length > 1 && (
        <section aria-labelledby="versions" className="mt-6">
          <h2 id="versions" className="text-lg font-semibold">
            {t("versions.title")}
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {d.versions.map((v) => (
              <li key={v.number}>
                <Link
                  href={`/meetings/${d.meeting.id}/documents/${d.id}?v=${v.number}`}
                  className="text-brand-700 underline"
                >
                  {t("versionN", { n: v.number })}
                </Link>{" "}
                — {formatDateTime(v.createdAt)}
                {v.changeNote ? `: ${v.changeNote}` : ""}
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}
