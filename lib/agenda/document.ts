// The printable agenda (chương trình hội nghị) as the texts of its blocks. Document text, not UI: it is
// Vietnamese whatever the reader's locale, like the other official documents.
import { formatTime } from "@/lib/datetime/vietnam";
import { letterhead } from "@/lib/documents/letterhead";
import { documentMoment, documentTime, sameDay } from "@/lib/documents/wording";

export interface AgendaDocumentInput {
  parentBody: string;
  issuingBody: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  chair: { fullName: string; title: string } | null;
  items: {
    title: string;
    startsAt: Date;
    endsAt: Date;
    presenterRole: string | null;
    presenter: { fullName: string; title: string } | null;
  }[];
}

export interface AgendaDocumentParts {
  parentBody: string;
  issuingBody: string[];
  nation: string;
  motto: string;
  heading: string;
  subject: string;
  facts: { label: string; text: string }[];
  columns: [string, string, string];
  rows: { time: string; title: string; presenter: string }[];
}

/** "Đồng chí Hoàng Văn Phúc - Phó Chủ tịch UBND thị xã (Lãnh đạo Văn phòng)": the named presenter first, the role as given. */
export function presenterText(item: {
  presenterRole: string | null;
  presenter: { fullName: string; title: string } | null;
}): string {
  const named = item.presenter ? `Đồng chí ${item.presenter.fullName} - ${item.presenter.title}` : "";
  if (named && item.presenterRole) return `${named} (${item.presenterRole})`;
  return named || item.presenterRole || "";
}

export function agendaDocumentParts(input: AgendaDocumentInput): AgendaDocumentParts {
  const end = sameDay(input.startsAt, input.endsAt) ? documentTime(input.endsAt) : documentMoment(input.endsAt);
  const facts = [{ label: "Thời gian", text: `${documentMoment(input.startsAt)} (dự kiến kết thúc lúc ${end})` }];
  if (input.location) facts.push({ label: "Địa điểm", text: input.location });
  if (input.chair) facts.push({ label: "Chủ trì", text: `Đồng chí ${input.chair.fullName} - ${input.chair.title}` });
  const { parentBody, issuingBody, nation, motto } = letterhead(input, null, null);
  return {
    parentBody,
    issuingBody,
    nation,
    motto,
    heading: "CHƯƠNG TRÌNH",
    subject: input.title,
    facts,
    columns: ["Thời gian", "Nội dung", "Thực hiện"],
    rows: input.items.map((item) => ({
      time: `${formatTime(item.startsAt)} - ${formatTime(item.endsAt)}`,
      title: item.title,
      presenter: presenterText(item),
    })),
  };
}
