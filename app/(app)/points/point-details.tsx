import { getTranslations } from "next-intl/server";

export interface PointFacts {
  hostUnit: { name: string };
  room: string | null;
  address: string | null;
  capacity: number | null;
  equipment: string | null;
  technicianName: string | null;
  technicianPhone: string | null;
  videoLink: string | null;
}

/** What the registry knows of a point, as the list and the point's page show it. */
export async function PointDetails({ point }: { point: PointFacts }) {
  const t = await getTranslations("points");
  const p = point;
  return (
    <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 text-sm">
      <dt className="text-slate-600">{t("host")}</dt>
      <dd>{p.hostUnit.name}</dd>
      {(p.room || p.address) && (
        <>
          <dt className="text-slate-600">{t("room")}</dt>
          <dd>{[p.room, p.address].filter(Boolean).join(", ")}</dd>
        </>
      )}
      {p.capacity !== null && (
        <>
          <dt className="text-slate-600">{t("capacity")}</dt>
          <dd>{t("capacityValue", { count: p.capacity })}</dd>
        </>
      )}
      {p.equipment && (
        <>
          <dt className="text-slate-600">{t("equipment")}</dt>
          <dd>{p.equipment}</dd>
        </>
      )}
      {p.technicianName && (
        <>
          <dt className="text-slate-600">{t("technician")}</dt>
          <dd>{[p.technicianName, p.technicianPhone].filter(Boolean).join(" · ")}</dd>
        </>
      )}
      {p.videoLink && (
        <>
          <dt className="text-slate-600">{t("link")}</dt>
          <dd className="break-all">{p.videoLink}</dd>
        </>
      )}
    </dl>
  );
}
