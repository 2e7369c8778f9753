"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { restoreConnectionPointAction, retireConnectionPointAction } from "@/lib/points/actions";
import { formatDate } from "@/lib/datetime/vietnam";
import { FormAlert } from "@/components/form/form-alert";

/** Retires a point (no longer bookable; past meetings keep it) or brings it back. */
export function PointStatusButton({ id, retired }: { id: string; retired: boolean }) {
  const t = useTranslations("pointAdmin");
  const tAll = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid justify-items-start gap-2">
      {error && <FormAlert message={error} />}
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if (!retired && !window.confirm(t("retireConfirm"))) return;
          setPending(true);
          setError(null);
          const result = await (retired ? restoreConnectionPointAction : retireConnectionPointAction)({ id });
          setPending(false);
          if (result.ok) router.refresh();
          else {
            const ahead = result.details as { count: number; next: string } | undefined;
            setError(
              ahead
                ? tAll(result.message, { count: ahead.count, date: formatDate(new Date(ahead.next)) })
                : tAll(result.message),
            );
          }
        }}
        className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {retired ? t("restore") : t("retire")}
      </button>
    </div>
  );
}
