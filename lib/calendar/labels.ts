import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/catalogue";
import { toLocale } from "@/lib/i18n/locale";
import type calendarMessages from "@/lib/i18n/messages/calendar.vi.json";
import type { EventLabels } from "./events";

/**
 * The words inside a calendar file, in the given locale. The feed is fetched by calendar servers with
 * no cookie, so it takes the locale as an argument rather than from the request.
 */
export function calendarText(locale: string | null | undefined): {
  calendarName: (name: string) => string;
  labels: EventLabels;
} {
  const lang = toLocale(locale);
  const t = createTranslator({
    locale: lang,
    messages: messagesFor(lang) as typeof calendarMessages,
    namespace: "calendar.ics",
  });
  return {
    calendarName: (name) => t("calendarName", { name }),
    labels: {
      organiser: (name) => t("organiser", { name }),
      chair: (name) => t("chair", { name }),
      cancelReason: (reason) => t("cancelReason", { reason }),
      confidentialTitle: t("confidentialTitle"),
    },
  };
}
