import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { getSettings } from "@/lib/settings/data";
import { PageHeader } from "@/components/page-header";
import { SettingsForm, TestEmailForm } from "./settings-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("settings") };
}

export default async function SettingsPage() {
  const user = await requirePageUser(PAGES.settings.roles);
  const [t, settings] = await Promise.all([getTranslations("settings"), getSettings(user)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="settings-form" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="settings-form" className="mb-3 text-lg font-semibold">
          {t("general")}
        </h2>
        <SettingsForm
          values={{
            organisationName: settings.values.organisationName,
            reminderHours: String(settings.values.reminderHours),
            mailFrom: settings.values.mailFrom,
            loaded: settings.stored,
          }}
        />
      </section>
      <section aria-labelledby="mail-test" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="mail-test" className="text-lg font-semibold">
          {t("test.title")}
        </h2>
        <dl className="mt-2 mb-4 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-600">{t("test.server")}</dt>
          <dd className="break-all">{settings.mailServer ?? t("test.noServer")}</dd>
          <dt className="text-slate-600">{t("test.sender")}</dt>
          <dd className="break-all">{settings.sender}</dd>
        </dl>
        <TestEmailForm />
      </section>
    </>
  );
}
