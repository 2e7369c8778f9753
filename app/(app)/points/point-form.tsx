"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import {
  createConnectionPointSchema,
  updateConnectionPointSchema,
  type CreateConnectionPointInput,
  type CreateConnectionPointOutput,
  type UpdateConnectionPointInput,
} from "@/lib/points/schema";
import { createConnectionPointAction, updateConnectionPointAction } from "@/lib/points/actions";
import type { ActionResult } from "@/lib/action";
import { TextField } from "@/components/form/text-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

const EMPTY: CreateConnectionPointInput = {
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

/** A point as the edit form opens with it: its fields, its host by name, and when it was last saved. */
export interface EditedPoint {
  id: string;
  updatedAt: string;
  host: { id: string; label: string };
  values: CreateConnectionPointInput;
}

// With `existing` the form edits that point (naming the version it loaded), otherwise it registers a new one.
export function PointForm({ existing }: { existing?: EditedPoint }) {
  const t = useTranslations();
  const router = useRouter();
  const loaded = (p: EditedPoint): UpdateConnectionPointInput => ({ ...p.values, id: p.id, updatedAt: p.updatedAt });
  // One form type for both; creating leaves `id` and `updatedAt` empty, and its schema does not read them.
  const resolver = existing ? zodResolver(updateConnectionPointSchema) : zodResolver(createConnectionPointSchema);
  const form = useForm<UpdateConnectionPointInput, unknown, CreateConnectionPointOutput>({
    resolver: resolver as unknown as Resolver<UpdateConnectionPointInput, unknown, CreateConnectionPointOutput>,
    defaultValues: existing ? loaded(existing) : { ...EMPTY, id: "", updatedAt: "" },
  });
  // After a save or a retirement the page reloads the point: the form then shows (and names) that version.
  useEffect(() => {
    if (existing) form.reset(loaded(existing));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [existing?.updatedAt]);
  const action = (values: UpdateConnectionPointInput): Promise<ActionResult<unknown>> =>
    existing ? updateConnectionPointAction(values) : createConnectionPointAction(values);
  const { onSubmit, message } = useActionForm(form, action, () => {
    if (!existing) form.reset({ ...EMPTY, id: "", updatedAt: "" });
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-4 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t(existing ? "pointAdmin.saved" : "points.created") : t(message.key)}
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
        selected={existing?.host ?? null}
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
