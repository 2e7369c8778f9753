import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { emailAddress } from "@/lib/settings/schema";
import { checkbox, optionalRecordId, optionalText, recordId, requiredText, version } from "@/lib/validation";
import { accountShapeProblems } from "./account-rules";

// The forms of accounts: the administrator's (create, edit, deactivate, send a password link), the
// public set-password page, and everyone's own profile. The full password policy (common passwords,
// the e-mail's name) runs on the server only, where the list is; these schemas check its length.

/** bcrypt reads at most 72 bytes; 200 characters is the sign-in form's own limit. */
export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

/** A new password as typed, in NFC so the same letters typed on another keyboard still match. */
export const newPassword = z
  .string("validation.required")
  .transform((s) => s.normalize("NFC"))
  .pipe(
    z
      .string()
      .min(PASSWORD_LENGTH.min, "accounts.password.tooShort")
      .max(PASSWORD_LENGTH.max, "accounts.password.tooLong"),
  );

const accountFields = {
  name: requiredText(120),
  email: emailAddress,
  role: z.enum(ROLES, "validation.invalid"),
  /** Ignored for a chair, whose unit is their official's. */
  unitId: optionalRecordId,
  officialId: optionalRecordId,
};

/** Off for an account that signs in only through single sign-on (the form shows it when SSO is configured). */
const passwordSignIn = z.boolean("validation.invalid");

type AccountShape = { role: (typeof ROLES)[number]; unitId: string | null; officialId: string | null };

function fitsRole<T extends AccountShape>(value: T, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(accountShapeProblems(value)))
    ctx.addIssue({ code: "custom", path: [path], message });
}

export const createUserSchema = z
  .object({ ...accountFields, passwordSignIn: passwordSignIn.default(true) })
  .superRefine(fitsRole);
/** `version` is the one the form loaded: a save over a newer one is refused. */
/** Without `passwordSignIn` the account keeps the one it has. */
export const updateUserSchema = z
  .object({ id: recordId, version, ...accountFields, passwordSignIn: passwordSignIn.optional() })
  .superRefine(fitsRole);
export const setUserActiveSchema = z.object({ id: recordId, version, active: checkbox });
export const sendPasswordLinkSchema = z.object({ id: recordId });

/** The public page of a one-time link: the token from its address and the new password, typed twice. */
export const setPasswordSchema = z
  .object({
    token: z.string("validation.invalid").max(100, "validation.invalid"),
    password: newPassword,
    confirm: z.string("validation.required").transform((s) => s.normalize("NFC")),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.password.mismatch" });

export const changePasswordSchema = z
  .object({
    current: z
      .string("validation.required")
      .min(1, "validation.required")
      .max(200, "validation.tooLong")
      .transform((s) => s.normalize("NFC")),
    password: newPassword,
    confirm: z.string("validation.required").transform((s) => s.normalize("NFC")),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "accounts.password.mismatch" });

const PHONE = /^\+?[0-9][0-9 .()-]{5,19}$/;

export const updateProfileSchema = z.object({
  version,
  name: requiredText(120),
  phone: optionalText(20).refine((v) => v === null || PHONE.test(v), "accounts.validation.phone"),
  /** Empty: notifications go to the sign-in address. */
  notificationEmail: optionalText(254)
    .transform((v) => v?.toLowerCase() ?? null)
    .refine((v) => v === null || emailAddress.safeParse(v).success, "validation.email"),
});
export const signOutEverywhereSchema = z.object({});

export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserOutput = z.output<typeof createUserSchema>;
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
export type UpdateProfileOutput = z.output<typeof updateProfileSchema>;
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;
