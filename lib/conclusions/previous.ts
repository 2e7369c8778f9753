// "Review of last time's conclusions" (rà soát kết luận lần trước), the first item of a regular
// briefing: the conclusions of the latest earlier meeting of the same series and where they stand.
import type { Db } from "@/lib/db/connect";
import { formatDate, formatNumber } from "@/lib/datetime/vietnam";
import { deadlineState } from "./deadline";

export interface PreviousConclusion {
  content: string;
  leadUnit: string | null;
  deadline: Date | null;
  status: "OPEN" | "DONE";
}

/** The connection point whose minutes are being drawn up. */
export interface MinutesPoint {
  isMain: boolean;
  connectionPointId: string;
}

/**
 * [] when the meeting belongs to no series or is the first of it. Only conclusions of approved minutes
 * count: until the chair approves them their wording may change and they are not tasks yet. Minutes are
 * kept per connection point, so each point reviews its own: the main point the conference's
 * conclusions, a hub what was concluded at that same hub last time (not another secretariat's record).
 */
export async function previousConclusionsOf(
  db: Pick<Db, "meeting">,
  meetingId: string,
  point: MinutesPoint,
): Promise<PreviousConclusion[]> {
  const meeting = await db.meeting.findUnique({ where: { id: meetingId }, select: { seriesId: true, startsAt: true } });
  if (!meeting?.seriesId) return [];
  const previous = await db.meeting.findFirst({
    // A cancelled occurrence took no decisions; the one before it did.
    where: { seriesId: meeting.seriesId, startsAt: { lt: meeting.startsAt }, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "desc" },
    select: {
      conclusions: {
        where: {
          minutes: {
            status: "APPROVED",
            meetingPoint: point.isMain
              ? { isMain: true }
              : { isMain: false, connectionPointId: point.connectionPointId },
          },
        },
        orderBy: { position: "asc" },
        select: { content: true, deadline: true, status: true, leadUnit: { select: { name: true } } },
      },
    },
  });
  return (previous?.conclusions ?? []).map(({ leadUnit, ...c }) => ({ ...c, leadUnit: leadUnit?.name ?? null }));
}

export const NO_PREVIOUS_CONCLUSIONS = "Không có kết luận nào của lần họp trước.";

/**
 * The minutes text for {{previousConclusions.list}}, in the minutes markup ("- " bullets). It is
 * document text, always Vietnamese, so it is written here rather than taken from the UI catalogue.
 */
export function previousConclusionsText(items: readonly PreviousConclusion[], now: Date): string {
  if (items.length === 0) return NO_PREVIOUS_CONCLUSIONS;
  return items.map((item) => `- ${oneLine(item.content)}${details(item)}: ${standing(item, now)}`).join("\n");
}

// A conclusion spanning lines would break the bullet list.
function oneLine(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.;:]+$/, "");
}

function details(item: PreviousConclusion): string {
  const parts = [item.leadUnit, item.deadline && `thời hạn ${formatDate(item.deadline)}`].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

function standing(item: PreviousConclusion, now: Date): string {
  if (item.status === "DONE") return "đã hoàn thành.";
  const state = deadlineState(item.deadline, now);
  return state.kind === "overdue" ? `chưa hoàn thành, quá hạn ${formatNumber(state.days)} ngày.` : "đang thực hiện.";
}
