import { getTranslations } from "next-intl/server";
import type { MeetingListItem } from "@/lib/meetings/data";
import { MeetingCard } from "./meeting-card";
import { EmptyState } from "./empty-state";

export async function MeetingGroups({ upcoming, past }: { upcoming: MeetingListItem[]; past: MeetingListItem[] }) {
  const t = await getTranslations("meetings");
  const groups = [
    { id: "upcoming", title: t("upcoming"), rows: upcoming, empty: t("noneUpcoming") },
    { id: "past", title: t("past"), rows: past, empty: t("nonePast") },
  ];
  return groups.map((group) => (
    <section key={group.id} aria-labelledby={group.id} className="mb-8">
      <h2 id={group.id} className="mb-3 text-lg font-semibold">
        {group.title}
      </h2>
      {group.rows.length ? (
        <ul className="grid gap-3">
          {group.rows.map((m) => (
            <MeetingCard key={m.id} meeting={m} />
          ))}
        </ul>
      ) : (
        <EmptyState>{group.empty}</EmptyState>
      )}
    </section>
  ));
}
