import { getTranslations } from "next-intl/server";
import { deadlineState } from "@/lib/conclusions/deadline";
import { Badge, type BadgeTone } from "@/components/badge";

const TONE = { none: "neutral", overdue: "bad", today: "warn", left: "info" } as const satisfies Record<
  string,
  BadgeTone
>;

/** "quá hạn N ngày" / "đến hạn hôm nay" / "còn N ngày"; a done task needs no warning. */
export async function DeadlineBadge({ deadline, now }: { deadline: Date | null; now: Date }) {
  const t = await getTranslations("conclusions.deadline");
  const state = deadlineState(deadline, now);
  return <Badge tone={TONE[state.kind]}>{"days" in state ? t(state.kind, { days: state.days }) : t(state.kind)}</Badge>;
}
