import { z } from "zod";
import { cleanText } from "@/lib/text/normalize";
import { recordId } from "@/lib/validation";

export const API_TOKEN_NAME_MAX = 80;
/** Active tokens one user may hold: enough for a few integrations, few enough to keep track of. */
export const MAX_ACTIVE_API_TOKENS = 10;

export const createApiTokenSchema = z.object({
  name: z
    .string("validation.invalid")
    .transform(cleanText)
    .pipe(z.string().min(1, "validation.required").max(API_TOKEN_NAME_MAX, "validation.tooLong")),
});

export const revokeApiTokenSchema = z.object({ id: recordId });

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenOutput = z.output<typeof createApiTokenSchema>;
export type RevokeApiTokenInput = z.input<typeof revokeApiTokenSchema>;
