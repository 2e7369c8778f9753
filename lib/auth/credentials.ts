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

// A sign-in refused while the account or address must wait (lib/auth/throttle.ts) reaches the form as
// next-auth's error string; the form reads the minutes back to say how long.
export const throttledError = (minutes: number) => `throttled:${minutes}`;

export function throttledMinutes(error: string | null | undefined): number | null {
  const match = /^throttled:(\d+)$/.exec(error ?? "");
  return match ? Number(match[1]) : null;
}
