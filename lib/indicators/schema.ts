import { z } from "zod";
import { optionalText, recordId, requiredText } from "@/lib/validation";
import { parseVietnameseNumber } from "./numbers";

export const MAX_INDICATORS = 60;
const LIMIT = 1e12;

/** A figure typed as Vietnamese writes it ("45.000", "80,7"), or empty. */
export const optionalFigure = z
  .union([z.string(), z.number()], "validation.invalid")
  .nullish()
  .transform((value, ctx) => {
    if (value == null) return null;
    const n = typeof value === "number" ? value : parseVietnameseNumber(value);
    if (n === null) return null;
    if (!Number.isFinite(n)) {
      ctx.addIssue({ code: "custom", message: "indicators.validation.number" });
      return z.NEVER;
    }
    if (Math.abs(n) >= LIMIT) {
      ctx.addIssue({ code: "custom", message: "validation.tooLarge" });
      return z.NEVER;
    }
    return n;
  });

export const indicatorRowSchema = z.object({
  name: requiredText(300),
  unitOfMeasure: requiredText(50),
  plan: optionalFigure,
  actual: optionalFigure,
  target: optionalFigure,
  note: optionalText(500),
});

/**
 * The meeting's whole table, saved at once in the order given. `loadedIds` are the rows the form was
 * loaded with: if someone saved in between (every save gives new ids), the save is refused.
 */
export const saveIndicatorsSchema = z.object({
  meetingId: recordId,
  loadedIds: z.array(recordId, "validation.invalid").max(MAX_INDICATORS, "validation.tooLong").default([]),
  rows: z.array(indicatorRowSchema, "validation.invalid").max(MAX_INDICATORS, "validation.tooLong"),
});

export type SaveIndicatorsInput = z.input<typeof saveIndicatorsSchema>;
