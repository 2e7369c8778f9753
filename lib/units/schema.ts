import { z } from "zod";
import { optionalRecordId, requiredText } from "@/lib/validation";

export const unitKinds = [
  "PROVINCE",
  "DISTRICT",
  "COMMUNE",
  "WARD",
  "OFFICE",
  "PARTY_BODY",
  "FRONT",
  "MASS_ORGANISATION",
  "SCHOOL",
  "CENTRE",
  "OTHER",
] as const;
export const unitBlocks = ["PARTY", "GOVERNMENT", "FRONT_AND_MASS", "PUBLIC_SERVICE"] as const;

const optionalDay = z
  .string("validation.invalid")
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "validation.date")
  .refine((s) => s === "" || !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), "validation.date")
  .transform((s) => (s === "" ? null : s));

export const createUnitSchema = z.object({
  name: requiredText(200),
  kind: z.enum(unitKinds, "validation.invalid"),
  block: z.enum(unitBlocks, "validation.invalid"),
  parentId: optionalRecordId,
  validFrom: optionalDay.default(""),
});

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type CreateUnitOutput = z.output<typeof createUnitSchema>;
