import { z } from "zod";
import { optionalText } from "@/lib/validation";
import { emailAddress } from "@/lib/settings/schema";
import { parseAddresses } from "@/lib/mail/addresses";
import { choose, type Choice } from "./choices";

// Field builders for a file's cells, which are always text ("" when empty). They reuse the forms'
// builders so an imported value is held to the same rules as a typed one.

/** An optional cell: empty → undefined, which leaves a stored value as it is. */
export const optionalCell = (max: number) => optionalText(max).transform((v) => v ?? undefined);

export const optionalEmailCell = z
  .string()
  .transform((s) => s.trim())
  .pipe(z.union([z.literal("").transform(() => undefined), emailAddress]));

/** One or more addresses ("a@x.vn; b@x.vn"), stored lower-case and "; "-separated. */
export const contactEmailsCell = optionalText(500)
  .refine(
    (v) => v === null || parseAddresses(v).length === v.split(/[\s,;]+/).filter(Boolean).length,
    "validation.email",
  )
  .transform((v) => (v === null ? undefined : parseAddresses(v).join("; ")));

/** A closed list's label or code (see choices.ts), validated as the form validates the code. */
export const choiceCell = <O>(list: Choice<string>[], unknownKey: string, codes: z.ZodType<O, string>) =>
  z
    .string()
    .transform((cell, ctx) => {
      const code = choose(list, cell);
      if (code === null) {
        ctx.addIssue({ code: "custom", message: cell.trim() ? unknownKey : "validation.required" });
        return z.NEVER;
      }
      return code;
    })
    .pipe(codes);
