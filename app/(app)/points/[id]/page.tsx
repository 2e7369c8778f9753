import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getConnectionPoint } from "@/lib/points/data";
import { orNotFound } from "@/lib/not-found";
import { formatDate, formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { Badge, meetingStatusTone } from "@/components/badge";
import { EmptyState } from "@/components/empty-state";
import { PointForm } from "../point-form";
import { PointDetails } from "../point-details";
import { PointStatusButton } from "./point-status-button";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(PAGES.points.roles);
  const point = await orNotFound(getConnectionPoint(user, (await params).id));
  return { title: point.name };
}

export default async function PointPage({ params }: Props) {
  const user = await requirePageUser(PAGES.points.roles);
  const point = await orNotFound(getConnectionPoint(user, (await params).id));
  const [t, ta, tStatus] = await Promise.all([
    getTranslations("points"),
    getTranslations("pointAdmin"),
    getTranslations("meetingStatus"),
  ]);
  const str = (v: string | null) => v ?? "";
  return (
    <>
      <Link href="/points" className="text-sm font-medium text-brand-700 underline">
        ← {t("title")}
      </Link>
      <div className="mt-2">
        <PageHeader title={point.name} intro={point.hostUnit.name}>
          {point.retiredAt && <Badge tone="bad">{ta("retiredSince", { date: formatDate(point.retiredAt) })}</Badge>}
        </PageHeader>
      </div>
      {point.manageable ? (
        <>
          <section aria-labelledby="edit-point" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="edit-point" className="text-lg font-semibold">
              {ta("edit")}
            </h2>
            <PointForm
              existing={{
                id: point.id,
                updatedAt: point.updatedAt.toISOString(),
                host: { id: point.hostUnit.id, label: point.hostUnit.name },
                values: {
                  name: point.name,
                  hostUnitId: point.hostUnitId,
                  address: str(point.address),
                  room: str(point.room),
                  capacity: point.capacity === null ? "" : String(point.capacity),
                  equipment: str(point.equipment),
                  technicianName: str(point.technicianName),
                  technicianPhone: str(point.technicianPhone),
                  videoLink: str(point.videoLink),
                },
              }}
            />
          </section>
          <section aria-labelledby="retire-point" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="retire-point" className="text-lg font-semibold">
              {point.retiredAt ? ta("restoreTitle") : ta("retireTitle")}
            </h2>
            <p className="mt-1 mb-3 text-sm text-slate-700">
              {point.retiredAt ? ta("restoreIntro") : ta("retireIntro")}
            </p>
            <PointStatusButton id={point.id} retired={point.retiredAt !== null} />
          </section>
        </>
      ) : (
        <section aria-labelledby="point-facts" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="point-facts" className="text-lg font-semibold">
            {ta("facts")}
          </h2>
          <PointDetails point={point} />
          <p className="mt-3 text-sm text-slate-600">{ta("keptBy", { unit: point.hostUnit.name })}</p>
        </section>
      )}
      <section aria-labelledby="point-meetings" className="mt-6">
        <h2 id="point-meetings" className="mb-2 text-lg font-semibold">
          {ta("meetings")}
        </h2>
        {point.meetings.length === 0 ? (
          <EmptyState>{ta("noMeetings")}</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {point.meetings.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3">
                <Link href={`/meetings/${m.id}`} className="font-medium text-brand-700 underline">
                  {m.title}
                </Link>
                <span className="text-sm text-slate-600">{formatDateTime(m.startsAt)}</span>
                <Badge tone={meetingStatusTone[m.status]}>{tStatus(m.status)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
