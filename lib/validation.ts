import { z } from "zod";
import { cleanText, plainText } from "@/lib/text/normalize";
import { dayKey, fromLocalInput, startOfDay } from "@/lib/datetime/vietnam";

// Field builders shared by every form schema. Messages are catalogue keys ("validation.*"), translated
// where they are shown; every text is NFC-normalised and rid of control characters on the way in.

/** Required text, NFC, trimmed, at most `max` characters. */
export const requiredText = (max: number) =>
  z
    .string("validation.required")
    .transform(cleanText)
    .pipe(z.string().min(1, "validation.required").max(max, "validation.tooLong"));

/** Optional text: empty becomes null. Line breaks are kept (descriptions, notes). */
export const optionalText = (max: number) =>
  z
    .string("validation.invalid")
    .transform((s) => plainText(s).trim())
    .pipe(z.string().max(max, "validation.tooLong"))
    .transform((s) => (s === "" ? null : s))
    .nullish()
    .transform((s) => s ?? null);

/** The characters of our ids (cuid, uuid): anything else cannot name a record, and never reaches a query. */
const ID_CHARACTERS = /^[\w-]*$/;

/** A record id; unknown ids are caught by the data layer ("not found"). */
export const recordId = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .max(40, "validation.invalid")
  .regex(ID_CHARACTERS, "validation.invalid");

/** An optional record id from a <select>: "" means none. */
export const optionalRecordId = z
  .string("validation.invalid")
  .max(40, "validation.invalid")
  .regex(ID_CHARACTERS, "validation.invalid")
  .nullish()
  .transform((s) => (s ? s : null));

/** A wall-clock "YYYY-MM-DDTHH:mm" in Vietnam, as <input type="datetime-local"> sends it → the instant. */
export const localDateTime = z.string("validation.required").transform((value, ctx) => {
  const date = fromLocalInput(value.trim());
  if (!date) {
    ctx.addIssue({ code: "custom", message: value.trim() ? "validation.dateTime" : "validation.required" });
    return z.NEVER;
  }
  return date;
});

export const optionalLocalDateTime = z
  .string("validation.invalid")
  .nullish()
  .transform((value, ctx) => {
    if (!value?.trim()) return null;
    const date = fromLocalInput(value.trim());
    if (!date) {
      ctx.addIssue({ code: "custom", message: "validation.dateTime" });
      return z.NEVER;
    }
    return date;
  });

/** A checkbox: a plain form posts "on" or nothing; a typed client sends a boolean. */
export const checkbox = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")], "validation.invalid")
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

/** A whole number from a form field or a typed client. */
export const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number("validation.number")
    .int("validation.number")
    .min(min, "validation.tooSmall")
    .max(max, "validation.tooLarge");

/** Ids picked in a list: one or several (a plain form posts one as a string, an empty picker ""), each once. */
export const recordIds = (max: number) =>
  z
    .union([z.array(recordId), z.literal(""), recordId], "validation.invalid")
    .optional()
    .transform((v) => [...new Set(v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v])])
    .pipe(z.array(recordId).max(max, "validation.tooLong"));

/** The version a form was loaded with, so a stale save is refused rather than overwriting. */
export const version = z.coerce.number("validation.invalid").int().min(1, "validation.invalid");

/** A calendar day "YYYY-MM-DD" → the start of that day in Vietnam, or null when it is no such day. */
function dayStart(day: string): Date | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(day) ? startOfDay(day) : null;
  return date && !Number.isNaN(date.getTime()) && dayKey(date) === day ? date : null;
}

/** An optional calendar day "YYYY-MM-DD" (<input type="date">) → the start of that day in Vietnam. */
export const optionalLocalDate = z
  .string("validation.invalid")
  .nullish()
  .transform((value, ctx) => {
    const day = value?.trim();
    if (!day) return null;
    const date = dayStart(day);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    return date;
  });

/** A required calendar day "YYYY-MM-DD" → the start of that day in Vietnam. */
export const requiredLocalDate = z.string("validation.required").transform((value, ctx) => {
  const date = dayStart(value.trim());
  if (!date) {
    ctx.addIssue({ code: "custom", message: value.trim() ? "validation.date" : "validation.required" });
    return z.NEVER;
  }
  return date;
});
