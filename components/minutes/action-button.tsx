"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { FormAlert } from "@/components/form/form-alert";

const STYLES = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100",
} as const;

/**
 * One server action behind one button, optionally after a confirmation: submit, approve, issue.
 * The labels come translated from the server page; the error is a catalogue key.
 */
export function ActionButton<I, T extends { id?: string } | undefined>({
  action,
  input,
  label,
  confirm,
  style = "primary",
  goToPrefix,
}: {
  action: (input: I) => Promise<ActionResult<T>>;
  /** The input, or how to get it when pressed (e.g. after the page's saves in flight). */
  input: I | (() => Promise<I>);
  label: string;
  confirm?: string;
  style?: keyof typeof STYLES;
  /** After success, open this path followed by the new record's id; otherwise the page refreshes. */
  goToPrefix?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () => {
    if (confirm && !window.confirm(confirm)) return;
    setError(null);
    start(async () => {
      const result = await action(typeof input === "function" ? await (input as () => Promise<I>)() : input);
      if (!result.ok) return setError(t.has(result.message) ? t(result.message) : t("errors.unexpected"));
      if (goToPrefix && result.data?.id) router.push(`${goToPrefix}${result.data.id}`);
      else router.refresh();
    });
  };
  return (
    <div className="flex flex-col gap-2">
      {error && <FormAlert message={error} />}
      <div>
        <button
          type="button"
          onClick={run}
          disabled={pending}
          className={`inline-flex min-h-11 items-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${STYLES[style]}`}
        >
          {pending ? t("common.saving") : label}
        </button>
      </div>
    </div>
  );
}
