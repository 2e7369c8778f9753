"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { updateUnitSchema, type UpdateUnitInput, type UpdateUnitOutput } from "@/lib/units/schema";
import { updateUnitAction } from "@/lib/units/actions";
import type { Option } from "@/lib/options/query";
import { TextField } from "@/components/form/text-field";
import { TextAreaField } from "@/components/form/text-area-field";
import { SelectField } from "@/components/form/select-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

type Props = { values: UpdateUnitInput; parent: Option | null; blocks: Record<string, string> };

/** Corrects a unit's record over the version the page loaded; a colleague's newer save refuses it. */
export function UnitForm({ values, parent, blocks }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<UpdateUnitInput, unknown, UpdateUnitOutput>({
    resolver: zodResolver(updateUnitSchema),
    defaultValues: values,
  });
  // After a save (or a change recorded below) the page reloads the unit: the form names that version.
  useEffect(() => {
    form.reset(values);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [values.version]);
  const { onSubmit, message } = useActionForm(form, updateUnitAction, () => router.refresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={t(message.ok ? "unitAdmin.saved" : message.key)}
          />
        </div>
      )}
      <TextField
        label={t("units.name")}
        maxLength={200}
        error={e.name?.message}
        {...form.register("name")}
        className="sm:col-span-2"
      />
      <TextField
        label={t("unitAdmin.shortName")}
        hint={t("unitAdmin.shortNameHint")}
        maxLength={200}
        error={e.shortName?.message}
        {...form.register("shortName")}
      />
      <TextField
        label={t("unitAdmin.documentSymbol")}
        hint={t("unitAdmin.documentSymbolHint")}
        maxLength={30}
        error={e.documentSymbol?.message}
        {...form.register("documentSymbol")}
      />
      <TextField
        label={t("unitAdmin.placeName")}
        hint={t("unitAdmin.placeNameHint")}
        maxLength={100}
        error={e.placeName?.message}
        {...form.register("placeName")}
      />
      <SelectField
        label={t("units.block")}
        error={e.block?.message}
        options={Object.entries(blocks).map(([value, label]) => ({ value, label }))}
        {...form.register("block")}
      />
      <SearchCombobox
        control={form.control}
        name="parentId"
        label={t("units.parent")}
        source={{ list: "units", purpose: "unit-parent" }}
        selected={parent}
        noneLabel={t("units.noParent")}
        error={e.parentId?.message}
        className="sm:col-span-2"
      />
      <TextAreaField
        label={t("unitAdmin.contactEmail")}
        rows={2}
        hint={t("unitAdmin.contactEmailHint")}
        error={e.contactEmail?.message}
        {...form.register("contactEmail")}
        className="sm:col-span-2"
      />
      <div className="sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("common.save")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
