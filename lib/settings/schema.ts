import { z } from "zod";
import { MAX_REMINDER_HOURS } from "@/lib/reminders/window";
import { ADDRESS } from "@/lib/mail/addresses";
import { plainText } from "@/lib/text/normalize";
import { optionalText, wholeNumber } from "@/lib/validation";

/** One e-mail address, lower-case (as lib/mail/addresses.ts compares them). */
export const emailAddress = z
  .string("validation.required")
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .transform((s) => plainText(s).toLowerCase())
  .refine((s) => ADDRESS.test(s), "validation.email");

const optionalAddress = optionalText(254).refine((v) => v === null || ADDRESS.test(v), "validation.email");

/** What the form loaded: each row's stored value, null where there was none. */
const loaded = z.object(
  {
    organisationName: z.string().max(1000).nullable(),
    reminderHours: z.string().max(1000).nullable(),
    mailFrom: z.string().max(1000).nullable(),
  },
  "validation.invalid",
);

export const updateSettingsSchema = z.object({
  /** Empty: no name is shown and e-mails keep MAIL_FROM's display name. */
  organisationName: optionalText(200),
  /** 0 turns automatic reminders off. */
  reminderHours: wholeNumber(0, MAX_REMINDER_HOURS),
  /** Empty: MAIL_FROM's address. */
  mailFrom: optionalAddress.transform((v) => v?.toLowerCase() ?? null),
  loaded,
});
export const testEmailSchema = z.object({ to: emailAddress });

export type UpdateSettingsInput = z.input<typeof updateSettingsSchema>;
export type UpdateSettingsOutput = z.output<typeof updateSettingsSchema>;
