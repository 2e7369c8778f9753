"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { remindUnansweredSchema } from "@/lib/reminders/schema";
import { remindUnansweredAction } from "@/lib/reminders/actions";
import { MANUAL_QUIET_HOURS } from "@/lib/reminders/window";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

/**
 * "Nhắc các đơn vị chưa trả lời": reminds every unit that was sent the invitation and has not answered
 * (in-app notification and e-mail with the deadline), except those reminded in the last few hours. The
 * button says how many it would remind and when the last reminder went; while every unit is in its
 * quiet period it is disabled and says from when it may be pressed again.
 */
export function RemindButton({
  meetingId,
  remindable,
  lastReminded,
  again,
}: {
  meetingId: string;
  /** Unanswered units that may be reminded now. */
  remindable: number;
  /** When the last reminder went and when that unit may be reminded again, formatted; null if never. */
  lastReminded: string | null;
  again: string | null;
}) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof remindUnansweredSchema>, unknown, z.output<typeof remindUnansweredSchema>>({
    resolver: zodResolver(remindUnansweredSchema),
    defaultValues: { meetingId },
  });
  const { onSubmit, message } = useActionForm(form, remindUnansweredAction, () => router.refresh());
  const done = message?.ok
    ? (message.data as { reminded: number; emails: number; quiet: number } | undefined)
    : undefined;
  const label =
    remindable === 0 && lastReminded
      ? t("mail.reminders.quiet", { time: lastReminded, again: again ?? "" })
      : lastReminded
        ? t("mail.reminders.submitCountLast", { count: remindable, time: lastReminded })
        : t("mail.reminders.submitCount", { count: remindable });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <p className="text-sm text-slate-700">{t("mail.reminders.hint", { hours: MANUAL_QUIET_HOURS })}</p>
      {message && !message.ok && <FormAlert message={t.has(message.key) ? t(message.key) : t("errors.unexpected")} />}
      {done && (
        <FormAlert
          tone="success"
          message={t("mail.reminders.done", { reminded: done.reminded, emails: done.emails, quiet: done.quiet })}
        />
      )}
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          disabled={remindable === 0}
          label={label}
          pendingLabel={t("mail.reminders.sending")}
        />
      </div>
    </form>
  );
}
