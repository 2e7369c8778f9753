"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import {
  testEmailSchema,
  updateSettingsSchema,
  type UpdateSettingsInput,
  type UpdateSettingsOutput,
} from "@/lib/settings/schema";
import { sendTestEmailAction, updateSettingsAction } from "@/lib/settings/actions";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/** The settings, saved together over the values the page loaded (`loaded`, sent back unchanged). */
export function SettingsForm({ values }: { values: UpdateSettingsInput }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<UpdateSettingsInput, unknown, UpdateSettingsOutput>({
    resolver: zodResolver(updateSettingsSchema),
    defaultValues: values,
  });
  const { onSubmit, message } = useActionForm(form, updateSettingsAction, ({ stored }) => {
    form.reset({
      organisationName: stored.organisationName ?? "",
      reminderHours: stored.reminderHours ?? "",
      mailFrom: stored.mailFrom ?? "",
      loaded: stored,
    });
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      {message && (
        <FormAlert tone={message.ok ? "success" : "error"} message={t(message.ok ? "settings.saved" : message.key)} />
      )}
      <TextField
        label={t("settings.organisationName")}
        hint={t("settings.organisationNameHint")}
        maxLength={200}
        error={e.organisationName?.message}
        {...form.register("organisationName")}
      />
      <TextField
        label={t("settings.reminderHours")}
        hint={t("settings.reminderHoursHint")}
        type="number"
        inputMode="numeric"
        min={0}
        error={e.reminderHours?.message}
        {...form.register("reminderHours")}
      />
      <TextField
        label={t("settings.mailFrom")}
        hint={t("settings.mailFromHint")}
        type="email"
        maxLength={254}
        autoComplete="off"
        error={e.mailFrom?.message}
        {...form.register("mailFrom")}
      />
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("common.save")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}

/** Sends one e-mail now and shows what the mail server answered. */
export function TestEmailForm() {
  const t = useTranslations();
  const form = useForm<z.input<typeof testEmailSchema>, unknown, z.output<typeof testEmailSchema>>({
    resolver: zodResolver(testEmailSchema),
    defaultValues: { to: "" },
  });
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { onSubmit, message } = useActionForm(form, sendTestEmailAction, (data) => setSentTo(data.to));
  // The server's own words: its reply to an accepted message, or what it said when it refused.
  const answer = message?.ok
    ? message.data?.response
    : (message?.details as { response?: string } | undefined)?.response;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
      <TextField
        label={t("settings.test.to")}
        type="email"
        maxLength={254}
        autoComplete="email"
        error={form.formState.errors.to?.message}
        {...form.register("to")}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("settings.test.submit")}
        pendingLabel={t("settings.test.sending")}
      />
      {message && (
        <div className="grid gap-1 sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("settings.test.accepted", { to: sentTo ?? "" }) : t(message.key)}
          />
          {answer && (
            <p className="text-sm text-slate-700">
              {t("settings.test.answer")} <code className="rounded bg-slate-100 px-1 break-all">{answer}</code>
            </p>
          )}
        </div>
      )}
    </form>
  );
}
