"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { REPEATS } from "@/lib/meetings/series";
import {
  createMeetingSchema,
  meetingKinds,
  meetingModes,
  type CreateMeetingInput,
  type CreateMeetingOutput,
} from "@/lib/meetings/schema";
import { createMeetingAction, updateMeetingAction } from "@/lib/meetings/actions";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { CheckboxField } from "@/components/form/checkbox-field";
import { TextAreaField } from "@/components/form/text-area-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { ConflictList, type ConflictDetails } from "./conflict-list";
import { FormDateTimeField } from "@/components/form/date-fields";
import { workCalendarOf, type CalendarDay } from "@/lib/calendar/working-days";
import { fromLocalInput } from "@/lib/datetime/vietnam";
import { nonWorkingDay } from "@/lib/meetings/conflicts";
import { nonWorkingDayView } from "@/lib/meetings/conflict-view";

type Props = {
  organisers: { id: string; name: string }[];
  /** The configured days off and make-up days ahead: a start on a day off is warned of as it is typed. */
  calendarDays: CalendarDay[];
  /** Present when editing: the meeting's id, version and current values. */
  existing?: { id: string; version: number; values: CreateMeetingInput };
};

/** Create or edit a meeting; the same zod schema checks the fields here and in the server action. */
export function MeetingForm({ organisers, calendarDays, existing }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<CreateMeetingInput, unknown, CreateMeetingOutput>({
    resolver: zodResolver(createMeetingSchema),
    defaultValues: existing?.values ?? {
      title: "",
      kind: "THEMATIC",
      mode: "HYBRID",
      organiserUnitId: organisers[0]?.id ?? "",
      startsAt: "",
      endsAt: "",
      description: "",
      confidential: false,
      urgent: false,
      repeat: "NONE",
      repeatCount: 4,
    },
  });
  const { onSubmit, message } = useActionForm(
    form,
    async (values): Promise<ActionResult<{ id: string }>> =>
      existing
        ? updateMeetingAction({ ...values, id: existing.id, version: existing.version })
        : createMeetingAction(values),
    (data) => {
      router.push(`/meetings/${data.id}`);
      router.refresh();
    },
  );
  const calendar = useMemo(() => workCalendarOf(calendarDays), [calendarDays]);
  const startsAt = fromLocalInput(useWatch({ control: form.control, name: "startsAt" }) ?? "");
  const dayOff = startsAt && nonWorkingDay(startsAt, calendar);
  const dayOffView = dayOff ? nonWorkingDayView(dayOff) : null;
  const errors = form.formState.errors;
  const options = (values: readonly string[], ns: string) => values.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      {message && !message.ok && (
        <div className="sm:col-span-2">
          <FormAlert message={t(message.key)} />
          <ConflictList details={message.details as ConflictDetails | undefined} />
        </div>
      )}
      <TextField
        label={t("scheduling.fields.title")}
        maxLength={300}
        error={errors.title?.message}
        {...form.register("title")}
        className="sm:col-span-2"
      />
      <SelectField
        label={t("scheduling.fields.kind")}
        options={options(meetingKinds, "meetingKind")}
        error={errors.kind?.message}
        {...form.register("kind")}
      />
      <SelectField
        label={t("scheduling.fields.mode")}
        options={options(meetingModes, "meetingMode")}
        error={errors.mode?.message}
        {...form.register("mode")}
      />
      <SelectField
        label={t("scheduling.fields.organiser")}
        options={organisers.map((o) => ({ value: o.id, label: o.name }))}
        error={errors.organiserUnitId?.message}
        {...form.register("organiserUnitId")}
        className="sm:col-span-2"
      />
      <FormDateTimeField
        control={form.control}
        name="startsAt"
        label={t("scheduling.fields.startsAt")}
        error={errors.startsAt?.message}
      />
      <FormDateTimeField
        control={form.control}
        name="endsAt"
        label={t("scheduling.fields.endsAt")}
        error={errors.endsAt?.message}
      />
      {/* A warning, not a refusal: a conference on a Saturday or a holiday is sometimes what is meant. */}
      <p aria-live="polite" className="empty:sr-only sm:col-span-2">
        {dayOffView && (
          <span className="block rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t(`scheduling.conflicts.${dayOffView.kind}`, dayOffView.params)}
          </span>
        )}
      </p>
      <TextAreaField
        label={t("scheduling.fields.description")}
        maxLength={5000}
        error={errors.description?.message}
        {...form.register("description")}
        className="sm:col-span-2"
      />
      {!existing && (
        <>
          <SelectField
            label={t("scheduling.fields.repeat")}
            options={REPEATS.map((r) => ({ value: r, label: t(`scheduling.repeat.${r}`) }))}
            {...form.register("repeat")}
          />
          <TextField
            label={t("scheduling.fields.repeatCount")}
            type="number"
            min={2}
            max={52}
            inputMode="numeric"
            error={errors.repeatCount?.message}
            {...form.register("repeatCount")}
          />
        </>
      )}
      <CheckboxField label={t("scheduling.fields.confidential")} {...form.register("confidential")} />
      <CheckboxField
        label={t("scheduling.fields.urgent")}
        hint={t("scheduling.fields.urgentHint")}
        {...form.register("urgent")}
      />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t(existing ? "common.save" : "scheduling.create")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
