// How documents are listed: grouped under their agenda items, with a readable size. Shared by the
// secretariat's panel and the readers' list (which must not pull in the panel's client forms).
import type { meetingDocuments, MeetingDocumentRow } from "./data";

type Data = Awaited<ReturnType<typeof meetingDocuments>>;

export function sizeLabel(bytes: number): string {
  return bytes >= 1048576
    ? `${(bytes / 1048576).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("vi-VN")} KB`;
}

/** Groups the documents under their agenda items, in agenda order (the meeting's own documents first). */
export function byAgendaItem(data: Pick<Data, "agendaItems">, documents: MeetingDocumentRow[]) {
  const groups = [
    { id: null as string | null, title: null as string | null, position: -1, documents: [] as MeetingDocumentRow[] },
  ];
  for (const item of data.agendaItems)
    groups.push({ id: item.id, title: item.title, position: item.position, documents: [] });
  for (const d of documents) (groups.find((g) => g.id === d.agendaItemId) ?? groups[0]!).documents.push(d);
  return groups.filter((g) => g.documents.length > 0);
}
