export const LOCALES = ["vi", "en"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "vi";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function toLocale(value: string | undefined | null): AppLocale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as AppLocale) : DEFAULT_LOCALE;
}
