"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { cancelMeetingSchema, duplicateMeetingSchema } from "@/lib/meetings/schema";
import { cancelMeetingAction, duplicateMeetingAction } from "@/lib/meetings/actions";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { ConflictList, type ConflictDetails } from "./conflict-list";
import { FormDateTimeField } from "@/components/form/date-fields";

export function CancelMeetingForm({ meetingId, version }: { meetingId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof cancelMeetingSchema>, unknown, z.output<typeof cancelMeetingSchema>>({
    resolver: zodResolver(cancelMeetingSchema),
    defaultValues: { id: meetingId, version, reason: "" },
  });
  const { onSubmit, message } = useActionForm(form, cancelMeetingAction, () => {
    router.push(`/meetings/${meetingId}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {message && !message.ok && <FormAlert message={t(message.key)} />}
      <TextField
        label={t("scheduling.cancel.reason")}
        maxLength={500}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("scheduling.cancel.submit")}
        pendingLabel={t("common.saving")}
      />
    </form>
  );
}

export function DuplicateMeetingForm({ meetingId }: { meetingId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof duplicateMeetingSchema>, unknown, z.output<typeof duplicateMeetingSchema>>({
    resolver: zodResolver(duplicateMeetingSchema),
    defaultValues: { id: meetingId, startsAt: "" },
  });
  const { onSubmit, message } = useActionForm(form, duplicateMeetingAction, (data) => {
    router.push(`/meetings/${data.id}`);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {message && !message.ok && (
        <div>
          <FormAlert message={t(message.key)} />
          <ConflictList details={message.details as ConflictDetails | undefined} />
        </div>
      )}
      <FormDateTimeField
        control={form.control}
        name="startsAt"
        label={t("scheduling.duplicate.startsAt")}
        error={form.formState.errors.startsAt?.message}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("scheduling.duplicate.submit")}
        pendingLabel={t("common.saving")}
      />
    </form>
  );
}
