import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGES } from "@/lib/auth/pages";
import { ssoSettings } from "@/lib/auth/sso-settings";
import { PageHeader } from "@/components/page-header";
import { AccountForm } from "../user-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts"))("add") };
}

export default async function NewUserPage() {
  await requirePageUser(PAGES.users.roles);
  const [t, tUsers] = await Promise.all([getTranslations("accounts"), getTranslations("users")]);
  return (
    <>
      <Link href="/admin/users" className="text-sm font-medium text-brand-700 underline">
        ← {tUsers("title")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("add")} intro={t("addIntro")} />
      </div>
      <section aria-label={t("details")} className="rounded-lg border border-slate-200 bg-white p-4">
        <AccountForm sso={ssoSettings(process.env)?.name} />
      </section>
    </>
  );
}
