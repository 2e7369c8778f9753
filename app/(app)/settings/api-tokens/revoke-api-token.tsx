"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { revokeApiTokenAction } from "@/lib/api-tokens/actions";
import { FormAlert } from "@/components/form/form-alert";

/** Revoke, in two steps: the first click asks, the second revokes. Stays mounted to announce the result. */
export function RevokeApiToken({ id, name, revoked }: { id: string; name: string; revoked: boolean }) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; key: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const revokeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  useEffect(() => {
    // Keep keyboard focus where the user is: on the confirmation, then back on Revoke if cancelled.
    if (confirming) confirmButton.current?.focus();
    else if (asked.current) revokeButton.current?.focus();
  }, [confirming]);

  function ask() {
    asked.current = true;
    setOutcome(null);
    setConfirming(true);
  }

  function revoke() {
    startTransition(async () => {
      const result = await revokeApiTokenAction({ id });
      asked.current = false;
      setConfirming(false);
      setOutcome(result.ok ? { ok: true, key: "apiTokens.revoked" } : { ok: false, key: result.message });
    });
  }

  const buttonBase =
    "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-semibold disabled:opacity-60";
  return (
    <div className="flex flex-col gap-2 sm:max-w-xs sm:items-end">
      {!revoked && !confirming && (
        <button
          ref={revokeButton}
          type="button"
          onClick={ask}
          aria-label={t("apiTokens.revokeNamed", { name })}
          className={`${buttonBase} border border-red-700 bg-white text-red-800 hover:bg-red-50`}
        >
          {t("apiTokens.revoke")}
        </button>
      )}
      {!revoked && confirming && (
        <div
          role="group"
          aria-label={t("apiTokens.revokeNamed", { name })}
          className="flex flex-col gap-2 rounded-md border border-red-200 bg-red-50 p-3 text-sm"
        >
          <p className="text-red-900">{t("apiTokens.confirmRevoke", { name })}</p>
          <div className="flex flex-wrap gap-2">
            <button
              ref={confirmButton}
              type="button"
              onClick={revoke}
              disabled={pending}
              className={`${buttonBase} bg-red-700 text-white hover:bg-red-800`}
            >
              {pending ? t("apiTokens.revoking") : t("apiTokens.confirm")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              disabled={pending}
              className={`${buttonBase} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
            >
              {t("apiTokens.cancel")}
            </button>
          </div>
        </div>
      )}
      {outcome && !outcome.ok && <FormAlert message={t(outcome.key)} />}
      <p role="status" className="text-sm text-slate-700">
        {outcome?.ok ? t(outcome.key, { name }) : ""}
      </p>
    </div>
  );
}
