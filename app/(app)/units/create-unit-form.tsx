"use client";

import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createUnitSchema, type CreateUnitInput, type CreateUnitOutput } from "@/lib/units/schema";
import { createUnitAction } from "@/lib/units/actions";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { FormDateField } from "@/components/form/date-fields";

type Props = { kinds: Record<string, string>; blocks: Record<string, string> };

export function CreateUnitForm({ kinds, blocks }: Props) {
  const t = useTranslations();
  const form = useForm<CreateUnitInput, unknown, CreateUnitOutput>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { name: "", kind: "WARD", block: "GOVERNMENT", parentId: "", validFrom: "" },
  });
  const { onSubmit, message } = useActionForm(form, createUnitAction);
  const errors = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("units.created", { name: message.data?.name ?? "" }) : t(message.key)}
          />
        </div>
      )}
      <TextField
        label={t("units.name")}
        maxLength={200}
        error={errors.name?.message}
        {...form.register("name")}
        className="sm:col-span-2"
      />
      <SelectField
        label={t("units.kind")}
        error={errors.kind?.message}
        options={Object.entries(kinds).map(([value, label]) => ({ value, label }))}
        {...form.register("kind")}
      />
      <SelectField
        label={t("units.block")}
        error={errors.block?.message}
        options={Object.entries(blocks).map(([value, label]) => ({ value, label }))}
        {...form.register("block")}
      />
      <SearchCombobox
        control={form.control}
        name="parentId"
        label={t("units.parent")}
        source={{ list: "units", purpose: "unit-parent" }}
        noneLabel={t("units.noParent")}
        error={errors.parentId?.message}
      />
      <FormDateField
        control={form.control}
        name="validFrom"
        label={t("units.validFrom")}
        error={errors.validFrom?.message}
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
