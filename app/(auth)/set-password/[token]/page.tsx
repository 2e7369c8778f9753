import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db/client";
import { passwordLinkOf } from "@/lib/users/password-link";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { FormAlert } from "@/components/form/form-alert";
import { linkButton } from "@/components/link-button";
import { SetPasswordForm } from "./set-password-form";

type Props = { params: Promise<{ token: string }> };

// The token is in the address: no other site learns it from a link followed from here.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.link"))("title"), referrer: "no-referrer" };
}

/** The page a one-time link opens, not signed in. Opening it uses nothing up: only setting the password does. */
export default async function SetPasswordPage({ params }: Props) {
  const { token } = await params;
  const [t, link] = await Promise.all([getTranslations("accounts"), passwordLinkOf(db, token)]);
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10 sm:py-16">
      <div className="flex items-center justify-between">
        <p className="text-lg font-semibold text-brand-700">Hội nghị</p>
        <LocaleSwitcher />
      </div>
      <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("link.title")}</h1>
        {link.row ? (
          <>
            <p className="mt-1 text-sm break-words text-slate-600">{t("link.intro", { email: link.row.user.email })}</p>
            <SetPasswordForm token={token} email={link.row.user.email} />
          </>
        ) : (
          <div className="mt-4 grid gap-4">
            <FormAlert message={t(`link.${link.state}`)} />
            <p className="text-sm text-slate-700">{t("link.askAgain")}</p>
            <div>
              <Link href="/login" className={linkButton}>
                {t("link.toSignIn")}
              </Link>
            </div>
          </div>
        )}
      </div>
    </main>
  );
}
