import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p className="mt-2 text-slate-700">{t("forbiddenBody")}</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        {t("backHome")}
      </Link>
    </main>
  );
}
