import { z } from "zod";
import { cleanText } from "@/lib/text/normalize";
import { API_TOKEN_LIFETIMES, DEFAULT_API_TOKEN_LIFETIME } from "./expiry";
import { recordId } from "@/lib/validation";

export const API_TOKEN_NAME_MAX = 80;
/** Active tokens one user may hold: enough for a few integrations, few enough to keep track of. */
export const MAX_ACTIVE_API_TOKENS = 10;

export const createApiTokenSchema = z.object({
  name: z
    .string("validation.invalid")
    .transform(cleanText)
    .pipe(z.string().min(1, "validation.required").max(API_TOKEN_NAME_MAX, "validation.tooLong")),
  /** Days until the token stops working: one of API_TOKEN_LIFETIMES (a form posts it as text). */
  lifetimeDays: z
    .union([z.number(), z.string()], "validation.invalid")
    .default(DEFAULT_API_TOKEN_LIFETIME)
    .transform(Number)
    .pipe(
      z.union(
        API_TOKEN_LIFETIMES.map((days) => z.literal(days)),
        "validation.invalid",
      ),
    ),
  /** The account's password, asked again: a session left open is not enough to mint a lasting credential. */
  password: z.string("validation.required").min(1, "validation.required").max(200, "validation.tooLong"),
});

export const revokeApiTokenSchema = z.object({ id: recordId });

export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;
export type CreateApiTokenOutput = z.output<typeof createApiTokenSchema>;
export type RevokeApiTokenInput = z.input<typeof revokeApiTokenSchema>;
