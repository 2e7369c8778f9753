"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import {
  addConclusionSchema,
  returnMinutesSchema,
  updateConclusionSchema,
  updateHeaderSchema,
} from "@/lib/minutes/schema";
import {
  addConclusionAction,
  removeConclusionAction,
  returnMinutesAction,
  updateConclusionAction,
  updateHeaderAction,
} from "@/lib/minutes/actions";
import { TextField } from "@/components/form/text-field";
import { TextAreaField } from "@/components/form/text-area-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import type { Option } from "@/lib/options/query";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { ActionButton } from "./action-button";
import { useDraftVersion } from "./draft-version";
import { FormDateField, FormDateTimeField } from "@/components/form/date-fields";

type HeaderInput = z.input<typeof updateHeaderSchema>;

/** Times, place and secretary as they really were. */
export function MinutesHeaderForm({ defaults }: { defaults: HeaderInput }) {
  const t = useTranslations();
  const router = useRouter();
  const draft = useDraftVersion();
  const form = useForm<HeaderInput, unknown, z.output<typeof updateHeaderSchema>>({
    resolver: zodResolver(updateHeaderSchema),
    defaultValues: defaults,
  });
  // Section saves and conclusions move the minutes to new versions while this form stays open.
  const save = (input: HeaderInput) =>
    draft.write(draft.settled().then((version) => updateHeaderAction({ ...input, version })));
  const { onSubmit, message } = useActionForm(form, save, () => router.refresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          {message.ok ? (
            <FormAlert tone="success" message={t("minutes.headerSaved")} />
          ) : (
            <FormAlert message={t(message.key)} />
          )}
        </div>
      )}
      <FormDateTimeField
        control={form.control}
        name="startedAt"
        label={t("minutes.startedAt")}
        error={e.startedAt?.message}
      />
      <FormDateTimeField
        control={form.control}
        name="endedAt"
        label={t("minutes.endedAt")}
        error={e.endedAt?.message}
      />
      <TextField
        className="sm:col-span-2"
        label={t("minutes.place")}
        maxLength={500}
        error={e.place?.message}
        {...form.register("place")}
      />
      <TextField
        label={t("minutes.secretaryName")}
        maxLength={200}
        error={e.secretaryName?.message}
        {...form.register("secretaryName")}
      />
      <TextField
        label={t("minutes.secretaryTitle")}
        maxLength={300}
        error={e.secretaryTitle?.message}
        {...form.register("secretaryTitle")}
      />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("minutes.saveHeader")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}

type ConclusionInput = z.input<typeof addConclusionSchema> & { id?: string; version?: number };

/** Adds a conclusion, or edits one when `existing` is given; the unit pickers offer units existing at `at`, the meeting's start. */
export function ConclusionForm({
  minutesId,
  at,
  existing,
  onDone,
}: {
  minutesId: string;
  at: string;
  existing?: {
    id: string;
    version: number;
    content: string;
    leadUnit: Option | null;
    cooperators: Option[];
    deadline: string;
  };
  onDone?: () => void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const schema = existing ? updateConclusionSchema : addConclusionSchema;
  const form = useForm<ConclusionInput>({
    resolver: zodResolver(schema) as never,
    defaultValues: existing
      ? {
          id: existing.id,
          version: existing.version,
          minutesId,
          content: existing.content,
          leadUnitId: existing.leadUnit?.id ?? "",
          cooperatorIds: existing.cooperators.map((u) => u.id),
          deadline: existing.deadline,
        }
      : { minutesId, content: "", leadUnitId: "", cooperatorIds: [], deadline: "" },
  });
  const draft = useDraftVersion();
  const action = (input: ConclusionInput) =>
    draft.write(
      existing ? updateConclusionAction(input as z.input<typeof updateConclusionSchema>) : addConclusionAction(input),
    );
  const { onSubmit, message } = useActionForm(form, action, () => {
    if (!existing) form.reset();
    onDone?.();
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      {message && !message.ok && (
        <div className="sm:col-span-2">
          <FormAlert message={t(message.key)} />
        </div>
      )}
      <TextAreaField
        className="sm:col-span-2"
        rows={3}
        label={t("minutes.conclusions.content")}
        maxLength={2000}
        error={e.content?.message}
        {...form.register("content")}
      />
      <SearchCombobox
        control={form.control}
        name="leadUnitId"
        label={t("minutes.conclusions.leadUnit")}
        source={{ list: "units", purpose: "meeting", at }}
        selected={existing?.leadUnit}
        noneLabel={t("minutes.conclusions.noLead")}
        error={e.leadUnitId?.message}
      />
      <FormDateField
        control={form.control}
        name="deadline"
        label={t("minutes.conclusions.deadline")}
        error={e.deadline?.message}
      />
      <SearchCombobox
        multiple
        className="sm:col-span-2"
        control={form.control}
        name="cooperatorIds"
        label={t("minutes.conclusions.cooperators")}
        source={{ list: "units", purpose: "meeting", at }}
        selected={existing?.cooperators}
        hint={t("minutes.conclusions.cooperatorsHint")}
        error={(e.cooperatorIds as { message?: string } | undefined)?.message}
      />
      <div className="flex gap-2 sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={existing ? t("minutes.conclusions.save") : t("minutes.conclusions.add")}
          pendingLabel={t("common.saving")}
        />
        {onDone && (
          <button
            type="button"
            onClick={onDone}
            className="min-h-11 rounded-md border border-slate-300 px-4 font-medium hover:bg-slate-100"
          >
            {t("minutes.conclusions.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}

/** A conclusion with its edit form behind a button. */
export function EditableConclusion({
  children,
  ...props
}: Parameters<typeof ConclusionForm>[0] & {
  existing: NonNullable<Parameters<typeof ConclusionForm>[0]["existing"]>;
  children: React.ReactNode;
}) {
  const t = useTranslations("minutes.conclusions");
  const draft = useDraftVersion();
  const [editing, setEditing] = useState(false);
  if (editing) return <ConclusionForm {...props} onDone={() => setEditing(false)} />;
  return (
    <div className="flex flex-col gap-2">
      {children}
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="button"
          onClick={() => setEditing(true)}
          className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
        >
          {t("edit")}
        </button>
        <ActionButton
          action={(input: { id: string; version: number }) => draft.write(removeConclusionAction(input))}
          input={{ id: props.existing.id, version: props.existing.version }}
          label={t("remove")}
          confirm={t("removeConfirm")}
          style="secondary"
        />
      </div>
    </div>
  );
}

/** The chair sends the minutes back with a comment. */
export function ReturnMinutesForm({ minutesId, version }: { minutesId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof returnMinutesSchema>, unknown, z.output<typeof returnMinutesSchema>>({
    resolver: zodResolver(returnMinutesSchema),
    defaultValues: { minutesId, version, comment: "" },
  });
  const { onSubmit, message } = useActionForm(form, returnMinutesAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      {message && !message.ok && <FormAlert message={t(message.key)} />}
      <TextAreaField
        label={t("minutes.review.comment")}
        rows={3}
        maxLength={4000}
        error={form.formState.errors.comment?.message}
        {...form.register("comment")}
      />
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("minutes.review.return")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
