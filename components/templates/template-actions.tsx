"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { copyTemplateSchema } from "@/lib/templates/schema";
import { copyTemplateAction, restoreTemplateAction, retireTemplateAction } from "@/lib/templates/actions";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** Copies a template into a new family under a new name. */
export function CopyTemplateForm({ id, defaultName }: { id: string; defaultName: string }) {
  const t = useTranslations("templates");
  const tAll = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof copyTemplateSchema>, unknown, z.output<typeof copyTemplateSchema>>({
    resolver: zodResolver(copyTemplateSchema),
    defaultValues: { id, name: defaultName },
  });
  const { onSubmit, message } = useActionForm(form, copyTemplateAction, (data) => router.push(`/templates/${data.id}`));
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
      {message && !message.ok && (
        <div className="sm:col-span-2">
          <FormAlert message={tAll(message.key)} />
        </div>
      )}
      <TextField
        label={t("copy.name")}
        maxLength={200}
        error={form.formState.errors.name?.message}
        {...form.register("name")}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("copy.submit")}
        pendingLabel={tAll("common.saving")}
      />
    </form>
  );
}

/** Retires a family (hidden when applying templates) or brings it back. */
export function TemplateStatusButton({ id, retired }: { id: string; retired: boolean }) {
  const t = useTranslations("templates");
  const tAll = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="grid gap-2">
      {error && <FormAlert message={tAll(error)} />}
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          if (!retired && !window.confirm(t("retire.confirm"))) return;
          setPending(true);
          setError(null);
          const result = await (retired ? restoreTemplateAction : retireTemplateAction)({ id });
          setPending(false);
          if (!result.ok) setError(result.message);
          else router.refresh();
        }}
        className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60"
      >
        {retired ? t("retire.restore") : t("retire.submit")}
      </button>
    </div>
  );
}
