"use client";

import { useId, useState } from "react";
import { flushSync } from "react-dom";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { addWalkInAction, markAttendanceAction } from "@/lib/attendance/actions";
import { addWalkInSchema, markAttendanceSchema, type CheckInChoice } from "@/lib/attendance/schema";
import { searchKey } from "@/lib/text/normalize";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";

export interface CheckInPersonView {
  id: string;
  fullName: string;
  title: string | null;
  walkIn: boolean;
  replaces: string | null;
  checkIn: CheckInChoice;
  absenceReason: string | null;
  /** "07:20", already in Vietnam time. */
  checkedAt: string | null;
}

export interface CheckInGroupView {
  key: string;
  unitName: string | null;
  note: string | null;
  people: CheckInPersonView[];
}

const CHOICES = [
  { status: "PRESENT_ON_SITE", label: "onSite", on: "border-green-700 bg-green-700 text-white" },
  { status: "PRESENT_ONLINE", label: "online", on: "border-sky-700 bg-sky-700 text-white" },
  { status: "ABSENT", label: "absent", on: "border-red-700 bg-red-700 text-white" },
] as const;

const STATUS_TEXT: Record<CheckInChoice, string> = {
  EXPECTED: "text-slate-600",
  PRESENT_ON_SITE: "text-green-800",
  PRESENT_ONLINE: "text-sky-800",
  ABSENT: "text-red-800",
};

/** One person: three large buttons, and the reason field when absent. */
function PersonRow({ person, open }: { person: CheckInPersonView; open: boolean }) {
  const t = useTranslations("attendance.checkIn");
  const tAll = useTranslations();
  const router = useRouter();
  const nameId = useId();
  const form = useForm<z.input<typeof markAttendanceSchema>, unknown, z.output<typeof markAttendanceSchema>>({
    resolver: zodResolver(markAttendanceSchema),
    defaultValues: { attendeeId: person.id, status: person.checkIn, absenceReason: person.absenceReason ?? "" },
  });
  const [current, setCurrent] = useState<CheckInChoice>(person.checkIn);
  const [askingReason, setAskingReason] = useState(person.checkIn === "ABSENT");
  const { onSubmit, message } = useActionForm(form, markAttendanceAction, (data) => {
    setCurrent(data.checkIn);
    router.refresh();
  });
  const pending = form.formState.isSubmitting;

  function choose(status: CheckInChoice) {
    form.clearErrors();
    form.setValue("status", status);
    if (status === "ABSENT") {
      // Render the reason field now, so the cursor can go straight into it.
      flushSync(() => setAskingReason(true));
      form.setFocus("absenceReason");
      return;
    }
    setAskingReason(false);
    form.setValue("absenceReason", "");
    void onSubmit();
  }

  const reasonError = form.formState.errors.absenceReason?.message;
  return (
    <li className="scroll-mt-36 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p id={nameId} className="text-base font-semibold text-slate-900">
          {person.fullName}
          {person.walkIn && (
            <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">
              {t("walkIn")}
            </span>
          )}
        </p>
        <p className={`text-sm font-medium ${STATUS_TEXT[current]}`}>
          {current !== "EXPECTED" && person.checkIn === current && person.checkedAt
            ? t("recordedAt", { status: t(`status.${current}`), time: person.checkedAt })
            : t(`status.${current}`)}
        </p>
      </div>
      {person.title && <p className="text-sm text-slate-700">{person.title}</p>}
      {person.replaces && <p className="text-sm text-slate-700">{t("replaces", { name: person.replaces })}</p>}
      {current === "ABSENT" && person.absenceReason && !askingReason && (
        <p className="text-sm text-red-800">{t("absentBecause", { reason: person.absenceReason })}</p>
      )}
      {open && (
        <form onSubmit={onSubmit} noValidate className="mt-2">
          <div
            role="group"
            aria-label={t("buttons.label", { name: person.fullName })}
            className="grid grid-cols-3 gap-2"
          >
            {CHOICES.map((c) => (
              <button
                key={c.status}
                type="button"
                aria-pressed={current === c.status}
                disabled={pending}
                onClick={() => choose(c.status)}
                className={`min-h-12 rounded-lg border-2 px-1 text-base font-semibold disabled:opacity-60 ${current === c.status ? c.on : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"}`}
              >
                {t(`buttons.${c.label}`)}
              </button>
            ))}
          </div>
          {askingReason && (
            <div className="mt-2 grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end">
              <TextField
                label={t("reason")}
                placeholder={t("reasonPlaceholder")}
                maxLength={300}
                error={reasonError}
                {...form.register("absenceReason")}
              />
              <div className="flex gap-2">
                <SubmitButton pending={pending} label={t("saveAbsence")} pendingLabel={t("saving")} />
                {current !== "ABSENT" && (
                  <button
                    type="button"
                    onClick={() => setAskingReason(false)}
                    className="min-h-11 rounded-md px-3 text-sm font-medium text-slate-700 underline"
                  >
                    {t("cancelAbsence")}
                  </button>
                )}
              </div>
            </div>
          )}
          {current !== "EXPECTED" && (
            <button
              type="button"
              disabled={pending}
              onClick={() => choose("EXPECTED")}
              className="mt-1 min-h-11 text-sm font-medium text-slate-700 underline disabled:opacity-60"
            >
              {t("undo")}
            </button>
          )}
          {message && !message.ok && (
            <div className="mt-2">
              <FormAlert message={tAll(message.key)} />
            </div>
          )}
        </form>
      )}
    </li>
  );
}

/** The point's list, grouped by unit, with a search box for long lists. */
export function CheckInBoard({ groups, open }: { groups: CheckInGroupView[]; open: boolean }) {
  const t = useTranslations("attendance.checkIn");
  const [query, setQuery] = useState("");
  const key = searchKey(query);
  const shown = groups
    .map((g) => ({
      ...g,
      people: key
        ? g.people.filter((p) => searchKey(`${p.fullName} ${p.title ?? ""} ${g.unitName ?? ""}`).includes(key))
        : g.people,
    }))
    .filter((g) => g.people.length > 0);
  const total = groups.reduce((n, g) => n + g.people.length, 0);
  return (
    <div>
      {total > 8 && (
        <div className="mb-4">
          <label htmlFor="check-in-search" className="block text-sm font-medium text-slate-800">
            {t("search")}
          </label>
          <input
            id="check-in-search"
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="check-in-search-hint"
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base"
          />
          <p id="check-in-search-hint" className="mt-1 text-sm text-slate-600">
            {t("searchHint")}
          </p>
        </div>
      )}
      {shown.length === 0 && query && <p className="text-slate-700">{t("noMatch", { query })}</p>}
      <div className="grid gap-4">
        {shown.map((g) => {
          const present = g.people.filter(
            (p) => p.checkIn === "PRESENT_ON_SITE" || p.checkIn === "PRESENT_ONLINE",
          ).length;
          return (
            <section
              key={g.key}
              aria-labelledby={`group-${g.key}`}
              className="rounded-lg border border-slate-200 bg-white px-3 shadow-sm sm:px-4"
            >
              <div className="flex flex-wrap items-baseline justify-between gap-x-3 border-b border-slate-100 py-2">
                <h2 id={`group-${g.key}`} className="text-lg font-semibold">
                  {g.unitName ?? t("walkInsGroup")}
                </h2>
                <span className="text-sm text-slate-700">{t("groupCount", { present, total: g.people.length })}</span>
                {g.note && <p className="w-full text-sm text-amber-900">{g.note}</p>}
              </div>
              <ul className="divide-y divide-slate-100">
                {g.people.map((p) => (
                  // Keyed on the stored state so a row starts afresh when the server's answer comes back.
                  <PersonRow key={`${p.id}:${p.checkIn}:${p.absenceReason ?? ""}`} person={p} open={open} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}

/** Someone who came without being named. */
export function WalkInForm({ meetingPointId, units }: { meetingPointId: string; units: string[] }) {
  const t = useTranslations("attendance.checkIn.walkInForm");
  const tc = useTranslations("attendance.checkIn");
  const tAll = useTranslations();
  const router = useRouter();
  const empty = { meetingPointId, fullName: "", title: "", unitName: "" };
  const form = useForm<z.input<typeof addWalkInSchema>, unknown, z.output<typeof addWalkInSchema>>({
    resolver: zodResolver(addWalkInSchema),
    defaultValues: empty,
  });
  const { onSubmit, message } = useActionForm(form, addWalkInAction, () => {
    form.reset(empty);
    router.refresh();
  });
  const e = form.formState.errors;
  const added = message?.ok ? (message.data as { fullName: string } | undefined) : undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3">
      {message && (
        <div className="sm:col-span-3">
          <FormAlert
            tone={message.ok ? "success" : "error"}
            message={message.ok ? t("added", { name: added?.fullName ?? "" }) : tAll(message.key)}
          />
        </div>
      )}
      <TextField
        label={t("fullName")}
        autoComplete="off"
        maxLength={120}
        error={e.fullName?.message}
        {...form.register("fullName")}
      />
      <TextField
        label={t("personTitle")}
        autoComplete="off"
        maxLength={200}
        error={e.title?.message}
        {...form.register("title")}
      />
      <TextField
        label={t("unitName")}
        list="walk-in-units"
        autoComplete="off"
        maxLength={300}
        hint={t("unitHint")}
        error={e.unitName?.message}
        {...form.register("unitName")}
      />
      <datalist id="walk-in-units">
        {units.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <div className="sm:col-span-3">
        <SubmitButton pending={form.formState.isSubmitting} label={t("submit")} pendingLabel={tc("saving")} />
      </div>
    </form>
  );
}
