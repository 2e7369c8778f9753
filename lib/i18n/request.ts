import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { TIME_ZONE } from "@/lib/datetime/vietnam";
import { LOCALE_COOKIE, toLocale } from "./locale";
import { messagesFor } from "./catalogue";

// No locale in the URL: Vietnamese unless the user chose English (kept in a cookie).
export default getRequestConfig(async () => {
  const locale = toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: TIME_ZONE,
    messages: messagesFor(locale),
  };
});
