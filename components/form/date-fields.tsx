"use client";

import "@daypicker/react/style.css";
import { useEffect, useId, useRef, useState } from "react";
import { DayPicker } from "@daypicker/react";
import { enUS, vi } from "@daypicker/react/locale";
import { useLocale, useTranslations } from "next-intl";
import { dateTimeFromTyped, dayFromTyped, timeFromTyped, typedFromDateTime, typedFromDay } from "@/lib/datetime/typed";
import { useController, type Control, type FieldPath, type FieldValues } from "react-hook-form";
import { FieldError } from "./field-error";

// Date and time fields that read and write dd/mm/yyyy and the 24-hour clock on every browser, with a
// calendar to pick from and the keyboard to type in. They hold the wire value the schemas parse
// ("YYYY-MM-DD", "YYYY-MM-DDTHH:mm"): controlled by react-hook-form (value/onChange), or, in a plain
// GET form, through a hidden input named `name`.

const box =
  "block min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-600";

const localDate = (day: string) => {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(y!, m! - 1, d!);
};
const dayOf = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** The calendar in the app's colours (DayPicker's root sets its own variables, so they go on it). */
const CALENDAR_COLOURS = {
  "--rdp-accent-color": "var(--color-brand-700)",
  "--rdp-accent-background-color": "var(--color-brand-50)",
} as React.CSSProperties;

/**
 * The calendar button and its non-modal popover; `day` is the selected "YYYY-MM-DD" or null. Escape, a
 * click outside or a pick closes it and focus returns to the button.
 */
function CalendarButton({ day, onPick, label }: { day: string | null; onPick: (day: string) => void; label: string }) {
  const locale = useLocale();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const selected = day ? localDate(day) : undefined;
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);
  return (
    <div className="shrink-0">
      <button
        ref={button}
        type="button"
        aria-label={label}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex size-11 items-center justify-center rounded-md border border-slate-300 bg-white text-slate-700 hover:bg-slate-100"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M6 2a1 1 0 0 1 1 1v1h6V3a1 1 0 1 1 2 0v1h1a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2h1V3a1 1 0 0 1 1-1Zm10 6H4v8h12V8Z" />
        </svg>
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="dialog"
          aria-label={label}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.stopPropagation();
              close(true);
            }
          }}
          className="absolute top-full left-0 z-20 mt-1 rounded-lg border border-slate-200 bg-white p-2 shadow-lg"
        >
          <DayPicker
            mode="single"
            autoFocus
            locale={locale === "vi" ? vi : enUS}
            weekStartsOn={1}
            style={CALENDAR_COLOURS}
            selected={selected}
            defaultMonth={selected}
            onSelect={(date) => {
              if (date) onPick(dayOf(date));
              close(true);
            }}
          />
        </div>
      )}
    </div>
  );
}

interface FieldProps {
  label: string;
  error?: string;
  /** Marked invalid without a message of its own (the form says why above). */
  invalid?: boolean;
  hint?: string;
  className?: string;
  /** The wire value, when react-hook-form controls the field. */
  value?: string;
  onChange?: (value: string) => void;
  onBlur?: () => void;
  /** For a plain form: the hidden input's name and first value. */
  name?: string;
  defaultValue?: string;
  disabled?: boolean;
}

function useWireValue(props: FieldProps) {
  const [own, setOwn] = useState(props.defaultValue ?? "");
  const value = props.value ?? own;
  const set = (next: string) => {
    setOwn(next);
    props.onChange?.(next);
  };
  return [value, set] as const;
}

/** The label and messages around a field; a day is one labelled box, a moment a labelled group of two. */
function Labelled({
  id,
  props,
  group,
  children,
}: {
  id: string;
  props: FieldProps;
  group: boolean;
  children: React.ReactNode;
}) {
  const Label = group ? "span" : "label";
  return (
    <div
      role={group ? "group" : undefined}
      aria-labelledby={group ? `${id}-label` : undefined}
      className={props.className}
    >
      <Label id={`${id}-label`} htmlFor={group ? undefined : id} className="block text-sm font-medium text-slate-800">
        {props.label}
      </Label>
      {children}
      {props.hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {props.hint}
        </p>
      )}
      <FieldError id={`${id}-error`} error={props.error} />
    </div>
  );
}

const describedBy = (id: string, props: FieldProps) =>
  [`${id}-format`, props.hint && `${id}-hint`, props.error && `${id}-error`].filter(Boolean).join(" ");

/** A day: "dd/mm/yyyy" typed or picked. */
export function DateField(props: FieldProps) {
  const t = useTranslations("dateFields");
  const id = useId();
  const [value, setValue] = useWireValue(props);
  const [text, setText] = useState(() => typedFromDay(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The form was reset or filled from outside: show the new value.
    setShown(value);
    setText(typedFromDay(value));
  }
  const type = (next: string) => {
    setText(next);
    const wire = next.trim() ? (dayFromTyped(next) ?? next.trim()) : "";
    setShown(wire);
    setValue(wire);
  };
  return (
    <Labelled id={id} props={props} group={false}>
      {/* The calendar opens under the field, from its left edge, so it stays on a phone's screen. */}
      <div className="relative mt-1 flex gap-2">
        <input
          id={id}
          aria-describedby={describedBy(id, props)}
          aria-invalid={props.error || props.invalid ? true : undefined}
          inputMode="numeric"
          autoComplete="off"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          value={text}
          disabled={props.disabled}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            const day = dayFromTyped(text);
            if (day) setText(typedFromDay(day));
            props.onBlur?.();
          }}
          className={`${box} w-36`}
        />
        <CalendarButton day={dayFromTyped(text)} label={t("pick")} onPick={(day) => type(typedFromDay(day))} />
      </div>
      <span id={`${id}-format`} className="sr-only">
        {t("dayFormat")}
      </span>
      {props.name && <input type="hidden" name={props.name} value={value} />}
    </Labelled>
  );
}

/** A moment: a day and a 24-hour time, typed or picked. */
export function DateTimeField(props: FieldProps) {
  const t = useTranslations("dateFields");
  const id = useId();
  const [value, setValue] = useWireValue(props);
  const [boxes, setBoxes] = useState(() => typedFromDateTime(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setBoxes(typedFromDateTime(value));
  }
  const type = (next: { day: string; time: string }) => {
    setBoxes(next);
    const wire = dateTimeFromTyped(next.day, next.time);
    setShown(wire);
    setValue(wire);
  };
  const tidy = () => {
    const day = dayFromTyped(boxes.day);
    const time = timeFromTyped(boxes.time);
    setBoxes({ day: day ? typedFromDay(day) : boxes.day, time: time ?? boxes.time });
    props.onBlur?.();
  };
  return (
    <Labelled id={id} props={props} group>
      <div className="mt-1 flex flex-wrap gap-2">
        <div className="relative flex gap-2">
          <input
            id={id}
            aria-labelledby={`${id}-label ${id}-day`}
            aria-describedby={describedBy(id, props)}
            aria-invalid={props.error || props.invalid ? true : undefined}
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            maxLength={10}
            value={boxes.day}
            disabled={props.disabled}
            onChange={(e) => type({ ...boxes, day: e.target.value })}
            onBlur={tidy}
            className={`${box} w-36`}
          />
          <CalendarButton
            day={dayFromTyped(boxes.day)}
            label={t("pick")}
            onPick={(day) => type({ ...boxes, day: typedFromDay(day) })}
          />
        </div>
        <input
          aria-labelledby={`${id}-label ${id}-time`}
          aria-describedby={describedBy(id, props)}
          aria-invalid={props.error || props.invalid ? true : undefined}
          inputMode="numeric"
          autoComplete="off"
          placeholder="hh:mm"
          maxLength={5}
          value={boxes.time}
          disabled={props.disabled}
          onChange={(e) => type({ ...boxes, time: e.target.value })}
          onBlur={tidy}
          className={`${box} w-24`}
        />
      </div>
      <span id={`${id}-day`} className="sr-only">
        {t("day")}
      </span>
      <span id={`${id}-time`} className="sr-only">
        {t("time")}
      </span>
      <span id={`${id}-format`} className="sr-only">
        {t("dateTimeFormat")}
      </span>
      {props.name && <input type="hidden" name={props.name} value={value} />}
    </Labelled>
  );
}

type Bound<V extends FieldValues, O> = { control: Control<V, unknown, O>; name: FieldPath<V> } & Omit<
  FieldProps,
  "value" | "onChange" | "onBlur" | "name" | "defaultValue"
>;

/** A DateField held by react-hook-form. */
export function FormDateField<V extends FieldValues, O>({ control, name, ...rest }: Bound<V, O>) {
  const { field } = useController<V, FieldPath<V>, O>({ control, name });
  return <DateField {...rest} value={field.value ?? ""} onChange={field.onChange} onBlur={field.onBlur} />;
}

/** A DateTimeField held by react-hook-form. */
export function FormDateTimeField<V extends FieldValues, O>({ control, name, ...rest }: Bound<V, O>) {
  const { field } = useController<V, FieldPath<V>, O>({ control, name });
  return <DateTimeField {...rest} value={field.value ?? ""} onChange={field.onChange} onBlur={field.onBlur} />;
}
