"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { isCurrent, type NavLink } from "./main-places";

/**
 * Every page the role may open, by group, with the account's actions, in a modal dialog: the native
 * <dialog> keeps focus inside while it is open (the page behind becomes inert), closes on Escape and
 * gives focus back to the button.
 */
export function MenuDialog({
  label,
  closeLabel,
  groups,
  account,
}: {
  label: string;
  closeLabel: string;
  groups: { heading: string; links: NavLink[] }[];
  /** Who is signed in, the language switch and sign-out, rendered by the server. */
  account: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const id = useId();
  // A link followed inside the menu changes the page without a reload: close the menu with it.
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          dialog.current?.showModal();
          closeButton.current?.focus();
          setOpen(true);
        }}
        className="order-2 inline-flex min-h-11 shrink-0 items-center gap-2 rounded-md border whitespace-nowrap border-slate-300 px-3 text-sm font-medium text-slate-800 hover:bg-slate-100 sm:order-3"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="size-5" fill="currentColor">
          <path d="M3 5h14a1 1 0 1 0 0-2H3a1 1 0 0 0 0 2Zm14 4H3a1 1 0 0 0 0 2h14a1 1 0 1 0 0-2Zm0 6H3a1 1 0 1 0 0 2h14a1 1 0 1 0 0-2Z" />
        </svg>
        {label}
      </button>
      <dialog
        ref={dialog}
        id={id}
        aria-labelledby={`${id}-title`}
        onClose={() => setOpen(false)}
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close(); // a tap on the backdrop
        }}
        className="m-0 ml-auto h-dvh max-h-none w-full max-w-sm bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        <div className="flex h-full flex-col overflow-y-auto p-4">
          <div className="flex items-center justify-between gap-2">
            <h2 id={`${id}-title`} className="text-lg font-semibold">
              {label}
            </h2>
            <button
              ref={closeButton}
              type="button"
              onClick={() => dialog.current?.close()}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
            >
              {closeLabel}
            </button>
          </div>
          <div className="mt-4 border-b border-slate-200 pb-4">{account}</div>
          {groups.map((group) => (
            <section key={group.heading} aria-labelledby={`${id}-${group.heading}`} className="mt-4">
              <h3
                id={`${id}-${group.heading}`}
                className="text-xs font-semibold tracking-wide text-slate-600 uppercase"
              >
                {group.heading}
              </h3>
              <ul className="mt-1">
                {group.links.map((link) => (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      aria-current={isCurrent(pathname, link.href) ? "page" : undefined}
                      onClick={() => dialog.current?.close()}
                      className="flex min-h-11 items-center rounded-md px-3 text-base text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-800"
                    >
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </dialog>
    </>
  );
}
