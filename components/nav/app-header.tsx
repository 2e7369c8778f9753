import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { homePathFor, type SessionUser } from "@/lib/auth/roles";
import { MAIN_PLACES, menuFor, PAGES, type PageName } from "@/lib/auth/pages";
import { unreadCount } from "@/lib/notifications/data";
import { organisationName } from "@/lib/settings/data";
import { LocaleSwitcher } from "@/components/locale-switcher";
import { SignOutButton } from "@/components/sign-out-button";
import { MainPlaces, type NavLink } from "./main-places";
import { MenuDialog } from "./menu-dialog";

/**
 * The signed-in header: one compact bar. The role's main places stay in view (a row of tabs on a
 * phone), everything else is in the menu, grouped; on a wide screen the account sits in the bar too.
 */
export async function AppHeader({ user }: { user: SessionUser }) {
  const [t, tNav, tShort, tGroups, tRoles, tNotes, unread, organisation] = await Promise.all([
    getTranslations("app"),
    getTranslations("nav"),
    getTranslations("navShort"),
    getTranslations("navGroups"),
    getTranslations("roles"),
    getTranslations("notifications"),
    unreadCount(user),
    organisationName(),
  ]);
  const full = (name: PageName) =>
    name === "notifications" && unread > 0 ? tNotes("count", { count: unread }) : tNav(name);
  const main: NavLink[] = MAIN_PLACES[user.role].map((name) => ({
    href: PAGES[name].href,
    label: tShort.has(name) ? tShort(name) : tNav(name),
    count: name === "notifications" ? unread : undefined,
    accessibleName: name === "notifications" && unread > 0 ? full(name) : undefined,
  }));
  const groups = menuFor(user.role).map(({ group, pages }) => ({
    heading: tGroups(group),
    links: pages.map((name) => ({ href: PAGES[name].href, label: full(name) })),
  }));
  // The name opens the person's own profile (also in the menu's personal group).
  const who = (
    <Link href={PAGES.profile.href} className="min-w-0 truncate text-slate-700 underline-offset-2 hover:underline">
      {t("signedInAs", { name: user.name })} · {tRoles(user.role)}
    </Link>
  );
  return (
    <header className="border-b border-slate-200 bg-white print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-3 px-4 sm:min-h-16 sm:flex-nowrap">
        <Link
          href={homePathFor(user.role)}
          className="order-1 mr-auto shrink-0 py-3 text-lg font-semibold whitespace-nowrap text-brand-700 sm:mr-2"
        >
          {t("name")}
          {/* The organisation's name (Settings) beside the app's, on screens wide enough for both. */}
          {organisation && (
            <span className="ml-2 hidden text-sm font-medium text-slate-700 xl:inline">{organisation}</span>
          )}
        </Link>
        <MainPlaces links={main} label={t("mainNav")} />
        <div className="order-2 ml-auto hidden min-w-0 items-center gap-2 text-sm lg:flex">
          {who}
          <LocaleSwitcher />
          <SignOutButton label={t("signOut")} />
        </div>
        <MenuDialog
          label={t("menu")}
          closeLabel={t("closeMenu")}
          groups={groups}
          account={
            <div className="flex flex-col items-start gap-3 text-sm">
              {who}
              <LocaleSwitcher />
              <SignOutButton label={t("signOut")} />
            </div>
          }
        />
      </div>
    </header>
  );
}
