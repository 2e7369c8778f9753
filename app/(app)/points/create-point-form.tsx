"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  createConnectionPointSchema,
  type CreateConnectionPointInput,
  type CreateConnectionPointOutput,
} from "@/lib/points/schema";
import { createConnectionPointAction } from "@/lib/points/actions";
import { TextField } from "@/components/form/text-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

export function CreatePointForm() {
  const t = useTranslations();
  const router = useRouter();
  const defaults: CreateConnectionPointInput = {
    name: "",
    hostUnitId: "",
    address: "",
    room: "",
    capacity: "",
    equipment: "",
    technicianName: "",
    technicianPhone: "",
    videoLink: "",
  };
  const form = useForm<CreateConnectionPointInput, unknown, CreateConnectionPointOutput>({
    resolver: zodResolver(createConnectionPointSchema),
    defaultValues: defaults,
  });
  const { onSubmit, message } = useActionForm(form, createConnectionPointAction, () => {
    form.reset(defaults);
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("points.created") : t(message.key)}
          />
        </div>
      )}
      <TextField
        label={t("points.name")}
        maxLength={200}
        error={e.name?.message}
        {...form.register("name")}
        className="sm:col-span-2"
      />
      <SearchCombobox
        control={form.control}
        name="hostUnitId"
        label={t("points.host")}
        source={{ list: "units", purpose: "point-host" }}
        error={e.hostUnitId?.message}
      />
      <TextField label={t("points.room")} maxLength={100} error={e.room?.message} {...form.register("room")} />
      <TextField
        label={t("points.address")}
        maxLength={300}
        error={e.address?.message}
        {...form.register("address")}
        className="sm:col-span-2"
      />
      <TextField
        label={t("points.capacity")}
        type="number"
        inputMode="numeric"
        min={1}
        error={e.capacity?.message}
        {...form.register("capacity")}
      />
      <TextField
        label={t("points.equipment")}
        maxLength={500}
        error={e.equipment?.message}
        {...form.register("equipment")}
      />
      <TextField
        label={t("points.technician")}
        maxLength={120}
        error={e.technicianName?.message}
        {...form.register("technicianName")}
      />
      <TextField
        label={t("points.technicianPhone")}
        type="tel"
        maxLength={30}
        error={e.technicianPhone?.message}
        {...form.register("technicianPhone")}
      />
      <TextField
        label={t("points.link")}
        type="url"
        maxLength={500}
        error={e.videoLink?.message}
        {...form.register("videoLink")}
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
