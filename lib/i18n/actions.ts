"use server";

import { cookies } from "next/headers";
import { defineAction } from "@/lib/action";
import { LOCALE_COOKIE } from "./locale";
import { switchLocaleSchema } from "./schema";
import { isSecureTransport } from "@/lib/security/serving";

// Open to everyone, signed in or not (the sign-in page has the switch too); it only sets a cookie.
export const switchLocale = defineAction({
  name: "i18n.switchLocale",
  schema: switchLocaleSchema,
  roles: "anyone",
  async run({ locale }) {
    (await cookies()).set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 24 * 3600,
      sameSite: "lax",
      secure: isSecureTransport(process.env),
    });
  },
});

/** The language switch, a plain form: the page renders again in the language chosen. */
export async function switchLocaleFromForm(form: FormData): Promise<void> {
  await switchLocale(form);
}
