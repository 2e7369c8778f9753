import { z } from "zod";
import { isMailAddress } from "@/lib/mail/addresses";
import { optionalLocalDate, optionalText, recordId, requiredLocalDate, requiredText, version } from "@/lib/validation";

const optionalEmail = optionalText(200)
  .transform((v) => v?.toLowerCase() ?? null)
  .refine((v) => v === null || isMailAddress(v), "validation.email");

const postFields = { title: requiredText(200), unitId: recordId };
const personFields = { fullName: requiredText(120), email: optionalEmail, phone: optionalText(30) };

/** A new official in a post, held from `validFrom` (unknown: since before the records began). */
export const createOfficialSchema = z.object({ ...personFields, ...postFields, validFrom: optionalLocalDate });
/** Corrects an official's record and current post, over the version the form loaded (no history is made). */
export const updateOfficialSchema = z.object({ id: recordId, version, ...personFields, ...postFields });
/** Moves an official to another post from a day: the current post ends then and stays in the history. */
export const moveOfficialSchema = z.object({ id: recordId, version, ...postFields, effectiveOn: requiredLocalDate });
/** Ends an official's appointment on a day: from then on they chair nothing. */
export const endAppointmentSchema = z.object({ id: recordId, version, effectiveOn: requiredLocalDate });

export type CreateOfficialInput = z.input<typeof createOfficialSchema>;
export type CreateOfficialOutput = z.output<typeof createOfficialSchema>;
export type UpdateOfficialInput = z.input<typeof updateOfficialSchema>;
export type UpdateOfficialOutput = z.output<typeof updateOfficialSchema>;
export type MoveOfficialInput = z.input<typeof moveOfficialSchema>;
export type MoveOfficialOutput = z.output<typeof moveOfficialSchema>;
export type EndAppointmentInput = z.input<typeof endAppointmentSchema>;
export type EndAppointmentOutput = z.output<typeof endAppointmentSchema>;
