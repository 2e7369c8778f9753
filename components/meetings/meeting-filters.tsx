import { getTranslations } from "next-intl/server";
import type { MeetingFilters } from "@/lib/meetings/filters";
import { DateField } from "@/components/form/date-fields";

const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2";

/** A GET form: filters live in the URL, so a filtered list can be bookmarked and works without JavaScript. */
export async function MeetingFiltersForm({
  filters,
  points,
}: {
  filters: MeetingFilters;
  points: { id: string; name: string }[];
}) {
  const [t, tStatus] = await Promise.all([getTranslations("scheduling.filters"), getTranslations("meetingStatus")]);
  return (
    <form
      aria-label={t("title")}
      className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6 lg:items-end"
    >
      <DateField label={t("from")} name="from" defaultValue={filters.from} />
      <DateField label={t("to")} name="to" defaultValue={filters.to} />
      <label className="text-sm font-medium">
        {t("status")}
        <select name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">{t("any")}</option>
          {(["DRAFT", "SCHEDULED", "CANCELLED", "HELD"] as const).map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        {t("point")}
        <select name="point" defaultValue={filters.point ?? ""} className={field}>
          <option value="">{t("any")}</option>
          {points.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-h-11 items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="mine" value="1" defaultChecked={!!filters.mine} className="size-5" />
        {t("mine")}
      </label>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-slate-800 px-4 py-2 font-semibold text-white hover:bg-slate-900"
      >
        {t("apply")}
      </button>
    </form>
  );
}
