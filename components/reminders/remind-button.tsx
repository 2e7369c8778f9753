"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { remindUnansweredSchema } from "@/lib/reminders/schema";
import { remindUnansweredAction } from "@/lib/reminders/actions";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/**
 * "Nhắc các đơn vị chưa trả lời": reminds every unit that was sent the invitation and has not answered
 * (in-app notification and e-mail with the deadline). `unanswered` only labels the button.
 */
export function RemindButton({ meetingId, unanswered }: { meetingId: string; unanswered?: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof remindUnansweredSchema>, unknown, z.output<typeof remindUnansweredSchema>>({
    resolver: zodResolver(remindUnansweredSchema),
    defaultValues: { meetingId },
  });
  const { onSubmit, message } = useActionForm(form, remindUnansweredAction, () => router.refresh());
  const done = message?.ok ? (message.data as { reminded: number; emails: number } | undefined) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{t("mail.reminders.hint")}</p>
      {message && !message.ok && <FormAlert message={t.has(message.key) ? t(message.key) : t("errors.unexpected")} />}
      {done && (
        <FormAlert
          tone="success"
          message={t("mail.reminders.done", { reminded: done.reminded, emails: done.emails })}
        />
      )}
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={unanswered ? t("mail.reminders.submitCount", { count: unanswered }) : t("mail.reminders.submit")}
          pendingLabel={t("mail.reminders.sending")}
        />
      </div>
    </form>
  );
}
