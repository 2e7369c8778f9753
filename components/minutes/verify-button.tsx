"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { verifyMinutesAction } from "@/lib/minutes/actions";
import { FormAlert } from "@/components/form/form-alert";

/** Recomputes the approved minutes' SHA-256 on the server and says whether the content is untouched. */
export function VerifyButton({ minutesId }: { minutesId: string }) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ intact: boolean; stored: string } | { error: string } | null>(null);
  const run = () =>
    start(async () => {
      const r = await verifyMinutesAction({ minutesId });
      setResult(r.ok ? r.data : { error: t.has(r.message) ? t(r.message) : t("errors.unexpected") });
    });
  return (
    <div className="flex flex-col gap-2">
      <div>
        <button
          type="button"
          onClick={run}
          disabled={pending}
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {t("minutes.verify.button")}
        </button>
      </div>
      {result && "error" in result && <FormAlert message={result.error} />}
      {result && "intact" in result && (
        <>
          <FormAlert
            tone={result.intact ? "success" : "error"}
            message={t(result.intact ? "minutes.verify.intact" : "minutes.verify.tampered")}
          />
          <p className="break-all font-mono text-xs text-slate-600">
            {t("minutes.verify.hash")}: {result.stored}
          </p>
        </>
      )}
    </div>
  );
}
