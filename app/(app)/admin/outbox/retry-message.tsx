"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { retryOutboxMessageAction } from "@/lib/mail/actions";
import { FormAlert } from "@/components/form/form-alert";

/** "Retry now" on a FAILED message; the result is announced where the button was. */
export function RetryMessage({ id, to }: { id: string; to: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [outcome, setOutcome] = useState<{ ok: boolean; key: string } | null>(null);
  const [pending, startTransition] = useTransition();
  function retry() {
    startTransition(async () => {
      const result = await retryOutboxMessageAction({ id });
      setOutcome(result.ok ? { ok: true, key: "mail.outbox.retried" } : { ok: false, key: result.message });
      if (result.ok) router.refresh();
    });
  }
  return (
    <div className="flex flex-col gap-2">
      {outcome?.ok !== true && (
        <button
          type="button"
          onClick={retry}
          disabled={pending}
          aria-label={t("mail.outbox.retryNamed", { to })}
          className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {pending ? t("mail.outbox.retrying") : t("mail.outbox.retry")}
        </button>
      )}
      {outcome && !outcome.ok && <FormAlert message={t.has(outcome.key) ? t(outcome.key) : t("errors.unexpected")} />}
      <p role="status" className="text-sm text-slate-700">
        {outcome?.ok ? t(outcome.key) : ""}
      </p>
    </div>
  );
}
