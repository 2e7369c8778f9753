// "Thành phần tham dự": per connection point, who was there on site, who joined online, who was absent
// (with the reason) — listed separately, from the check-in record.
import { cleanText } from "@/lib/text/normalize";

export type Presence = "EXPECTED" | "PRESENT_ON_SITE" | "PRESENT_ONLINE" | "ABSENT";

export interface Participant {
  fullName: string;
  title: string | null;
  unit: string | null;
  presence: Presence;
  absenceReason: string | null;
  /** The official this person stood in for. */
  replaces: string | null;
}

export interface PersonFacts {
  name: string;
  title: string;
}

export interface PointFacts {
  name: string;
  address: string | null;
  isMain: boolean;
  chair: PersonFacts | null;
  participants: Participant[];
}

export function personLine(person: PersonFacts): string {
  const title = cleanText(person.title);
  return `đồng chí ${cleanText(person.name)}${title ? ` - ${title}` : ""}`;
}

/** The title, with the unit when the title does not already name it ("Công chức Văn hóa - Xã hội, Phường Nghi Hải"). */
function titleWithUnit(p: Participant): string {
  const title = cleanText(p.title ?? "");
  const unit = cleanText(p.unit ?? "");
  // "Trưởng phòng Lao động - Thương binh và Xã hội" already names "Phòng Lao động - Thương binh và Xã hội thị xã".
  const core = unit.replace(/\s+(thị xã|tỉnh|huyện|thành phố)$/iu, "").toLocaleLowerCase("vi");
  if (!unit || title.toLocaleLowerCase("vi").includes(core)) return title || unit;
  return title ? `${title}, ${unit}` : unit;
}

function participantLine(p: Participant): string {
  const who = personLine({ name: p.fullName, title: titleWithUnit(p) });
  const standsIn = p.replaces ? ` (dự thay đồng chí ${cleanText(p.replaces)})` : "";
  const reason =
    p.presence === "ABSENT" ? ` (${p.absenceReason ? `lý do: ${cleanText(p.absenceReason)}` : "không có lý do"})` : "";
  return `- ${who.charAt(0).toUpperCase()}${who.slice(1)}${standsIn}${reason}`;
}

const GROUPS: { presence: Presence; label: string }[] = [
  { presence: "PRESENT_ON_SITE", label: "Có mặt tại điểm cầu" },
  { presence: "PRESENT_ONLINE", label: "Tham dự trực tuyến" },
  { presence: "ABSENT", label: "Vắng mặt" },
  { presence: "EXPECTED", label: "Chưa ghi nhận điểm danh" },
];

/** Points are often named "Điểm cầu …" already; the heading must not say it twice. */
export function pointHeading(point: Pick<PointFacts, "name" | "isMain">): string {
  const name = cleanText(point.name);
  const named = /^điểm cầu\b/iu.test(name) ? name : `Điểm cầu ${name}`;
  return point.isMain && !/chính/iu.test(named) ? `${named} (điểm cầu chính)` : named;
}

export function participantsText(points: PointFacts[]): string {
  const out: string[] = [];
  for (const point of points) {
    const chair = point.chair ? `, chủ trì: ${personLine(point.chair)}` : "";
    out.push(`**${pointHeading(point)}**${chair}.`);
    for (const group of GROUPS) {
      const people = point.participants.filter((p) => p.presence === group.presence);
      if (people.length === 0) continue;
      out.push(`${group.label} (${people.length}):`, ...people.map(participantLine));
    }
    if (point.participants.length === 0) out.push("Chưa có danh sách đại biểu.");
    out.push("");
  }
  return out.join("\n").trim();
}

/** "25 đại biểu dự tại 2 điểm cầu (23 có mặt tại điểm cầu, 2 trực tuyến); vắng mặt 1", over the listed points. */
export function attendanceSummary(points: PointFacts[]): string {
  const all = points.flatMap((p) => p.participants);
  const count = (presence: Presence) => all.filter((p) => p.presence === presence).length;
  const onSite = count("PRESENT_ON_SITE");
  const online = count("PRESENT_ONLINE");
  const absent = count("ABSENT");
  const where = points.length === 1 ? "điểm cầu" : `${points.length} điểm cầu`;
  const summary = `${onSite + online} đại biểu dự tại ${where} (${onSite} có mặt tại điểm cầu, ${online} trực tuyến)`;
  return absent ? `${summary}; vắng mặt ${absent} (danh sách tại mục 1)` : `${summary}; danh sách tại mục 1`;
}
