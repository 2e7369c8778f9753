import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { ownProfile } from "@/lib/users/data";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { PageHeader } from "@/components/page-header";
import { ChangePasswordForm, ProfileForm, SignOutEverywhereButton } from "./profile-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.profile"))("title") };
}

export default async function ProfilePage() {
  const user = await requirePageUser(PAGES.profile.roles);
  const [t, tRoles, profile] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("roles"),
    ownProfile(user),
  ]);
  return (
    <>
      <PageHeader title={t("profile.title")} intro={t("profile.intro")} />
      <section aria-labelledby="profile-account" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-account" className="text-lg font-semibold">
          {t("profile.account")}
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="text-slate-600">{t("fields.email")}</dt>
          <dd className="break-all">{profile.email}</dd>
          <dt className="text-slate-600">{t("fields.role")}</dt>
          <dd>{tRoles(profile.role)}</dd>
          <dt className="text-slate-600">{t("fields.unit")}</dt>
          <dd>{profile.unit.name}</dd>
          {profile.official && (
            <>
              <dt className="text-slate-600">{t("fields.official")}</dt>
              <dd>
                {profile.official.fullName} — {profile.official.title}
              </dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="profile-contact" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-contact" className="text-lg font-semibold">
          {t("profile.contact")}
        </h2>
        <ProfileForm
          email={profile.email}
          version={profile.version}
          values={{
            name: profile.name,
            phone: profile.phone ?? "",
            notificationEmail: profile.notificationEmail ?? "",
          }}
        />
      </section>
      <section aria-labelledby="profile-password" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-password" className="text-lg font-semibold">
          {t("profile.changePassword")}
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {t("profile.changePasswordIntro")}
          {profile.passwordChangedAt &&
            ` ${t("profile.passwordChangedAt", { when: formatDateTime(profile.passwordChangedAt) })}`}
        </p>
        <ChangePasswordForm email={profile.email} />
      </section>
      <section aria-labelledby="profile-everywhere" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="profile-everywhere" className="text-lg font-semibold">
          {t("profile.everywhere")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-slate-700">{t("profile.everywhereIntro")}</p>
        <SignOutEverywhereButton />
      </section>
    </>
  );
}
