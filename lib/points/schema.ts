import { z } from "zod";
import { optionalText, recordId, requiredText } from "@/lib/validation";

const optionalUrl = optionalText(500).refine((v) => v === null || /^https?:\/\/\S+$/.test(v), "validation.url");
const optionalCapacity = z
  .union([
    z.literal(""),
    z.coerce
      .number("validation.number")
      .int("validation.number")
      .min(1, "validation.tooSmall")
      .max(100_000, "validation.tooLarge"),
  ])
  .nullish()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const createConnectionPointSchema = z.object({
  name: requiredText(200),
  hostUnitId: recordId,
  address: optionalText(300),
  room: optionalText(100),
  capacity: optionalCapacity,
  equipment: optionalText(500),
  technicianName: optionalText(120),
  technicianPhone: optionalText(30),
  videoLink: optionalUrl,
});

export type CreateConnectionPointInput = z.input<typeof createConnectionPointSchema>;
export type CreateConnectionPointOutput = z.output<typeof createConnectionPointSchema>;
