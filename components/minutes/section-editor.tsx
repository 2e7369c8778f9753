"use client";

import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { saveSectionAction } from "@/lib/minutes/actions";
import { formatTime } from "@/lib/datetime/vietnam";
import { CONCLUSIONS_TOKEN } from "@/lib/minutes/markup";
import { useDraftVersion } from "./draft-version";
import { useInBrowser } from "@/components/use-in-browser";
import { MinutesText } from "./minutes-text";

// The editor (ProseMirror) is fetched only by the minutes page, after it has shown the text, and never
// rendered on the server.
const RichTextEditor = lazy(() => import("./rich-text-editor"));

interface Conflict {
  heading: string;
  body: string;
  version: number;
  savedBy: string;
  savedAt: string | null;
}

type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "unchanged" }
  | { kind: "failed"; message: string }
  | { kind: "conflict"; theirs: Conflict };

// Long enough not to save on every word, short enough that a closed tab loses little.
const AUTOSAVE_DELAY_MS = 1500;

/**
 * One section of the minutes, saved on its own when the secretary stops typing. A save names the
 * section version it started from; when a colleague saved first, autosave stops for this section and
 * both texts are shown, so the secretary decides instead of one silently replacing the other.
 */
export function SectionEditor({
  minutesId,
  section,
  number,
}: {
  minutesId: string;
  section: { id: string; heading: string; body: string; version: number };
  number: number;
}) {
  const t = useTranslations("minutes");
  const te = useTranslations();
  const tEditor = useTranslations("editor");
  const inBrowser = useInBrowser();
  const router = useRouter();
  const draft = useDraftVersion();
  const id = useId();
  const [heading, setHeading] = useState(section.heading);
  const [body, setBody] = useState(section.body);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const version = useRef(section.version);
  const saved = useRef({ heading: section.heading, body: section.body });
  const inFlight = useRef<Promise<void> | null>(null);
  const latest = useRef({ heading, body });
  useEffect(() => {
    latest.current = { heading, body };
  }, [heading, body]);

  // While a conflict waits for the secretary's choice nothing is saved, not even on blur: leaving the
  // field to press a choice must not send the stale text again.
  const conflictPending = useRef(false);

  const saveOnce = useCallback(async () => {
    if (conflictPending.current) return;
    if (inFlight.current) await inFlight.current;
    const text = latest.current;
    if (text.heading === saved.current.heading && text.body === saved.current.body) return;
    setStatus({ kind: "saving" });
    const run = (async () => {
      const result = await draft.write(
        saveSectionAction({
          minutesId,
          sectionId: section.id,
          version: version.current,
          heading: text.heading,
          body: text.body,
        }),
      );
      if (result.ok) {
        version.current = result.data.version;
        saved.current = text;
        setStatus(result.data.changed ? { kind: "saved", at: new Date() } : { kind: "unchanged" });
        // The rest of the page (status, history link) follows; the editors keep their own text and
        // versions, so nothing under the typist's cursor changes.
        if (result.data.changed) router.refresh();
      } else if (result.message === "minutes.errors.sectionConflict") {
        conflictPending.current = true;
        setStatus({ kind: "conflict", theirs: result.details as Conflict });
      } else {
        const key = Object.values(result.fieldErrors ?? {})[0] ?? result.message;
        setStatus({ kind: "failed", message: te.has(key) ? te(key) : te("errors.unexpected") });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [minutesId, section.id, te, router, draft]);
  // Tracked from the first moment (even while waiting for an earlier save), so that pressing
  // "submit" right after typing waits for this save and names the version it produced.
  const save = useCallback(() => draft.track(saveOnce()), [draft, saveOnce]);

  const conflicted = status.kind === "conflict";
  useEffect(() => {
    if (conflicted) return;
    if (heading === saved.current.heading && body === saved.current.body) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [heading, body, save, conflicted]);

  const resolve = (use: "theirs" | "mine") => {
    if (status.kind !== "conflict") return;
    const theirs = status.theirs;
    conflictPending.current = false;
    version.current = theirs.version;
    saved.current = { heading: theirs.heading, body: theirs.body };
    if (use === "theirs") {
      setHeading(theirs.heading);
      setBody(theirs.body);
      setStatus({ kind: "idle" });
    } else {
      setStatus({ kind: "idle" });
      void save();
    }
  };

  const statusText = {
    idle: t("autosave.idle"),
    saving: t("autosave.saving"),
    saved: status.kind === "saved" ? t("autosave.saved", { time: formatTime(status.at) }) : "",
    unchanged: t("autosave.unchanged"),
    failed: status.kind === "failed" ? t("autosave.failed", { message: status.message }) : "",
    conflict: t("autosave.conflict"),
  }[status.kind];

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
      <h3 id={`${id}-h`} className="sr-only">
        {number}. {heading}
      </h3>
      <label htmlFor={`${id}-heading`} className="block text-sm font-medium text-slate-700">
        {t("sectionHeading", { number })}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <span className="font-semibold">{number}.</span>
        <input
          id={`${id}-heading`}
          value={heading}
          maxLength={300}
          onChange={(e) => setHeading(e.target.value)}
          onBlur={() => void save()}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base font-semibold"
        />
      </div>
      <p className="mt-3 mb-1 block text-sm font-medium text-slate-700">{t("sectionBody", { number })}</p>
      {/* The editor's name: the visible label with the section's heading. */}
      <span id={`${id}-body-label`} hidden>
        {tEditor("sectionText", { number, heading })}
      </span>
      {inBrowser ? (
        <Suspense fallback={<TextWhileLoading body={body} />}>
          <RichTextEditor
            value={body}
            onChange={setBody}
            onBlur={() => void save()}
            labelledBy={`${id}-body-label`}
            describedBy={`${id}-status`}
            toolbarLabel={tEditor("toolbar", { number })}
          />
        </Suspense>
      ) : (
        <TextWhileLoading body={body} />
      )}
      <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
        <p
          id={`${id}-status`}
          role="status"
          className={`text-sm ${status.kind === "failed" || conflicted ? "font-semibold text-red-800" : "text-slate-600"}`}
        >
          {statusText}
        </p>
        {!conflicted && (
          <button
            type="button"
            onClick={() => void save()}
            className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100"
          >
            {t("saveNow")}
          </button>
        )}
      </div>
      {status.kind === "conflict" && (
        <div role="alert" className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{t("conflict.title")}</p>
          <p className="mt-1">
            {t("conflict.body", {
              name: status.theirs.savedBy,
              time: status.theirs.savedAt ? formatTime(new Date(status.theirs.savedAt)) : "",
            })}
          </p>
          <p className="mt-2 font-medium">{t("conflict.theirs")}</p>
          <div className="mt-1 max-h-64 overflow-auto rounded border border-amber-200 bg-white p-2">
            <p className="font-semibold">{status.theirs.heading}</p>
            <MinutesText body={status.theirs.body} conclusions={null} />
          </div>
          <div className="mt-3 flex flex-wrap gap-2">
            <button
              type="button"
              onClick={() => resolve("theirs")}
              className="min-h-11 rounded-md border border-slate-300 bg-white px-3 font-medium hover:bg-slate-100"
            >
              {t("conflict.useTheirs")}
            </button>
            <button
              type="button"
              onClick={() => resolve("mine")}
              className="min-h-11 rounded-md bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800"
            >
              {t("conflict.keepMine")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

/** The text as it will print, where the editor will be: shown by the server and until the editor is loaded. */
function TextWhileLoading({ body }: { body: string }) {
  return (
    <div className="min-h-32 rounded-md border border-slate-300 px-3 py-2">
      <MinutesText body={body} conclusions={null} />
    </div>
  );
}

export function EditorHelp() {
  const t = useTranslations("editor");
  return <p className="text-sm text-slate-600">{t("help", { token: CONCLUSIONS_TOKEN })}</p>;
}
