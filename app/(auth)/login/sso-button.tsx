"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { SSO_PROVIDER_ID } from "@/lib/auth/sso-settings";

/** Sends the browser to the organisation's provider; it comes back signed in at the root, which picks the home. */
export function SsoButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn(SSO_PROVIDER_ID, { callbackUrl: "/" });
      }}
      className="inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-60"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
