"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { addAgendaItemSchema, applyTemplateSchema, updateAgendaItemSchema } from "@/lib/agenda/schema";
import {
  addAgendaItemAction,
  applyTemplateAction,
  removeAgendaItemAction,
  reorderAgendaAction,
  updateAgendaItemAction,
} from "@/lib/agenda/actions";
import { moveItem } from "@/lib/agenda/schedule";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { CheckboxField } from "@/components/form/checkbox-field";
import { SearchCombobox } from "@/components/form/search-combobox";
import { officialLabel, type Option } from "@/lib/options/query";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

export type TemplateChoice = { id: string; name: string; version: number; itemCount: number; minutes: number };

function Outcome({ message, success }: { message: { key: string; ok: boolean } | null; success: string }) {
  const t = useTranslations();
  if (!message) return null;
  return message.ok ? (
    <FormAlert tone="success" message={success} />
  ) : (
    <FormAlert message={t.has(message.key) ? t(message.key) : message.key} />
  );
}

const smallButton =
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-40";

/** Makes the agenda from a template; an existing agenda is replaced only once the box is ticked. */
/** `loadedIds` are the items the page shows: replacing them is refused once the agenda changed since. */
export function ApplyTemplateForm({
  meetingId,
  templates,
  loadedIds,
}: {
  meetingId: string;
  templates: TemplateChoice[];
  loadedIds: string[];
}) {
  const existing = loadedIds.length;
  const t = useTranslations("agenda");
  const tAll = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof applyTemplateSchema>, unknown, z.output<typeof applyTemplateSchema>>({
    resolver: zodResolver(applyTemplateSchema),
    defaultValues: { meetingId, templateId: templates[0]?.id ?? "", replace: false },
  });
  const replace = useWatch({ control: form.control, name: "replace" });
  const { onSubmit, message } = useActionForm(
    form,
    (values) => applyTemplateAction({ ...values, loadedIds }),
    () => {
      form.reset({ meetingId, templateId: form.getValues("templateId"), replace: false });
      router.refresh();
    },
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3">
      <Outcome message={message} success={t("apply.done")} />
      <SelectField
        label={t("apply.template")}
        options={templates.map((tpl) => ({
          value: tpl.id,
          label: t("apply.option", {
            name: tpl.name,
            version: tpl.version,
            items: tpl.itemCount,
            minutes: tpl.minutes,
          }),
        }))}
        error={e.templateId?.message}
        {...form.register("templateId")}
      />
      {existing > 0 && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-3">
          <CheckboxField label={t("apply.replace", { count: existing })} {...form.register("replace")} />
          {e.replace?.message && <p className="text-sm text-red-700">{tAll(e.replace.message)}</p>}
        </div>
      )}
      <div>
        {/* Not pressable until replacing the present agenda is confirmed. */}
        <button
          type="submit"
          disabled={form.formState.isSubmitting || (existing > 0 && !replace)}
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {form.formState.isSubmitting ? tAll("common.saving") : t("apply.submit")}
        </button>
      </div>
    </form>
  );
}

type ItemValues = {
  title: string;
  presenterRole: string;
  presenterOfficialId: string;
  durationMinutes: number | string;
};

/** `at` is the meeting's start: only officials still in post then are offered; `presenter` names the present one. */
function ItemFields({
  form,
  at,
  presenter,
}: {
  form: ReturnType<typeof useForm<ItemValues>>;
  at: string;
  presenter?: Option | null;
}) {
  const t = useTranslations("agenda");
  const e = form.formState.errors;
  return (
    <>
      <TextField
        label={t("fields.title")}
        maxLength={300}
        error={e.title?.message}
        {...form.register("title")}
        className="sm:col-span-3"
      />
      <SearchCombobox
        control={form.control}
        name="presenterOfficialId"
        label={t("fields.presenter")}
        source={{ list: "officials", at }}
        selected={presenter}
        noneLabel={t("noPresenter")}
        error={e.presenterOfficialId?.message}
        className="sm:col-span-3"
      />
      <TextField
        label={t("fields.presenterRole")}
        maxLength={200}
        error={e.presenterRole?.message}
        {...form.register("presenterRole")}
        className="sm:col-span-2"
      />
      <TextField
        label={t("fields.duration")}
        type="number"
        min={1}
        max={600}
        inputMode="numeric"
        error={e.durationMinutes?.message}
        {...form.register("durationMinutes")}
      />
    </>
  );
}

export function AddAgendaItemForm({ meetingId, at }: { meetingId: string; at: string }) {
  const t = useTranslations("agenda");
  const tAll = useTranslations();
  const router = useRouter();
  const empty = { meetingId, title: "", presenterRole: "", presenterOfficialId: "", durationMinutes: 10 };
  const form = useForm<z.input<typeof addAgendaItemSchema>, unknown, z.output<typeof addAgendaItemSchema>>({
    resolver: zodResolver(addAgendaItemSchema),
    defaultValues: empty,
  });
  const { onSubmit, message } = useActionForm(form, addAgendaItemAction, () => {
    form.reset(empty);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <Outcome message={message} success={t("added")} />
      </div>
      <ItemFields form={form as unknown as ReturnType<typeof useForm<ItemValues>>} at={at} />
      <div className="sm:col-span-3">
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} pendingLabel={tAll("common.saving")} />
      </div>
    </form>
  );
}

/** Saves over the version it was loaded with; give it `key={id-version}` so a newer version reloads it. */
export function EditAgendaItemForm({
  item,
  at,
}: {
  item: {
    id: string;
    version: number;
    title: string;
    presenterRole: string | null;
    presenterOfficialId: string | null;
    durationMinutes: number;
    presenter: { fullName: string; title: string } | null;
  };
  at: string;
}) {
  const t = useTranslations("agenda");
  const tAll = useTranslations();
  const router = useRouter();
  const form = useForm<z.input<typeof updateAgendaItemSchema>, unknown, z.output<typeof updateAgendaItemSchema>>({
    resolver: zodResolver(updateAgendaItemSchema),
    defaultValues: {
      itemId: item.id,
      version: item.version,
      title: item.title,
      presenterRole: item.presenterRole ?? "",
      presenterOfficialId: item.presenterOfficialId ?? "",
      durationMinutes: item.durationMinutes,
    },
  });
  const { onSubmit, message } = useActionForm(form, updateAgendaItemAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      <div className="sm:col-span-3">
        <Outcome message={message} success={t("saved")} />
      </div>
      <ItemFields
        form={form as unknown as ReturnType<typeof useForm<ItemValues>>}
        at={at}
        presenter={
          item.presenter && item.presenterOfficialId
            ? { id: item.presenterOfficialId, label: officialLabel(item.presenter) }
            : null
        }
      />
      <div className="sm:col-span-3">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={tAll("common.save")}
          pendingLabel={tAll("common.saving")}
        />
      </div>
    </form>
  );
}

/**
 * Up, down and remove for one item. The order is sent whole with the order it was made from (`ids`, as the
 * page shows it), and removal names the item's version, so a stale page is refused rather than scrambling it.
 */
export function AgendaItemControls({
  meetingId,
  ids,
  id,
  version,
  index,
  title,
}: {
  meetingId: string;
  ids: string[];
  id: string;
  version: number;
  index: number;
  title: string;
}) {
  const t = useTranslations("agenda");
  const tAll = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(call: () => Promise<{ ok: boolean; message?: string }>) {
    setPending(true);
    setError(null);
    const result = await call();
    setPending(false);
    if (!result.ok) setError(result.message ?? "errors.unexpected");
    else router.refresh();
  }
  return (
    <div className="grid gap-2">
      {error && <FormAlert message={tAll(error)} />}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={smallButton}
          disabled={pending || index === 0}
          aria-label={t("moveUp", { title })}
          onClick={() =>
            run(() => reorderAgendaAction({ meetingId, loadedOrder: ids, itemIds: moveItem(ids, id, -1) }))
          }
        >
          ↑
        </button>
        <button
          type="button"
          className={smallButton}
          disabled={pending || index === ids.length - 1}
          aria-label={t("moveDown", { title })}
          onClick={() => run(() => reorderAgendaAction({ meetingId, loadedOrder: ids, itemIds: moveItem(ids, id, 1) }))}
        >
          ↓
        </button>
        <button
          type="button"
          className={`${smallButton} text-red-800`}
          disabled={pending}
          aria-label={t("remove", { title })}
          onClick={() => {
            if (window.confirm(t("removeConfirm", { title })))
              void run(() => removeAgendaItemAction({ itemId: id, version }));
          }}
        >
          {t("removeShort")}
        </button>
      </div>
    </div>
  );
}
