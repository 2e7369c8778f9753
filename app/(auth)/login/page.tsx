import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { isDemoDatabase } from "@/lib/demo/mode";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { mayShowDemoPassword } from "@/lib/security/serving";
import { DemoBanner } from "@/components/demo-banner";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

export default async function LoginPage() {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  const [t, tRoles, demo] = await Promise.all([getTranslations("login"), getTranslations("roles"), isDemoDatabase()]);
  return (
    <>
      <DemoBanner />
      <main id="main" className="mx-auto flex max-w-md flex-col gap-6 px-4 py-10 sm:py-16">
        <div className="flex items-center justify-between">
          <p className="text-lg font-semibold text-brand-700">Hội nghị</p>
          <LocaleSwitcher />
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
          <SignInForm />
        </div>
        {demo && (
          <section
            aria-labelledby="demo-accounts"
            className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm"
          >
            <h2 id="demo-accounts" className="font-semibold">
              {/* The password only when the server answers this machine alone: never to the network. */}
              {mayShowDemoPassword(process.env)
                ? t("demoAccountsPassword", { password: DEMO_PASSWORD })
                : t("demoAccounts")}
            </h2>
            <ul className="mt-2 space-y-1">
              {DEMO_ACCOUNTS.map((a) => (
                <li key={a.email}>
                  <code>{a.email}</code> — {tRoles(a.role)}
                </li>
              ))}
            </ul>
          </section>
        )}
      </main>
    </>
  );
}
