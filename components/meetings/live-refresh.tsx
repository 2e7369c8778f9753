"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";

/** Re-renders the page from the server whenever the meeting changes (server-sent events). */
export function LiveRefresh({ url, label }: { url: string; label: string }) {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const source = new EventSource(url);
    source.onopen = () => setConnected(true);
    source.onerror = () => setConnected(false);
    source.addEventListener("change", () => router.refresh());
    return () => source.close();
  }, [url, router]);
  return (
    <p className="flex items-center gap-2 text-sm text-slate-600" data-live={connected ? "on" : "off"}>
      <span aria-hidden className={`inline-block size-2 rounded-full ${connected ? "bg-green-600" : "bg-slate-400"}`} />
      {label}
    </p>
  );
}
