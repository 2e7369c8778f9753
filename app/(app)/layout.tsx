import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { homePathFor } from "@/lib/auth/roles";
import { PAGES, pagesFor } from "@/lib/auth/pages";
import { DemoBanner } from "@/components/demo-banner";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { NavLinks } from "@/components/nav-links";
import { unreadCount } from "@/lib/notifications/data";
import { SignOutButton } from "@/components/sign-out-button";
import { organisationName } from "@/lib/settings/data";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const [t, tNav, tRoles, tNotes, unread, organisation] = await Promise.all([
    getTranslations("app"),
    getTranslations("nav"),
    getTranslations("roles"),
    getTranslations("notifications"),
    unreadCount(user),
    organisationName(),
  ]);
  const links = pagesFor(user.role).map((name) => ({
    href: PAGES[name].href,
    label: name === "notifications" && unread > 0 ? tNotes("count", { count: unread }) : tNav(name),
  }));
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:z-10 focus:bg-white focus:p-2">
        {t("skipToContent")}
      </a>
      <DemoBanner />
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <div className="flex flex-wrap items-baseline gap-x-2">
              <Link href={homePathFor(user.role)} className="text-lg font-semibold text-brand-700">
                {t("name")}
              </Link>
              {organisation && <span className="text-sm font-medium text-slate-700">{organisation}</span>}
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <span className="text-slate-700">
                {t("signedInAs", { name: user.name })} · {tRoles(user.role)}
              </span>
              <LocaleSwitcher />
              <SignOutButton label={t("signOut")} />
            </div>
          </div>
          <NavLinks links={links} label={t("mainNav")} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
