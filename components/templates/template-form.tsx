"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { meetingKinds } from "@/lib/meetings/schema";
import {
  createTemplateSchema,
  MAX_TEMPLATE_ITEMS,
  type TemplateInput,
  type TemplateOutput,
} from "@/lib/templates/schema";
import { PLACEHOLDERS } from "@/lib/templates/placeholders";
import { createTemplateAction, updateTemplateAction } from "@/lib/templates/actions";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { CheckboxField } from "@/components/form/checkbox-field";
import { TextAreaField } from "@/components/form/text-area-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

type Props = {
  /** When editing: the version the form was loaded from and its values. */
  existing?: { id: string; itemIds: string[]; values: TemplateInput };
};

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40";

const emptyItem = { title: "", presenterRole: "", durationMinutes: 10, optional: false, minutesSkeleton: "" };

/** Create or edit a template: its items in order, each with the skeleton of its minutes section. */
export function TemplateForm({ existing }: Props) {
  const t = useTranslations("templates");
  const tAll = useTranslations();
  const router = useRouter();
  const form = useForm<TemplateInput, unknown, TemplateOutput>({
    resolver: zodResolver(createTemplateSchema),
    defaultValues: existing?.values ?? { name: "", kind: "", description: "", items: [emptyItem] },
  });
  const items = useFieldArray({ control: form.control, name: "items" });
  const { onSubmit, message } = useActionForm(
    form,
    async (values): Promise<ActionResult<{ id: string }>> =>
      existing
        ? updateTemplateAction({ ...values, id: existing.id, itemIds: existing.itemIds })
        : createTemplateAction(values),
    (data) => {
      router.push(`/templates/${data.id}`);
      router.refresh();
    },
  );
  const e = form.formState.errors;
  const itemsError = (e.items as { message?: string } | undefined)?.message ?? e.items?.root?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {message && !message.ok && <FormAlert message={tAll.has(message.key) ? tAll(message.key) : message.key} />}
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <TextField
          label={t("fields.name")}
          maxLength={200}
          error={e.name?.message}
          {...form.register("name")}
          className="sm:col-span-2"
        />
        <SelectField
          label={t("fields.kind")}
          options={[
            { value: "", label: t("anyKind") },
            ...meetingKinds.map((k) => ({ value: k, label: tAll(`meetingKind.${k}`) })),
          ]}
          error={e.kind?.message}
          {...form.register("kind")}
        />
        <TextAreaField
          label={t("fields.description")}
          rows={3}
          maxLength={2000}
          error={e.description?.message}
          {...form.register("description")}
          className="sm:col-span-2"
        />
      </div>

      <fieldset className="grid gap-3">
        <legend className="mb-2 text-lg font-semibold">{t("fields.items")}</legend>
        {itemsError && <FormAlert message={tAll.has(itemsError) ? tAll(itemsError) : itemsError} />}
        <ol className="grid gap-3">
          {items.fields.map((field, index) => {
            const ie = e.items?.[index];
            return (
              <li key={field.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <fieldset className="grid gap-3 sm:grid-cols-[1fr_1fr_8rem]">
                  <legend className="sr-only">{t("itemNumber", { number: index + 1 })}</legend>
                  <p aria-hidden className="text-sm font-semibold text-slate-600 sm:col-span-3">
                    {t("itemNumber", { number: index + 1 })}
                  </p>
                  <TextField
                    label={t("fields.title")}
                    maxLength={300}
                    error={ie?.title?.message}
                    {...form.register(`items.${index}.title`)}
                    className="sm:col-span-3"
                  />
                  <TextField
                    label={t("fields.presenterRole")}
                    maxLength={200}
                    error={ie?.presenterRole?.message}
                    {...form.register(`items.${index}.presenterRole`)}
                    className="sm:col-span-2"
                  />
                  <TextField
                    label={t("fields.duration")}
                    type="number"
                    min={1}
                    max={600}
                    inputMode="numeric"
                    error={ie?.durationMinutes?.message}
                    {...form.register(`items.${index}.durationMinutes`)}
                  />
                  <TextAreaField
                    label={t("fields.skeleton")}
                    rows={3}
                    maxLength={5000}
                    error={ie?.minutesSkeleton?.message}
                    {...form.register(`items.${index}.minutesSkeleton`)}
                    className="sm:col-span-3"
                  />
                  <CheckboxField
                    label={t("fields.optional")}
                    {...form.register(`items.${index}.optional`)}
                    className="sm:col-span-3"
                  />
                  <div className="flex flex-wrap gap-2 sm:col-span-3">
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === 0}
                      onClick={() => items.move(index, index - 1)}
                      aria-label={t("moveUp", { number: index + 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={index === items.fields.length - 1}
                      onClick={() => items.move(index, index + 1)}
                      aria-label={t("moveDown", { number: index + 1 })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={`${smallButton} text-red-800`}
                      disabled={items.fields.length === 1}
                      onClick={() => items.remove(index)}
                    >
                      {t("removeItem")}
                    </button>
                  </div>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <div>
          <button
            type="button"
            className={smallButton}
            disabled={items.fields.length >= MAX_TEMPLATE_ITEMS}
            onClick={() => items.append(emptyItem)}
          >
            + {t("addItem")}
          </button>
        </div>
      </fieldset>

      <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <summary className="cursor-pointer font-medium">{t("placeholders.title")}</summary>
        <p className="mt-2 text-slate-700">{t("placeholders.intro")}</p>
        <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {PLACEHOLDERS.map((p) => (
            <div key={p} className="contents">
              <dt>
                <code className="rounded bg-slate-100 px-1">{`{{${p}}}`}</code>
              </dt>
              <dd className="text-slate-700">{t(`placeholders.${p.replace(".", "_")}`)}</dd>
            </div>
          ))}
        </dl>
      </details>

      {existing && <p className="text-sm text-slate-700">{t("versionHint")}</p>}
      <div>
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={tAll("common.save")}
          pendingLabel={tAll("common.saving")}
        />
      </div>
    </form>
  );
}
