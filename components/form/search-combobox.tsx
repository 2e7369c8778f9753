"use client";

import { useEffect, useId, useRef, useState } from "react";
import {
  Combobox,
  ComboboxButton,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Description,
  Field,
  Label,
} from "@headlessui/react";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { useTranslations } from "next-intl";
import { optionSearchPath, type Option, type OptionPage, type OptionSource } from "@/lib/options/query";
import { FieldError } from "./field-error";

// A picker for lists too long for a <select> (a province has thousands of units and officials): the
// server searches as the user types, accent-free. Headless UI does the ARIA combobox mechanics
// (keyboard, focus, announcements); this adds the search, the look of the other fields and the
// react-hook-form wiring, so the form keeps holding plain ids and its zod schema is unchanged.

const DEBOUNCE_MS = 250;

type Props<T extends FieldValues, O extends FieldValues> = {
  control: Control<T, unknown, O>;
  name: FieldPath<T>;
  label: string;
  source: OptionSource;
  error?: string;
  hint?: string;
  className?: string;
} & (
  | {
      multiple?: false;
      /** The value the form opens with, by name, so it reads right before anything is searched. */
      selected?: Option | null;
      /** Shown while nothing is chosen, e.g. "— Chưa phân công —"; an optional field also gets a clear button. */
      noneLabel?: string;
    }
  | { multiple: true; selected?: Option[]; noneLabel?: never }
);

export function SearchCombobox<T extends FieldValues, O extends FieldValues = T>(props: Props<T, O>) {
  const { control, name, label, source, error, hint, className } = props;
  const t = useTranslations("picker");
  const errorId = useId();
  const { field } = useController<T, FieldPath<T>, O>({ control, name });
  // Names of every id seen (the initial ones and each answer), to show the chosen values by name.
  const [known, setKnown] = useState(
    () =>
      new Map(
        (props.multiple ? (props.selected ?? []) : props.selected ? [props.selected] : []).map((o) => [o.id, o.label]),
      ),
  );
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(false);
  const [answer, setAnswer] = useState<{ path: string; page: OptionPage | null }>({ path: "", page: null });
  const input = useRef<HTMLInputElement | null>(null);

  // Searched only once the field is used, so a page with many forms does not query on load.
  const path = optionSearchPath(source, query.trim());
  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(
      async () => {
        try {
          const response = await fetch(path, { signal: controller.signal, headers: { Accept: "application/json" } });
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          const page = (await response.json()) as OptionPage;
          setKnown((before) => new Map([...before, ...page.options.map((o) => [o.id, o.label] as const)]));
          setAnswer({ path, page });
        } catch {
          if (!controller.signal.aborted) setAnswer({ path, page: null });
        }
      },
      query ? DEBOUNCE_MS : 0,
    );
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [active, path, query]);

  const option = (value: string): Option => ({ id: value, label: known.get(value) ?? "" });
  const ids: string[] = props.multiple ? ((field.value as string[] | undefined) ?? []) : [];
  const chosen: Option[] = props.multiple ? ids.map(option) : [];
  const single: Option | null = !props.multiple && field.value ? option(field.value as string) : null;

  const searching = answer.path !== path;
  const page = searching ? null : answer.page;
  const options = page?.options ?? [];
  const status = searching
    ? t("searching")
    : !page
      ? t("failed")
      : options.length === 0
        ? t("none")
        : page.more
          ? t("more", { count: options.length })
          : "";

  const inputClass =
    "block min-h-11 w-full rounded-md border border-slate-300 bg-white py-2 pl-3 text-base shadow-sm placeholder:text-slate-500 aria-invalid:border-red-600 " +
    (single && props.noneLabel !== undefined ? "pr-22" : "pr-11");

  const onChange = (value: Option | (Option | null)[] | null) => {
    if (Array.isArray(value)) field.onChange(value.flatMap((o) => (o ? [o.id] : [])));
    else field.onChange(value?.id ?? "");
    // Several units are often picked from one search ("nghi" for the Nghi… wards): keep it open and filled.
    if (!props.multiple) setQuery("");
  };
  const onClose = () => {
    // A single choice shows its name again by itself; the search box of a multiple one is emptied.
    if (props.multiple && input.current) input.current.value = "";
    setQuery("");
  };

  return (
    <Field className={className}>
      <Label className="block text-sm font-medium text-slate-800">{label}</Label>
      <Combobox
        value={props.multiple ? chosen : single}
        onChange={onChange}
        multiple={props.multiple}
        by={(a: object | null, b: object | null) => (a as Option | null)?.id === (b as Option | null)?.id}
        immediate
        onClose={onClose}
      >
        {({ open }) => (
          <div className="relative mt-1">
            <ComboboxInput
              ref={(element) => {
                input.current = element;
                field.ref(element);
              }}
              className={inputClass}
              autoComplete="off"
              placeholder={props.multiple ? t("placeholder") : (props.noneLabel ?? t("placeholder"))}
              aria-invalid={error ? true : undefined}
              // In multiple mode the box is only for searching: the chosen units are listed below it.
              displayValue={(value: Option | null) => (props.multiple ? "" : (value?.label ?? ""))}
              onChange={(event) => setQuery(event.target.value)}
              onFocus={() => setActive(true)}
              onBlur={field.onBlur}
            />
            <div className="absolute inset-y-0 right-0 flex">
              {single && props.noneLabel !== undefined && (
                <button
                  type="button"
                  onClick={() => onChange(null)}
                  aria-label={t("clear", { name: single.label })}
                  className="flex min-w-11 items-center justify-center text-xl text-slate-600 hover:text-slate-900"
                >
                  <span aria-hidden>×</span>
                </button>
              )}
              {/* Named like the field: Headless UI names the list of options after this button. */}
              <ComboboxButton
                aria-label={label}
                onClick={() => setActive(true)}
                className="flex min-w-11 items-center justify-center text-slate-600 hover:text-slate-900"
              >
                <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
                  <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
                </svg>
              </ComboboxButton>
            </div>
            {open && (
              <div className="absolute z-30 mt-1 w-full overflow-hidden rounded-md border border-slate-300 bg-white shadow-lg">
                {options.length > 0 && (
                  <ComboboxOptions modal={false} className="max-h-72 overflow-y-auto py-1">
                    {options.map((o) => (
                      <ComboboxOption
                        key={o.id}
                        value={o}
                        className="flex min-h-11 cursor-pointer items-center gap-2 px-3 py-2 text-base text-slate-900 select-none data-focus:bg-brand-50 data-selected:font-semibold"
                      >
                        {({ selected }) => (
                          <>
                            <span aria-hidden className="w-4 shrink-0 text-brand-700">
                              {selected ? "✓" : ""}
                            </span>
                            <span>{o.label}</span>
                          </>
                        )}
                      </ComboboxOption>
                    ))}
                  </ComboboxOptions>
                )}
                <p
                  aria-live="polite"
                  className={
                    status ? "border-t border-slate-100 px-3 py-2 text-sm text-slate-700 first:border-t-0" : "sr-only"
                  }
                >
                  {status}
                </p>
              </div>
            )}
          </div>
        )}
      </Combobox>
      {props.multiple && chosen.length > 0 && (
        <ul aria-label={t("chosen", { count: chosen.length })} className="mt-2 flex flex-wrap gap-2">
          {chosen.map((o) => (
            <li
              key={o.id}
              className="flex min-h-11 items-center rounded-full border border-slate-300 bg-slate-50 pl-3 text-sm text-slate-900"
            >
              {o.label}
              <button
                type="button"
                aria-label={t("remove", { name: o.label })}
                onClick={() => field.onChange(ids.filter((x) => x !== o.id))}
                className="flex min-h-11 min-w-11 items-center justify-center rounded-full text-lg text-slate-600 hover:text-slate-900"
              >
                <span aria-hidden>×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {/* Descriptions: Headless UI ties them to the input with aria-describedby. */}
      {hint && <Description className="mt-1 text-sm text-slate-600">{hint}</Description>}
      {error && (
        <Description as="div">
          <FieldError id={errorId} error={error} />
        </Description>
      )}
    </Field>
  );
}
