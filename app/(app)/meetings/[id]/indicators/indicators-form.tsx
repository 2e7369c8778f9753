"use client";

import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { MAX_INDICATORS, saveIndicatorsSchema, type SaveIndicatorsInput } from "@/lib/indicators/schema";
import { saveIndicatorsAction } from "@/lib/indicators/actions";
import { parseVietnameseNumber, percentOfPlan } from "@/lib/indicators/numbers";
import { formatPercent } from "@/lib/datetime/vietnam";
import type { z } from "zod";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

export type IndicatorRowValues = {
  name: string;
  unitOfMeasure: string;
  plan: string;
  actual: string;
  target: string;
  note: string;
};

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40";
const emptyRow: IndicatorRowValues = { name: "", unitOfMeasure: "", plan: "", actual: "", target: "", note: "" };

function asNumber(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const n = parseVietnameseNumber(value);
  return n !== null && Number.isFinite(n) ? n : null;
}

/** The meeting's indicator table, edited and saved whole; % of plan is worked out as the figures are typed. */
export function IndicatorsForm({
  meetingId,
  loadedIds,
  rows,
}: {
  meetingId: string;
  loadedIds: string[];
  rows: IndicatorRowValues[];
}) {
  const t = useTranslations("indicators");
  const tAll = useTranslations();
  const router = useRouter();
  const form = useForm<SaveIndicatorsInput, unknown, z.output<typeof saveIndicatorsSchema>>({
    resolver: zodResolver(saveIndicatorsSchema),
    defaultValues: { meetingId, loadedIds, rows },
  });
  const fields = useFieldArray({ control: form.control, name: "rows" });
  const values = useWatch({ control: form.control, name: "rows" });
  const { onSubmit, message } = useActionForm(form, saveIndicatorsAction, (data) => {
    // The saved rows have new ids: the next save names them, so it is not taken for a stale one.
    form.reset({ ...form.getValues(), loadedIds: data.ids });
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      {message &&
        (message.ok ? (
          <FormAlert tone="success" message={t("saved")} />
        ) : (
          <FormAlert message={tAll.has(message.key) ? tAll(message.key) : message.key} />
        ))}
      {fields.fields.length === 0 && (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-center text-slate-600">
          {t("empty")}
        </p>
      )}
      <ol className="grid gap-3">
        {fields.fields.map((field, index) => {
          const re = e.rows?.[index];
          const row = values?.[index];
          const percent = percentOfPlan(asNumber(row?.plan), asNumber(row?.actual));
          return (
            <li key={field.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <fieldset className="grid gap-3 sm:grid-cols-6">
                <legend className="sr-only">{t("rowNumber", { number: index + 1 })}</legend>
                <TextField
                  label={t("fields.name")}
                  maxLength={300}
                  error={re?.name?.message}
                  {...form.register(`rows.${index}.name`)}
                  className="sm:col-span-4"
                />
                <TextField
                  label={t("fields.unitOfMeasure")}
                  maxLength={50}
                  error={re?.unitOfMeasure?.message}
                  {...form.register(`rows.${index}.unitOfMeasure`)}
                  className="sm:col-span-2"
                />
                <TextField
                  label={t("fields.plan")}
                  inputMode="decimal"
                  error={re?.plan?.message}
                  {...form.register(`rows.${index}.plan`)}
                  className="sm:col-span-2"
                />
                <TextField
                  label={t("fields.actual")}
                  inputMode="decimal"
                  error={re?.actual?.message}
                  {...form.register(`rows.${index}.actual`)}
                  className="sm:col-span-2"
                />
                <TextField
                  label={t("fields.target")}
                  inputMode="decimal"
                  error={re?.target?.message}
                  {...form.register(`rows.${index}.target`)}
                  className="sm:col-span-2"
                />
                <TextField
                  label={t("fields.note")}
                  maxLength={500}
                  error={re?.note?.message}
                  {...form.register(`rows.${index}.note`)}
                  className="sm:col-span-4"
                />
                <p className="self-end text-sm sm:col-span-2" aria-live="polite">
                  <span className="text-slate-600">{t("percentOfPlan")}: </span>
                  <span className="font-semibold tabular-nums">{percent === null ? "—" : formatPercent(percent)}</span>
                </p>
                <div className="flex flex-wrap gap-2 sm:col-span-6">
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === 0}
                    onClick={() => fields.move(index, index - 1)}
                    aria-label={t("moveUp", { number: index + 1 })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className={smallButton}
                    disabled={index === fields.fields.length - 1}
                    onClick={() => fields.move(index, index + 1)}
                    aria-label={t("moveDown", { number: index + 1 })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className={`${smallButton} text-red-800`}
                    onClick={() => fields.remove(index)}
                    aria-label={t("remove", { number: index + 1 })}
                  >
                    {t("removeShort")}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          className={smallButton}
          disabled={fields.fields.length >= MAX_INDICATORS}
          onClick={() => fields.append(emptyRow)}
        >
          + {t("add")}
        </button>
        <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={tAll("common.saving")} />
      </div>
      <p className="text-sm text-slate-600">{t("numbersHint")}</p>
    </form>
  );
}
