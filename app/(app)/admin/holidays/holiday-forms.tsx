"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useForm, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createHolidaySchema, type HolidayInput, type HolidayOutput } from "@/lib/holidays/schema";
import { HOLIDAY_KINDS } from "@/lib/holidays/rules";
import {
  createHolidayAction,
  prefillHolidaysAction,
  removeHolidayAction,
  updateHolidayAction,
} from "@/lib/holidays/actions";
import type { HolidayCandidate } from "@/lib/holidays/prefill";
import { TextField } from "@/components/form/text-field";
import { SelectField } from "@/components/form/select-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { Badge } from "@/components/badge";

const secondaryButton =
  "inline-flex min-h-11 items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";

function HolidayFields({
  register,
  errors: e,
}: {
  register: UseFormRegister<HolidayInput>;
  errors: FieldErrors<HolidayInput>;
}) {
  const t = useTranslations("holidays");
  return (
    <>
      <TextField label={t("day")} type="date" error={e.day?.message} {...register("day")} />
      <SelectField
        label={t("kind")}
        options={HOLIDAY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        error={e.kind?.message}
        {...register("kind")}
      />
      <TextField
        label={t("name")}
        maxLength={120}
        error={e.name?.message}
        {...register("name")}
        className="sm:col-span-2"
      />
    </>
  );
}

/** A day off (holiday or nghỉ bù) or a làm bù working day, entered by hand. */
export function AddHolidayForm({ year }: { year: number }) {
  const t = useTranslations();
  const router = useRouter();
  const defaults: HolidayInput = { day: "", name: "", kind: "HOLIDAY" };
  const form = useForm<HolidayInput, unknown, HolidayOutput>({
    resolver: zodResolver(createHolidaySchema),
    defaultValues: defaults,
  });
  const { onSubmit, message } = useActionForm(form, createHolidayAction, () => {
    form.reset(defaults);
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-4 sm:grid-cols-2">
      {message && (
        <div className="sm:col-span-2">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("holidays.added") : t(message.key)}
          />
        </div>
      )}
      <HolidayFields register={form.register} errors={form.formState.errors} />
      <p className="text-sm text-slate-600 sm:col-span-2">{t("holidays.addHint", { year })}</p>
      <div className="sm:col-span-2">
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={t("holidays.add")}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}

/** Edits one configured day in place, over the version the page loaded; or removes it. */
export function EditHoliday({ holiday }: { holiday: HolidayInput & { id: string; version: number } }) {
  const t = useTranslations();
  const router = useRouter();
  // The fields are checked as a new day's are; the save names the row and the version the page loaded.
  const form = useForm<HolidayInput, unknown, HolidayOutput>({
    resolver: zodResolver(createHolidaySchema),
    defaultValues: { day: holiday.day, name: holiday.name, kind: holiday.kind },
  });
  const save = (values: HolidayInput) => updateHolidayAction({ ...values, id: holiday.id, version: holiday.version });
  const { onSubmit, message } = useActionForm(form, save, () => router.refresh());
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t("holidays.removeConfirm", { name: holiday.name }))) return;
    setRemoving(true);
    setRemoveError(null);
    const result = await removeHolidayAction({ id: holiday.id, version: holiday.version });
    setRemoving(false);
    if (result.ok) router.refresh();
    else setRemoveError(result.message);
  };
  return (
    <details className="group">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 underline">
        {t("holidays.edit")}
        <span className="sr-only"> “{holiday.name}”</span>
      </summary>
      <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-4 sm:grid-cols-2">
        {message && !message.ok && (
          <div className="sm:col-span-2">
            <FormAlert message={t(message.key)} />
          </div>
        )}
        {removeError && (
          <div className="sm:col-span-2">
            <FormAlert message={t(removeError)} />
          </div>
        )}
        <HolidayFields register={form.register} errors={form.formState.errors} />
        <div className="flex flex-wrap gap-2 sm:col-span-2">
          <SubmitButton
            pending={form.formState.isSubmitting}
            label={t("common.save")}
            pendingLabel={t("common.saving")}
          />
          <button type="button" onClick={remove} disabled={removing} className={secondaryButton}>
            {t("holidays.remove")}
          </button>
        </div>
      </form>
    </details>
  );
}

/**
 * The year's candidates not configured yet: the law's fixed dates ticked, the computed suggestions
 * (Tết, Giỗ Tổ, the day next to 2/9) left for the administrator to tick after checking the government's
 * announcement.
 */
export function PrefillForm({
  year,
  candidates,
}: {
  year: number;
  candidates: (HolidayCandidate & { label: string })[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(candidates.filter((c) => c.basis === "law").map((c) => c.day)));
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Days added meanwhile leave the list (the page reloads it): only those still offered count.
  const picked = candidates.filter((c) => chosen.has(c.day)).map((c) => c.day);
  const toggle = (day: string, on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(day);
      else next.delete(day);
      return next;
    });
  return (
    <form
      noValidate
      className="mt-3 grid gap-3"
      onSubmit={async (event) => {
        event.preventDefault();
        setPending(true);
        setMessage(null);
        const result = await prefillHolidaysAction({ year: String(year), days: picked });
        setPending(false);
        if (result.ok) {
          setMessage({ ok: true, text: t("holidays.prefill.done", { added: result.data.added }) });
          router.refresh();
        } else setMessage({ ok: false, text: t(result.fieldErrors?.days ?? result.message) });
      }}
    >
      {message && <FormAlert tone={message.ok ? "success" : "error"} message={message.text} />}
      <fieldset>
        <legend className="sr-only">{t("holidays.prefill.legend", { year })}</legend>
        <ul className="grid gap-1">
          {candidates.map((c) => (
            <li key={c.day}>
              <label
                htmlFor={`${id}-${c.day}`}
                className="flex min-h-11 flex-wrap items-center gap-x-3 gap-y-1 rounded-md px-2 py-1 hover:bg-slate-50"
              >
                <input
                  id={`${id}-${c.day}`}
                  type="checkbox"
                  className="size-5"
                  checked={chosen.has(c.day)}
                  onChange={(event) => toggle(c.day, event.target.checked)}
                />
                <span className="font-medium">{c.label}</span>
                <span>{c.name}</span>
                <Badge tone={c.basis === "law" ? "info" : "warn"}>{t(`holidays.prefill.basis.${c.basis}`)}</Badge>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <div>
        <SubmitButton
          pending={pending}
          label={t("holidays.prefill.submit", { count: picked.length })}
          pendingLabel={t("common.saving")}
        />
      </div>
    </form>
  );
}
