"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  endAppointmentSchema,
  moveOfficialSchema,
  type EndAppointmentInput,
  type EndAppointmentOutput,
  type MoveOfficialInput,
  type MoveOfficialOutput,
} from "@/lib/officials/schema";
import { endAppointmentAction, moveOfficialAction } from "@/lib/officials/actions";
import { formatDate } from "@/lib/datetime/vietnam";
import { TextField } from "@/components/form/text-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormDateField } from "@/components/form/date-fields";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

type Props = { id: string; version: number };

/** Moves the official to another post from a day: the current one ends then and stays in the history. */
export function MoveOfficialForm({ id, version }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<MoveOfficialInput, unknown, MoveOfficialOutput>({
    resolver: zodResolver(moveOfficialSchema),
    values: { id, version, title: "", unitId: "", effectiveOn: "" },
  });
  const { onSubmit, message } = useActionForm(form, moveOfficialAction, () => router.refresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={t(message.ok ? "officialAdmin.move.done" : message.key)}
          />
        </div>
      )}
      <TextField
        label={t("officialAdmin.move.newTitle")}
        maxLength={200}
        error={e.title?.message}
        {...form.register("title")}
      />
      <SearchCombobox
        control={form.control}
        name="unitId"
        label={t("officialAdmin.move.newUnit")}
        source={{ list: "units", purpose: "official-unit" }}
        error={e.unitId?.message}
      />
      <FormDateField
        control={form.control}
        name="effectiveOn"
        label={t("officialAdmin.move.from")}
        error={e.effectiveOn?.message}
      />
      <div className="self-end">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("officialAdmin.move.submit")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}

/** Ends the appointment on a day; refused while the official still chairs a meeting from that day on. */
export function EndAppointmentForm({ id, version }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<EndAppointmentInput, unknown, EndAppointmentOutput>({
    resolver: zodResolver(endAppointmentSchema),
    values: { id, version, effectiveOn: "" },
  });
  const { onSubmit, message } = useActionForm(form, endAppointmentAction, () => router.refresh());
  const e = form.formState.errors;
  const ahead = message?.details as { count: number; next: string } | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && !message.ok && (
        <div className="sm:col-span-2">
          <FormAlert
            message={
              ahead ? t(message.key, { count: ahead.count, date: formatDate(new Date(ahead.next)) }) : t(message.key)
            }
          />
        </div>
      )}
      <FormDateField
        control={form.control}
        name="effectiveOn"
        label={t("officialAdmin.end.on")}
        hint={t("officialAdmin.end.onHint")}
        error={e.effectiveOn?.message}
      />
      <div className="self-end">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("officialAdmin.end.submit")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
