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

const pointFields = {
  name: requiredText(200),
  hostUnitId: recordId,
  address: optionalText(300),
  room: optionalText(100),
  capacity: optionalCapacity,
  equipment: optionalText(500),
  technicianName: optionalText(120),
  technicianPhone: optionalText(30),
  videoLink: optionalUrl,
};

export const createConnectionPointSchema = z.object(pointFields);
/** `updatedAt` is when the point the form shows was last saved: a save over a newer one is refused. */
export const updateConnectionPointSchema = z.object({
  id: recordId,
  updatedAt: z.iso.datetime("validation.invalid").transform((v) => new Date(v)),
  ...pointFields,
});
export const connectionPointIdSchema = z.object({ id: recordId });

export type CreateConnectionPointInput = z.input<typeof createConnectionPointSchema>;
export type CreateConnectionPointOutput = z.output<typeof createConnectionPointSchema>;
export type UpdateConnectionPointInput = z.input<typeof updateConnectionPointSchema>;
export type UpdateConnectionPointOutput = z.output<typeof updateConnectionPointSchema>;
