import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { signInErrorKey } from "@/lib/auth/sign-in-error";
import { ssoSettings } from "@/lib/auth/sso-settings";
import { isDemoDatabase } from "@/lib/demo/mode";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/demo/accounts";
import { mayShowDemoPassword } from "@/lib/security/serving";
import { DemoBanner } from "@/components/demo-banner";
import { FormAlert } from "@/components/form/form-alert";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignInForm } from "./sign-in-form";
import { SsoButton } from "./sso-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("login"))("title") };
}

/** What brought the person here, said above the form: a password just set or changed, every session ended. */
const AFTER = ["passwordSet", "passwordChanged", "signedOutEverywhere"] as const;

type Props = { searchParams: Promise<{ after?: string; error?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const user = await currentUser();
  if (user) redirect(homePathFor(user.role));
  const [t, tAfter, tSso, tRoles, demo, { after: requested, error }] = await Promise.all([
    getTranslations("login"),
    getTranslations("accounts.after"),
    getTranslations("sso"),
    getTranslations("roles"),
    isDemoDatabase(),
    searchParams,
  ]);
  const after = AFTER.find((a) => a === requested);
  const sso = ssoSettings(process.env);
  const provider = sso?.name ?? "SSO";
  const errorKey = signInErrorKey(error);
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
          {after && (
            <div className="mt-4">
              <FormAlert tone="success" message={tAfter(after)} />
            </div>
          )}
          {(errorKey || sso) && (
            <div className="mt-6 flex flex-col gap-4">
              {errorKey && <FormAlert message={tSso(`errors.${errorKey}`, { provider })} />}
              {sso && (
                <>
                  <SsoButton
                    label={tSso("signInWith", { provider })}
                    pendingLabel={tSso("redirecting", { provider })}
                  />
                  <p className="flex items-center gap-3 text-sm text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
                    {tSso("orPassword")}
                  </p>
                </>
              )}
            </div>
          )}
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
