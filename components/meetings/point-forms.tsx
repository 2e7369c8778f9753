"use client";

import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import {
  addPointSchema,
  inviteUnitsSchema,
  recordTechTestSchema,
  sendInvitationsSchema,
  updatePointSchema,
} from "@/lib/meetings/schema";
import {
  addPointAction,
  inviteUnitsAction,
  recordTechTestAction,
  removeInvitationAction,
  sendInvitationsAction,
  updatePointAction,
} from "@/lib/meetings/actions";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { CheckboxField } from "@/components/form/checkbox-field";
import { FormAlert } from "@/components/form/form-alert";
import { SearchCombobox } from "@/components/form/search-combobox";
import type { Option } from "@/lib/options/query";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { reopenInvitationAction } from "@/lib/invitations/actions";
import { ConflictList, type ConflictDetails } from "./conflict-list";
import { FormDateTimeField } from "@/components/form/date-fields";
import { LazyDetails } from "@/components/lazy-details";

function useRefresh() {
  const router = useRouter();
  return () => router.refresh();
}

/** The outcome of a form: an error with the conflicts behind it, or a short confirmation. */
function Outcome({
  message,
  success,
}: {
  message: { key: string; ok: boolean; details?: unknown } | null;
  success: string;
}) {
  const t = useTranslations();
  if (!message) return null;
  if (message.ok) return <FormAlert tone="success" message={success} />;
  return (
    <div>
      <FormAlert message={t(message.key)} />
      <ConflictList details={message.details as ConflictDetails | undefined} />
    </div>
  );
}

/** `at` is the meeting's start (ISO): the pickers offer what exists on that date. */
export function AddPointForm({ meetingId, at }: { meetingId: string; at: string }) {
  const t = useTranslations("scheduling");
  const form = useForm<z.input<typeof addPointSchema>, unknown, z.output<typeof addPointSchema>>({
    resolver: zodResolver(addPointSchema),
    defaultValues: { meetingId, connectionPointId: "", isMain: false, chairOfficialId: "", techTestAt: "" },
  });
  const refresh = useRefresh();
  // Back to the defaults after an add, so the next point does not inherit "main" or the chair.
  const { onSubmit, message } = useActionForm(form, addPointAction, () => {
    form.reset();
    refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Outcome message={message} success={t("points.added")} />
      </div>
      <SearchCombobox
        control={form.control}
        name="connectionPointId"
        label={t("points.point")}
        source={{ list: "connection-points" }}
        error={e.connectionPointId?.message}
      />
      <SearchCombobox
        control={form.control}
        name="chairOfficialId"
        label={t("points.chair")}
        source={{ list: "officials", at }}
        noneLabel={t("points.noChair")}
        error={e.chairOfficialId?.message}
      />
      <FormDateTimeField
        control={form.control}
        name="techTestAt"
        label={t("points.techTestAt")}
        error={e.techTestAt?.message}
      />
      <CheckboxField label={t("points.isMain")} {...form.register("isMain")} />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("points.add")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

/**
 * `chair` names the point's present chair, so the form opens showing it. `hostUnitId` is set when the
 * caller runs only this point as its host: the chair is then chosen among that unit's officials and the
 * main point is the organiser's to change.
 */
export function PointSettingsForm({
  point,
  chair,
  at,
  hostUnitId,
}: {
  point: { id: string; isMain: boolean; chairOfficialId: string | null; techTestAt: string };
  chair: Option | null;
  at: string;
  hostUnitId?: string;
}) {
  const t = useTranslations("scheduling");
  const form = useForm<z.input<typeof updatePointSchema>, unknown, z.output<typeof updatePointSchema>>({
    resolver: zodResolver(updatePointSchema),
    defaultValues: {
      pointId: point.id,
      isMain: point.isMain,
      chairOfficialId: point.chairOfficialId ?? "",
      techTestAt: point.techTestAt,
    },
  });
  const { onSubmit, message } = useActionForm(form, updatePointAction, useRefresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Outcome message={message} success={t("points.saved")} />
      </div>
      <SearchCombobox
        control={form.control}
        name="chairOfficialId"
        label={t("points.chair")}
        source={{ list: "officials", at, unitId: hostUnitId }}
        selected={chair}
        noneLabel={t("points.noChair")}
        error={e.chairOfficialId?.message}
      />
      <FormDateTimeField
        control={form.control}
        name="techTestAt"
        label={t("points.techTestAt")}
        error={e.techTestAt?.message}
      />
      {!hostUnitId && <CheckboxField label={t("points.isMain")} {...form.register("isMain")} />}
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("points.save")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

export function TechTestForm({ pointId }: { pointId: string }) {
  const t = useTranslations("scheduling");
  const tt = useTranslations("techTest");
  const form = useForm<z.input<typeof recordTechTestSchema>, unknown, z.output<typeof recordTechTestSchema>>({
    resolver: zodResolver(recordTechTestSchema),
    defaultValues: { pointId, result: "READY", note: "" },
  });
  const { onSubmit, message } = useActionForm(form, recordTechTestAction, useRefresh());
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[1fr_2fr_auto] sm:items-end">
      <div className="sm:col-span-3">
        <Outcome message={message} success={t("points.testRecorded")} />
      </div>
      <SelectField
        label={t("points.testResult")}
        options={(["READY", "PROBLEM"] as const).map((r) => ({ value: r, label: tt(r) }))}
        {...form.register("result")}
      />
      <TextField label={t("points.testNote")} maxLength={500} error={e.note?.message} {...form.register("note")} />
      <SubmitButton pending={form.formState.isSubmitting} label={t("points.recordTest")} pendingLabel={t("saving")} />
    </form>
  );
}

export function InviteUnitsForm({
  pointId,
  at,
  defaultDeadline,
}: {
  pointId: string;
  at: string;
  defaultDeadline: string;
}) {
  const t = useTranslations("scheduling");
  const tBlock = useTranslations("unitBlock");
  const form = useForm<z.input<typeof inviteUnitsSchema>, unknown, z.output<typeof inviteUnitsSchema>>({
    resolver: zodResolver(inviteUnitsSchema),
    defaultValues: {
      meetingPointId: pointId,
      how: "children",
      unitIds: [],
      parentUnitId: "",
      block: "FRONT_AND_MASS",
      seats: 1,
      answerDeadline: defaultDeadline,
    },
  });
  const how = useWatch({ control: form.control, name: "how" });
  const { onSubmit, message } = useActionForm(form, inviteUnitsAction, useRefresh());
  const e = form.formState.errors;
  const invited = message?.ok ? (message.data as { invited: number; alreadyInvited: number } | undefined) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <Outcome
          message={message}
          success={t("invite.done", { invited: invited?.invited ?? 0, already: invited?.alreadyInvited ?? 0 })}
        />
      </div>
      <SelectField
        label={t("invite.how")}
        options={(["children", "block", "units"] as const).map((h) => ({ value: h, label: t(`invite.hows.${h}`) }))}
        {...form.register("how")}
        className="sm:col-span-2"
      />
      {how === "units" ? (
        <SearchCombobox
          multiple
          className="sm:col-span-2"
          control={form.control}
          name="unitIds"
          label={t("invite.units")}
          source={{ list: "units", purpose: "meeting", at }}
          hint={t("invite.unitsHint")}
          error={e.unitIds?.message}
        />
      ) : (
        <SearchCombobox
          control={form.control}
          name="parentUnitId"
          label={t("invite.parent")}
          source={{ list: "units", purpose: "meeting-parent", at }}
          error={e.parentUnitId?.message}
        />
      )}
      {how === "block" && (
        <SelectField
          label={t("invite.block")}
          options={(["PARTY", "GOVERNMENT", "FRONT_AND_MASS", "PUBLIC_SERVICE"] as const).map((b) => ({
            value: b,
            label: tBlock(b),
          }))}
          error={e.block?.message}
          {...form.register("block")}
        />
      )}
      <TextField
        label={t("invite.seats")}
        type="number"
        min={1}
        max={50}
        inputMode="numeric"
        error={e.seats?.message}
        {...form.register("seats")}
      />
      <FormDateTimeField
        control={form.control}
        name="answerDeadline"
        label={t("invite.deadline")}
        error={e.answerDeadline?.message}
      />
      <div className="sm:col-span-2">
        <SubmitButton pending={form.formState.isSubmitting} label={t("invite.submit")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

/**
 * A point's three forms on the meeting page, each behind a disclosure that renders it when first opened:
 * at 50 points a page, the forms and their pickers rendered eagerly were most of the page's HTML. Only
 * these props travel with the page; the pickers fetch their options once a form is open, as before.
 */
export function PointForms({
  point,
  chair,
  at,
  defaultDeadline,
  hostUnitId,
}: {
  point: { id: string; isMain: boolean; chairOfficialId: string | null; techTestAt: string };
  chair: Option | null;
  at: string;
  defaultDeadline: string;
  hostUnitId?: string;
}) {
  const t = useTranslations("scheduling");
  const box = "rounded-md border border-slate-200 p-3";
  const summary = "cursor-pointer font-medium";
  return (
    <div className="mt-4 grid gap-3">
      <LazyDetails className={box} summaryClassName={summary} summary={t("invite.title")}>
        <div className="mt-3">
          <InviteUnitsForm pointId={point.id} at={at} defaultDeadline={defaultDeadline} />
        </div>
      </LazyDetails>
      <LazyDetails className={box} summaryClassName={summary} summary={t("points.settings")}>
        <div className="mt-3">
          <PointSettingsForm point={point} chair={chair} at={at} hostUnitId={hostUnitId} />
        </div>
      </LazyDetails>
      <LazyDetails className={box} summaryClassName={summary} summary={t("points.recordTest")}>
        <div className="mt-3">
          <TechTestForm pointId={point.id} />
        </div>
      </LazyDetails>
    </div>
  );
}

export function SendInvitationsForm({
  meetingId,
  version,
  unsent,
}: {
  meetingId: string;
  version: number;
  unsent: number;
}) {
  const t = useTranslations("scheduling");
  const form = useForm<z.input<typeof sendInvitationsSchema>, unknown, z.output<typeof sendInvitationsSchema>>({
    resolver: zodResolver(sendInvitationsSchema),
    defaultValues: { meetingId, version },
  });
  const { onSubmit, message } = useActionForm(form, sendInvitationsAction, useRefresh());
  const sent = message?.ok ? (message.data as { sent: number; documentNumber: string } | undefined) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-2">
      <Outcome
        message={message}
        success={t("send.done", { count: sent?.sent ?? 0, number: sent?.documentNumber ?? "" })}
      />
      <SubmitButton
        pending={form.formState.isSubmitting}
        label={t("send.submit", { count: unsent })}
        pendingLabel={t("saving")}
      />
    </form>
  );
}

export function ReopenInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const refresh = useRefresh();
  return (
    <button
      type="button"
      onClick={async () => {
        const result = await reopenInvitationAction({ invitationId });
        if (result.ok) refresh();
      }}
      className="rounded px-2 py-1 text-xs font-medium text-brand-700 underline hover:bg-brand-50"
    >
      {label}
    </button>
  );
}

export function RemoveInvitationButton({ invitationId, unitName }: { invitationId: string; unitName: string }) {
  const t = useTranslations("scheduling");
  const refresh = useRefresh();
  return (
    <button
      type="button"
      onClick={async () => {
        const result = await removeInvitationAction({ invitationId });
        if (result.ok) refresh();
      }}
      className="rounded px-2 py-1 text-xs font-medium text-red-800 underline hover:bg-red-50"
    >
      {t("invite.remove", { unit: unitName })}
    </button>
  );
}
