import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { userForEdit } from "@/lib/users/data";
import { orNotFound } from "@/lib/not-found";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { ssoSettings } from "@/lib/auth/sso-settings";
import { PageHeader } from "@/components/page-header";
import { Badge } from "@/components/badge";
import { FormAlert } from "@/components/form/form-alert";
import { AccountForm, ActiveButton, PasswordLinkButton } from "../user-forms";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requirePageUser(PAGES.users.roles);
  const account = await orNotFound(userForEdit(user, (await params).id));
  return { title: account.name };
}

export default async function UserPage({ params, searchParams }: Props) {
  const user = await requirePageUser(PAGES.users.roles);
  const account = await orNotFound(userForEdit(user, (await params).id));
  const justCreated = (await searchParams).created === "1";
  const [t, tUsers, tRoles] = await Promise.all([
    getTranslations("accounts"),
    getTranslations("users"),
    getTranslations("roles"),
  ]);
  return (
    <>
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline">
        ← {tUsers("title")}
      </Link>
      <div className="mt-2">
        <PageHeader
          title={t("editTitle", { name: account.name })}
          intro={
            account.lastLoginAt ? t("lastLogin", { when: formatDateTime(account.lastLoginAt) }) : t("neverSignedIn")
          }
        >
          <div className="flex gap-2">
            <Badge tone="info">{tRoles(account.role)}</Badge>
            <Badge tone={account.active ? "good" : "bad"}>{account.active ? t("active") : tUsers("inactive")}</Badge>
          </div>
        </PageHeader>
      </div>
      {justCreated && (
        <div className="mb-4">
          <FormAlert tone="success" message={t("created")} />
        </div>
      )}
      <section aria-labelledby="account-details" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="account-details" className="text-lg font-semibold">
          {t("details")}
        </h2>
        <AccountForm
          sso={ssoSettings(process.env)?.name}
          existing={{
            id: account.id,
            version: account.version,
            values: {
              name: account.name,
              email: account.email,
              role: account.role,
              unitId: account.unit.id,
              officialId: account.official?.id ?? "",
              passwordSignIn: account.passwordSignIn,
            },
            unit: { id: account.unit.id, label: account.unit.name },
            official: account.official,
          }}
        />
      </section>
      <section aria-labelledby="account-password" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="account-password" className="text-lg font-semibold">
          {t("password.title")}
        </h2>
        <p className="mt-2 text-sm">
          {!account.passwordSignIn
            ? t("password.ssoOnly")
            : !account.hasPassword
              ? t("password.notSet")
              : account.passwordChangedAt
                ? t("password.set", { when: formatDateTime(account.passwordChangedAt) })
                : t("password.setUnknown")}
        </p>
        {account.openLink && (
          <p className="mt-1 text-sm text-slate-700">
            {t("password.openLink", {
              purpose: account.openLink.purpose,
              sent: formatDateTime(account.openLink.createdAt),
              until: formatDateTime(account.openLink.expiresAt),
            })}
          </p>
        )}
        {account.active && account.passwordSignIn && (
          <div className="mt-3 grid gap-2">
            {account.hasPassword && <p className="text-sm text-slate-600">{t("password.resetHint")}</p>}
            <PasswordLinkButton id={account.id} hasPassword={account.hasPassword} />
          </div>
        )}
      </section>
      <section aria-labelledby="account-status" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="account-status" className="text-lg font-semibold">
          {t("status.title")}
        </h2>
        <p className="mt-2 mb-3 text-sm text-slate-700">
          {account.active ? t("status.activeIntro") : t("status.inactiveIntro")}
        </p>
        <ActiveButton id={account.id} version={account.version} active={account.active} name={account.name} />
      </section>
    </>
  );
}
