"use client";

import { useTranslations } from "next-intl";
import type { ConflictView } from "@/lib/meetings/conflict-view";

export type ConflictDetails = { conflicts?: ConflictView[]; units?: string[] };

/** The conflicts that refused a change, in words, so the user can see what to fix. */
export function ConflictList({ details }: { details?: ConflictDetails }) {
  const t = useTranslations("scheduling");
  if (details?.units?.length) {
    return <p className="mt-2 text-sm text-red-800">{t("errors.unitList", { units: details.units.join(", ") })}</p>;
  }
  if (!details?.conflicts?.length) return null;
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-red-800">
      {details.conflicts.map((c, i) => (
        <li key={i}>{t(`conflicts.${c.kind}`, c.params)}</li>
      ))}
    </ul>
  );
}
