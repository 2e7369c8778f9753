"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  createOfficialSchema,
  updateOfficialSchema,
  type CreateOfficialInput,
  type UpdateOfficialInput,
  type UpdateOfficialOutput,
} from "@/lib/officials/schema";
import { createOfficialAction, updateOfficialAction } from "@/lib/officials/actions";
import type { ActionResult } from "@/lib/action";
import type { Option } from "@/lib/options/query";
import { TextField } from "@/components/form/text-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormDateField } from "@/components/form/date-fields";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

type Values = UpdateOfficialInput & Pick<CreateOfficialInput, "validFrom">;
const EMPTY: Values = { id: "", version: 1, fullName: "", title: "", unitId: "", email: "", phone: "", validFrom: "" };

/** An official as the edit form opens with them: the record, the unit by name, the version loaded. */
export interface EditedOfficial {
  values: UpdateOfficialInput;
  unit: Option;
}

// With `existing` the form corrects that official (over the version it loaded), otherwise it adds one.
export function OfficialForm({ existing }: { existing?: EditedOfficial }) {
  const t = useTranslations();
  const router = useRouter();
  // One form type for both; adding leaves `id` and `version` unused, correcting leaves `validFrom`.
  const resolver = existing ? zodResolver(updateOfficialSchema) : zodResolver(createOfficialSchema);
  const form = useForm<Values, unknown, UpdateOfficialOutput>({
    resolver: resolver as unknown as Resolver<Values, unknown, UpdateOfficialOutput>,
    defaultValues: existing ? { ...existing.values, validFrom: "" } : EMPTY,
  });
  useEffect(() => {
    if (existing) form.reset({ ...existing.values, validFrom: "" });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [existing?.values.version]);
  const action = (values: Values): Promise<ActionResult<unknown>> =>
    existing ? updateOfficialAction(values) : createOfficialAction(values);
  const { onSubmit, message } = useActionForm(form, action, () => {
    if (!existing) form.reset(EMPTY);
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={t(message.ok ? (existing ? "officialAdmin.saved" : "officialAdmin.created") : message.key)}
          />
        </div>
      )}
      <TextField
        label={t("officialAdmin.fullName")}
        hint={t("officialAdmin.fullNameHint")}
        maxLength={120}
        error={e.fullName?.message}
        {...form.register("fullName")}
      />
      <TextField
        label={t("officialAdmin.title")}
        hint={t("officialAdmin.titleHint")}
        maxLength={200}
        error={e.title?.message}
        {...form.register("title")}
      />
      <SearchCombobox
        control={form.control}
        name="unitId"
        label={t("officialAdmin.unit")}
        source={{ list: "units", purpose: "official-unit" }}
        selected={existing?.unit ?? null}
        error={e.unitId?.message}
      />
      {!existing && (
        <FormDateField
          control={form.control}
          name="validFrom"
          label={t("officialAdmin.validFrom")}
          hint={t("officialAdmin.validFromHint")}
          error={e.validFrom?.message}
        />
      )}
      <TextField
        label={t("officialAdmin.email")}
        type="email"
        maxLength={200}
        error={e.email?.message}
        {...form.register("email")}
      />
      <TextField
        label={t("officialAdmin.phone")}
        type="tel"
        maxLength={30}
        error={e.phone?.message}
        {...form.register("phone")}
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
