"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { recordUnitChangeSchema, type RecordUnitChangeInput, type RecordUnitChangeOutput } from "@/lib/units/schema";
import { recordUnitChangeAction } from "@/lib/units/actions";
import { UNIT_CHANGES, type UnitChange } from "@/lib/units/change";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormDateField } from "@/components/form/date-fields";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

type Successor = "new" | "existing";
const blankUnit = { name: "", shortName: "" };

/** The form's values for a change and a kind of successor: only the fields that change uses are filled. */
function valuesFor(unitId: string, change: UnitChange, successor: Successor, kept?: RecordUnitChangeInput) {
  const createsOne = change === "rename" || (change === "merger" && successor === "new");
  return {
    change,
    ceasingUnitIds: change === "merger" && Array.isArray(kept?.ceasingUnitIds) ? kept.ceasingUnitIds : [unitId],
    successorIds: change === "merger" && successor === "existing" ? "" : [],
    newUnits: createsOne ? [blankUnit] : change === "split" ? [blankUnit, blankUnit] : [],
    effectiveOn: kept?.effectiveOn ?? "",
    legalBasis: kept?.legalBasis ?? "",
  } satisfies RecordUnitChangeInput;
}

/**
 * Records what happened to this unit from a day: merged with others into one unit (new or existing),
 * renamed, split, or closed. Nothing can undo it, so it asks before saving; the page then moves to
 * what followed.
 */
export function UnitChangeForm({ unit }: { unit: { id: string; name: string } }) {
  const t = useTranslations();
  const router = useRouter();
  const [successor, setSuccessor] = useState<Successor>("new");
  const form = useForm<RecordUnitChangeInput, unknown, RecordUnitChangeOutput>({
    resolver: zodResolver(recordUnitChangeSchema),
    defaultValues: valuesFor(unit.id, "merger", "new"),
  });
  const rows = useFieldArray({ control: form.control, name: "newUnits" });
  const change = useWatch({ control: form.control, name: "change" }) as UnitChange;
  const reset = (next: UnitChange, kind: Successor) => {
    setSuccessor(kind);
    form.reset(valuesFor(unit.id, next, kind, form.getValues()));
  };
  const record = async (values: RecordUnitChangeInput) => {
    if (!window.confirm(t("unitAdmin.change.confirm", { name: unit.name }))) return { ok: false as const, message: "" };
    return recordUnitChangeAction(values);
  };
  const { onSubmit, message } = useActionForm(form, record, (data) => {
    const next = data.successors[0];
    if (next) router.push(`/units/${next.id}`);
    else router.refresh();
  });
  const e = form.formState.errors;
  const details = message?.details as { units?: string[] } | undefined;
  const newUnitsError = e.newUnits?.root?.message ?? e.newUnits?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && !message.ok && message.key && (
        <div className="sm:col-span-2">
          <FormAlert
            message={[t(message.key), details?.units?.length ? details.units.join(", ") : ""].filter(Boolean).join(" ")}
          />
        </div>
      )}
      <SelectField
        label={t("unitAdmin.change.kind")}
        options={UNIT_CHANGES.map((c) => ({ value: c, label: t(`unitAdmin.change.${c}`) }))}
        error={e.change?.message}
        {...form.register("change", { onChange: (event) => reset(event.target.value as UnitChange, "new") })}
      />
      <FormDateField
        control={form.control}
        name="effectiveOn"
        label={t("unitAdmin.change.effectiveOn")}
        hint={t("unitAdmin.change.effectiveOnHint")}
        error={e.effectiveOn?.message}
      />
      <p className="text-sm text-slate-700 sm:col-span-2">{t(`unitAdmin.change.hint.${change}`)}</p>

      {change === "merger" && (
        <>
          <SearchCombobox
            control={form.control}
            name="ceasingUnitIds"
            multiple
            label={t("unitAdmin.change.mergedUnits")}
            hint={t("unitAdmin.change.mergedUnitsHint")}
            source={{ list: "units", purpose: "unit-change" }}
            selected={[{ id: unit.id, label: unit.name }]}
            error={e.ceasingUnitIds?.message}
            className="sm:col-span-2"
          />
          <fieldset className="sm:col-span-2">
            <legend className="text-sm font-medium text-slate-800">{t("unitAdmin.change.mergedInto")}</legend>
            <div className="mt-1 flex flex-wrap gap-x-6">
              {(["new", "existing"] as const).map((kind) => (
                <label key={kind} className="flex min-h-11 items-center gap-2 text-sm">
                  <input
                    type="radio"
                    name="successor-kind"
                    className="size-5"
                    checked={successor === kind}
                    onChange={() => reset("merger", kind)}
                  />
                  {t(`unitAdmin.change.successor.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
        </>
      )}

      {change === "merger" && successor === "existing" && (
        <SearchCombobox
          control={form.control}
          name="successorIds"
          label={t("unitAdmin.change.existingSuccessor")}
          source={{ list: "units", purpose: "unit-change" }}
          error={e.successorIds?.message}
          className="sm:col-span-2"
        />
      )}
      {change === "split" && (
        <SearchCombobox
          control={form.control}
          name="successorIds"
          multiple
          label={t("unitAdmin.change.existingParts")}
          hint={t("unitAdmin.change.existingPartsHint")}
          source={{ list: "units", purpose: "unit-change" }}
          error={e.successorIds?.message}
          className="sm:col-span-2"
        />
      )}

      {rows.fields.map((row, i) => (
        <fieldset
          key={row.id}
          className="grid gap-4 rounded-md border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-2"
        >
          <legend className="px-1 text-sm font-medium text-slate-800">
            {change === "split" ? t("unitAdmin.change.newPart", { number: i + 1 }) : t("unitAdmin.change.newUnit")}
          </legend>
          <TextField
            label={t(change === "rename" ? "unitAdmin.change.newName" : "units.name")}
            maxLength={200}
            error={e.newUnits?.[i]?.name?.message}
            {...form.register(`newUnits.${i}.name`)}
          />
          <TextField
            label={t("unitAdmin.shortName")}
            maxLength={200}
            error={e.newUnits?.[i]?.shortName?.message}
            {...form.register(`newUnits.${i}.shortName`)}
          />
          {change === "split" && (
            <button
              type="button"
              onClick={() => rows.remove(i)}
              className="min-h-11 justify-self-start text-sm font-medium text-brand-700 underline"
            >
              {t("unitAdmin.change.removePart", { number: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      {change === "split" && (
        <button
          type="button"
          onClick={() => rows.append(blankUnit)}
          className="inline-flex min-h-11 items-center justify-self-start rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:col-span-2"
        >
          {t("unitAdmin.change.addPart")}
        </button>
      )}
      {newUnitsError && <p className="text-sm text-red-700 sm:col-span-2">{t(newUnitsError)}</p>}

      <TextField
        label={t("unitAdmin.change.legalBasis")}
        hint={t("unitAdmin.change.legalBasisHint")}
        maxLength={300}
        error={e.legalBasis?.message}
        {...form.register("legalBasis")}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t(`unitAdmin.change.submit.${change}`)}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
