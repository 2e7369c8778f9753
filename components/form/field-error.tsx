"use client";

import { useTranslations } from "next-intl";

/** A field's error, given as a catalogue key, in the user's language and tied to the field by id. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  const t = useTranslations();
  if (!error) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      {t.has(error) ? t(error) : error}
    </p>
  );
}
