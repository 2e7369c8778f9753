// The first draft of the minutes, from the meeting's data and its agenda: who chaired and took notes,
// the participants per point, one section per agenda item with its skeleton filled in.
import { documentDate } from "@/lib/datetime/vietnam";
import { documentCount, documentTime } from "@/lib/documents/wording";
import { cleanText } from "@/lib/text/normalize";
import { CONCLUSIONS_TOKEN } from "./markup";
import { indicatorsTable, type IndicatorFigures } from "./indicators-table";
import {
  attendanceSummary,
  participantsText,
  personLine,
  pointHeading,
  type PersonFacts,
  type PointFacts,
} from "./participants";
import { fillPlaceholders, type PlaceholderValues } from "./placeholders";

export interface AgendaFacts {
  title: string;
  presenter: PersonFacts | null;
  minutesSkeleton: string | null;
}

export interface MeetingFacts {
  title: string;
  startsAt: Date;
  endsAt: Date;
  /** Main point first. */
  points: (PointFacts & { secretary: PersonFacts | null })[];
  /** Which point's minutes these are: 0, the main point, records the whole conference. */
  pointIndex: number;
  agenda: AgendaFacts[];
  indicators: IndicatorFigures[];
  /** Text for {{previousConclusions.list}}, already written. */
  previousConclusions: string;
  /** The year the indicators report on. */
  year: number;
}

export interface MinutesDraft {
  title: string;
  place: string;
  chair: PersonFacts;
  secretary: PersonFacts;
  startedAt: Date;
  endedAt: Date;
  sections: { heading: string; body: string }[];
}

export const PARTICIPANTS_HEADING = "Thành phần tham dự";
const NOBODY: PersonFacts = { name: "", title: "" };

function where(point: PointFacts): string {
  return [cleanText(point.name), cleanText(point.address ?? "")].filter(Boolean).join(", ");
}

function placeOf(facts: MeetingFacts): string {
  const [main, ...others] = facts.points;
  if (!main) return "";
  if (facts.pointIndex > 0)
    return `${where(facts.points[facts.pointIndex]!)}, kết nối trực tuyến với ${pointHeading(main).replace(/^Đ/u, "đ")}`;
  return others.length > 0 ? `${where(main)} và ${documentCount(others.length)} điểm cầu trực tuyến` : where(main);
}

/** The points a minutes lists people of: the main point's record covers every point, a hub's only itself. */
function listedPoints(facts: MeetingFacts): MeetingFacts["points"] {
  return facts.pointIndex === 0 ? facts.points : facts.points.slice(facts.pointIndex, facts.pointIndex + 1);
}

export function placeholderValues(facts: MeetingFacts): PlaceholderValues {
  // chair.* is the presiding chair at the main point: the templates' opening and conclusions are theirs.
  const main = facts.points[0];
  const chair = main?.chair ?? NOBODY;
  return {
    "meeting.title": cleanText(facts.title),
    "meeting.date": documentDate(facts.startsAt),
    "meeting.startTime": documentTime(facts.startsAt),
    "meeting.endTime": documentTime(facts.endsAt),
    "chair.name": cleanText(chair.name),
    "chair.title": cleanText(chair.title),
    "secretary.name": cleanText(main?.secretary?.name ?? ""),
    "points.count": documentCount(facts.points.length),
    "points.list": facts.points
      .map((p) => `${pointHeading(p)}${p.chair ? ` (chủ trì: ${personLine(p.chair)})` : ""}`)
      .join("; "),
    "attendance.summary": attendanceSummary(listedPoints(facts)),
    "indicators.table": indicatorsTable(facts.indicators, facts.year),
    "previousConclusions.list": facts.previousConclusions,
  };
}

export function generateMinutes(facts: MeetingFacts): MinutesDraft {
  const values = placeholderValues(facts);
  const point = facts.points[facts.pointIndex];
  const agendaSections = facts.agenda.map((item) => {
    const presenter = item.presenter ? `${personLine(item.presenter).replace(/^đ/u, "Đ")} trình bày.` : "";
    const body = fillPlaceholders(item.minutesSkeleton ?? "", values);
    return { heading: cleanText(item.title), body: [presenter, body].filter(Boolean).join("\n") };
  });
  if (agendaSections.length === 0) agendaSections.push({ heading: "Nội dung hội nghị", body: "" });
  // The conclusions must appear somewhere: a template without the token still gets them, last.
  if (!agendaSections.some((s) => s.body.includes(CONCLUSIONS_TOKEN))) {
    agendaSections.push({
      heading: "Kết luận",
      body: `Đồng chí ${values["chair.name"]} kết luận:\n${CONCLUSIONS_TOKEN}`,
    });
  }
  return {
    title: cleanText(facts.title),
    place: placeOf(facts),
    chair: point?.chair ?? NOBODY,
    secretary: point?.secretary ?? NOBODY,
    startedAt: facts.startsAt,
    endedAt: facts.endsAt,
    sections: [{ heading: PARTICIPANTS_HEADING, body: participantsText(listedPoints(facts)) }, ...agendaSections],
  };
}
