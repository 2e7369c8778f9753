"use client";

import { useEffect, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { createCalendarFeedAction } from "@/lib/calendar/actions";
import { FormAlert } from "@/components/form/form-alert";

const button = "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 text-sm font-semibold";

/**
 * The private feed address. Only its hash is kept, so the address is shown once, right after it is made:
 * copy it or download the file then. Making a new one cuts off the subscriptions made with the old one.
 */
export function FeedPanel({ origin, active }: { origin: string; active: boolean }) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  const [path, setPath] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const replaces = active || path !== null;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ tone: "success", text: t("calendar.feed.copied") });
    } catch {
      setMessage({ tone: "error", text: t("calendar.feed.copyFailed") });
    }
  }

  function create() {
    startTransition(async () => {
      const result = await createCalendarFeedAction({});
      setConfirming(false);
      if (result.ok) setPath(result.data.path);
      setMessage(
        result.ok
          ? { tone: "success", text: t(replaces ? "calendar.feed.regenerated" : "calendar.feed.created") }
          : { tone: "error", text: t(result.message) },
      );
    });
  }

  const url = path ? `${origin}${path}` : null;
  return (
    <section aria-labelledby="calendar-feed" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="calendar-feed" className="text-lg font-semibold">
        {t("calendar.feed.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("calendar.feed.intro")}</p>
      {url ? (
        <>
          <label htmlFor="calendar-feed-url" className="mt-4 block text-sm font-medium text-slate-800">
            {t("calendar.feed.url")}
          </label>
          <div className="mt-1 flex flex-col gap-2 sm:flex-row">
            <input
              id="calendar-feed-url"
              readOnly
              value={url}
              onFocus={(e) => e.currentTarget.select()}
              aria-describedby="calendar-feed-private"
              className="block w-full min-w-0 grow rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
            />
            <button
              type="button"
              onClick={() => copy(url)}
              className={`${button} shrink-0 bg-slate-800 text-white hover:bg-slate-900`}
            >
              {t("calendar.feed.copy")}
            </button>
          </div>
          <p id="calendar-feed-private" className="mt-1 text-sm text-amber-900">
            {t("calendar.feed.private")} {t("calendar.feed.shownOnce")}
          </p>
          <a
            href={path!}
            download="hoinghi.ics"
            className={`${button} mt-4 border border-slate-300 text-slate-800 hover:bg-slate-100`}
          >
            {t("calendar.feed.download")}
          </a>
        </>
      ) : (
        <p className="mt-3 text-sm text-slate-700">{t(active ? "calendar.feed.exists" : "calendar.feed.none")}</p>
      )}
      <div className="mt-4 flex flex-wrap gap-2 empty:hidden">
        {!replaces && (
          <button
            type="button"
            onClick={create}
            disabled={pending}
            className={`${button} bg-brand-700 text-white hover:bg-brand-800 disabled:opacity-60`}
          >
            {pending ? t("calendar.feed.regenerating") : t("calendar.feed.create")}
          </button>
        )}
        {replaces && !confirming && (
          <button
            type="button"
            onClick={() => {
              setMessage(null);
              setConfirming(true);
            }}
            aria-describedby="calendar-feed-warning"
            className={`${button} border border-brand-700 text-brand-800 hover:bg-brand-50`}
          >
            {t("calendar.feed.regenerate")}
          </button>
        )}
      </div>
      {replaces &&
        (confirming ? (
          <div
            role="group"
            aria-labelledby="calendar-feed-warning"
            className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3"
          >
            <p id="calendar-feed-warning" className="text-sm font-medium text-amber-950">
              {t("calendar.feed.regenerateWarning")}
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                ref={confirmRef}
                type="button"
                onClick={create}
                disabled={pending}
                className={`${button} bg-brand-700 text-white hover:bg-brand-800 disabled:opacity-60`}
              >
                {pending ? t("calendar.feed.regenerating") : t("calendar.feed.confirm")}
              </button>
              <button
                type="button"
                onClick={() => setConfirming(false)}
                disabled={pending}
                className={`${button} border border-slate-300 text-slate-800 hover:bg-slate-100`}
              >
                {t("calendar.feed.cancel")}
              </button>
            </div>
          </div>
        ) : (
          <p id="calendar-feed-warning" className="mt-2 text-sm text-slate-600">
            {t("calendar.feed.regenerateWarning")}
          </p>
        ))}
      <div aria-live="polite" className="mt-3 empty:hidden">
        {message && <FormAlert tone={message.tone} message={message.text} />}
      </div>
    </section>
  );
}
