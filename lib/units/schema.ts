import { z } from "zod";
import { cleanText } from "@/lib/text/normalize";

const UNIT_KINDS = ["PROVINCE", "DISTRICT", "COMMUNE", "WARD", "OFFICE", "PARTY_BODY", "FRONT", "MASS_ORGANISATION", "SCHOOL", "CENTRE", "OTHER"] as const;
const UNIT_BLOCKS = ["PARTY", "GOVERNMENT", "FRONT_AND_MASS", "PUBLIC_SERVICE"] as const;

export const unitKinds = UNIT_KINDS;
export const unitBlocks = UNIT_BLOCKS;

const optionalDay = z
  .string()
  .trim()
  .regex(/^(\d{4}-\d{2}-\d{2})?$/, "validation.date")
  .refine((s) => s === "" || !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()), "validation.date")
  .transform((s) => (s === "" ? null : s));

export const createUnitSchema = z
  .object({
    name: z.string().transform(cleanText).pipe(z.string().min(1, "validation.required").max(200, "validation.tooLong")),
    kind: z.enum(UNIT_KINDS, "validation.invalid"),
    block: z.enum(UNIT_BLOCKS, "validation.invalid"),
    parentId: z
      .string()
      .max(40, "validation.invalid")
      .transform((s) => (s === "" ? null : s))
      .nullable()
      .default(null),
    validFrom: optionalDay.default(""),
  });

export type CreateUnitInput = z.input<typeof createUnitSchema>;
export type CreateUnitOutput = z.output<typeof createUnitSchema>;
