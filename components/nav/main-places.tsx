"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavLink {
  href: string;
  label: string;
  /** A number shown beside the label (unread notifications); part of the accessible name through `label`. */
  count?: number;
  accessibleName?: string;
}

export const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/** The role's main places, always in view: a row of tabs on a phone, inline links on a wide screen. */
export function MainPlaces({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label={label}
      className="order-3 -mx-4 sm:shrink-0 w-[calc(100%+2rem)] border-t border-slate-100 sm:order-2 sm:mx-0 sm:w-auto sm:border-0"
    >
      <ul className="flex sm:gap-1">
        {links.map((link) => (
          <li key={link.href} className="min-w-0 flex-1 sm:flex-none">
            <Link
              href={link.href}
              aria-label={link.accessibleName}
              aria-current={isCurrent(pathname, link.href) ? "page" : undefined}
              className="flex min-h-11 items-center justify-center gap-1 truncate px-2 text-sm font-medium text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:text-brand-800 sm:rounded-md sm:px-3"
            >
              <span className="truncate">{link.label}</span>
              {link.count ? (
                <span aria-hidden className="rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">
                  {link.count}
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
