"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

/**
 * Re-renders the page from the server whenever the meeting changes (server-sent events). The server
 * ends the stream with "closed" when the user may no longer watch it; reloading then shows why.
 */
export function LiveRefresh({ url, label, closedLabel }: { url: string; label: string; closedLabel: string }) {
  const router = useRouter();
  const [state, setState] = useState<"on" | "off" | "closed">("off");
  useEffect(() => {
    const source = new EventSource(url);
    source.onopen = () => setState("on");
    source.onerror = () => setState((s) => (s === "closed" ? s : "off"));
    source.addEventListener("change", () => router.refresh());
    source.addEventListener("closed", () => {
      source.close();
      setState("closed");
    });
    return () => source.close();
  }, [url, router]);
  return (
    <p className="flex items-center gap-2 text-sm text-slate-600" data-live={state}>
      <span
        aria-hidden
        className={`inline-block size-2 rounded-full ${state === "on" ? "bg-green-600" : "bg-slate-400"}`}
      />
      {state === "closed" ? closedLabel : label}
    </p>
  );
}
