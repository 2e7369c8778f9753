import { getLocale, getTranslations } from "next-intl/server";
import { switchLocaleFromForm } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locale";

// A plain form, so switching works before (or without) client JavaScript.
export async function LocaleSwitcher() {
  const [t, locale] = await Promise.all([getTranslations("app"), getLocale()]);
  return (
    <form action={switchLocaleFromForm} aria-label={t("language")} className="flex gap-1 text-sm">
      {LOCALES.map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === locale}
          lang={l}
          className="rounded px-2 py-1 whitespace-nowrap text-slate-700 hover:bg-slate-100 aria-pressed:bg-slate-200 aria-pressed:font-semibold aria-pressed:text-slate-900"
        >
          {t(`languages.${l}`)}
        </button>
      ))}
    </form>
  );
}
