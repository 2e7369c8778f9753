// The approved content as one canonical text, and its SHA-256: the hash is stored at approval and
// recomputed on demand, so any change to an approved record (even straight in the database) shows.
import { createHash } from "node:crypto";
import { formatDateTime } from "@/lib/datetime/vietnam";
import type { SectionText } from "./revision-diff";

export interface MinutesContent {
  number: string | null;
  title: string;
  place: string;
  chair: { name: string; title: string };
  secretary: { name: string; title: string };
  startedAt: Date | null;
  endedAt: Date | null;
  sections: { heading: string; body: string }[];
  conclusions: { content: string; leadUnitId: string | null; cooperatorIds: string[]; deadline: Date | null }[];
}

/** Fixed key order, dates as ISO strings, cooperators sorted: equal content gives equal text. */
export function canonicalContent(content: MinutesContent): string {
  return JSON.stringify({
    number: content.number,
    title: content.title,
    place: content.place,
    chair: [content.chair.name, content.chair.title],
    secretary: [content.secretary.name, content.secretary.title],
    startedAt: content.startedAt?.toISOString() ?? null,
    endedAt: content.endedAt?.toISOString() ?? null,
    sections: content.sections.map((s) => [s.heading, s.body]),
    conclusions: content.conclusions.map((c) => [
      c.content,
      c.leadUnitId,
      [...c.cooperatorIds].sort(),
      c.deadline?.toISOString() ?? null,
    ]),
  });
}

export function contentHash(content: MinutesContent): string {
  return createHash("sha256").update(canonicalContent(content), "utf8").digest("hex");
}

/** What a revision keeps for comparison: the header as readable lines, then the sections. */
export interface RevisionContent {
  header: SectionText;
  sections: SectionText[];
}

export function revisionContent(content: MinutesContent): RevisionContent {
  const when = (d: Date | null) => (d ? formatDateTime(d) : "");
  const lines = [
    `Số: ${content.number ?? ""}`,
    `Thời gian bắt đầu: ${when(content.startedAt)}`,
    `Kết thúc: ${when(content.endedAt)}`,
    `Địa điểm: ${content.place}`,
    `Chủ tọa: ${content.chair.name} - ${content.chair.title}`,
    `Thư ký: ${content.secretary.name} - ${content.secretary.title}`,
  ];
  return { header: { heading: "Thông tin chung", body: lines.join("\n") }, sections: content.sections };
}
