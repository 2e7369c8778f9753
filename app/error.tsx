"use client";

import { useTranslations } from "next-intl";

// Unexpected failures: a plain message and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("unexpected")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
        {t("retry")}
      </button>
    </main>
  );
}
