import { z } from "zod";
import { isDayKey } from "@/lib/calendar/days";
import { FIRST_YEAR, LAST_YEAR } from "@/lib/calendar/lunar";
import { recordId, requiredText, version, wholeNumber } from "@/lib/validation";
import { HOLIDAY_KINDS, kindMisfit } from "./rules";

/** The years the screen and the pre-fill handle: those the lunar calendar was checked for. */
export const holidayYear = wholeNumber(FIRST_YEAR, LAST_YEAR);

/** A calendar day "YYYY-MM-DD" (<input type="date">) within those years. */
const holidayDay = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .refine(isDayKey, "validation.date")
  .refine((day) => Number(day.slice(0, 4)) >= FIRST_YEAR && Number(day.slice(0, 4)) <= LAST_YEAR, "validation.date");

const holidayFields = {
  day: holidayDay,
  name: requiredText(120),
  kind: z.enum(HOLIDAY_KINDS, "validation.invalid"),
};

function kindFitsDay(value: { day: string; kind: (typeof HOLIDAY_KINDS)[number] }, ctx: z.RefinementCtx) {
  const misfit = kindMisfit(value.day, value.kind);
  if (misfit) ctx.addIssue({ code: "custom", path: ["kind"], message: misfit });
}

export const createHolidaySchema = z.object(holidayFields).superRefine(kindFitsDay);
/** `version` is the one the form loaded: an edit or removal over a newer save is refused. */
export const updateHolidaySchema = z.object({ id: recordId, version, ...holidayFields }).superRefine(kindFitsDay);
export const removeHolidaySchema = z.object({ id: recordId, version });
/** The candidate days of that year the administrator ticked. */
export const prefillHolidaysSchema = z.object({
  year: holidayYear,
  days: z
    .union([holidayDay, z.array(holidayDay, "validation.invalid")], "holidays.validation.nothingChosen")
    .transform((d) => (Array.isArray(d) ? d : [d]))
    .pipe(z.array(z.string()).min(1, "holidays.validation.nothingChosen").max(40, "validation.invalid")),
});

export type HolidayInput = z.input<typeof createHolidaySchema>;
export type HolidayOutput = z.output<typeof createHolidaySchema>;
