"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { markDoneSchema, reopenSchema } from "@/lib/conclusions/schema";
import { markDoneAction, reopenAction } from "@/lib/conclusions/actions";
import { TextAreaField } from "@/components/form/text-area-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** "Đã hoàn thành" with an optional result note; folded away so a phone's list stays short. */
export function MarkDoneForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof markDoneSchema>, unknown, z.output<typeof markDoneSchema>>({
    resolver: zodResolver(markDoneSchema),
    defaultValues: { id, version, note: "" },
  });
  const { onSubmit, message } = useActionForm(form, markDoneAction, () => router.refresh());
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 open:bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">
        {t("tasks.markDone.open")}
      </summary>
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3 px-3 pb-3">
        {message && (
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("tasks.markDone.done") : t(message.key)}
          />
        )}
        <TextAreaField
          label={t("tasks.markDone.note")}
          rows={2}
          maxLength={1000}
          error={form.formState.errors.note?.message}
          {...form.register("note")}
        />
        <div>
          <SubmitButton
            pending={form.formState.isSubmitting}
            label={t("tasks.markDone.submit")}
            pendingLabel={t("common.saving")}
          />
        </div>
      </form>
    </details>
  );
}

export function ReopenForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof reopenSchema>, unknown, z.output<typeof reopenSchema>>({
    resolver: zodResolver(reopenSchema),
    defaultValues: { id, version },
  });
  const { onSubmit, message } = useActionForm(form, reopenAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      {message && !message.ok && <FormAlert message={t(message.key)} />}
      <button
        type="submit"
        disabled={form.formState.isSubmitting}
        className="inline-flex min-h-11 items-center self-start rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {t("tasks.reopen")}
      </button>
    </form>
  );
}
