import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "validation.required")
    .max(254, "validation.tooLong")
    .email("validation.email"),
  // NFC, as every password is stored: the same letters typed on another keyboard still match.
  password: z
    .string()
    .min(1, "validation.required")
    .max(200, "validation.tooLong")
    .transform((s) => s.normalize("NFC")),
});

export type SignInInput = z.infer<typeof signInSchema>;
