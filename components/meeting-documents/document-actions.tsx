"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/form/form-alert";
import type { ActionResult } from "@/lib/action";
import { addVersionAction, markReadAction, reviewContributionAction } from "@/lib/meeting-documents/actions";
import { uploadFile } from "./upload";

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";
const button =
  "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 disabled:opacity-60";

function useResult() {
  const t = useTranslations();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const show = (result: ActionResult<unknown>, success: string) => {
    if (result.ok) return setMessage({ ok: true, text: t(success) });
    const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
    const key = field && t.has(field) ? field : t.has(result.message) ? result.message : "errors.unexpected";
    setMessage({ ok: false, text: t(key, result.details as never) });
  };
  return {
    message,
    show,
    alert: message && <FormAlert tone={message.ok ? "success" : "error"} message={message.text} />,
  };
}

/** A new version of a document (N+1) with what changed. */
export function NewVersionForm({
  meetingId,
  documentId,
  version,
}: {
  meetingId: string;
  documentId: string;
  version: number;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const { show, alert } = useResult();
  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return show({ ok: false, message: "meetingDocuments.validation.file" }, "");
    setPending(true);
    const uploaded = await uploadFile(meetingId, file);
    const result = uploaded.ok
      ? await addVersionAction({
          documentId,
          version,
          uploadId: uploaded.data.uploadId,
          changeNote: String(form.get("changeNote") ?? ""),
        })
      : uploaded;
    setPending(false);
    show(result, "meetingDocuments.version.done");
    if (result.ok) {
      formElement.reset();
      router.refresh();
    }
  }
  return (
    <details className="mt-2">
      <summary className="inline-flex min-h-11 cursor-pointer items-center text-sm font-medium text-brand-700 underline">
        {t("meetingDocuments.version.open")}
      </summary>
      <form onSubmit={submit} className="mt-2 flex flex-col gap-2">
        {alert}
        <label className="text-sm">
          {t("meetingDocuments.attach.file")}
          <input type="file" name="file" required className={input} />
        </label>
        <label className="text-sm">
          {t("meetingDocuments.version.changeNote")}
          <input name="changeNote" required maxLength={500} className={input} />
        </label>
        <div>
          <button type="submit" disabled={pending} className={button}>
            {pending ? t("meetingDocuments.attach.sending") : t("meetingDocuments.version.submit")}
          </button>
        </div>
      </form>
    </details>
  );
}

/** Accept a unit's contribution, or return it with a note. */
export function ReviewContribution({ documentId, version }: { documentId: string; version: number }) {
  const t = useTranslations();
  const router = useRouter();
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);
  const { show, alert } = useResult();
  async function decide(decision: "ACCEPT" | "RETURN") {
    setPending(true);
    const result = await reviewContributionAction({ documentId, version, decision, note });
    setPending(false);
    show(result, decision === "ACCEPT" ? "meetingDocuments.review.accepted" : "meetingDocuments.review.returned");
    if (result.ok) router.refresh();
  }
  return (
    <div className="mt-2 flex flex-col gap-2">
      {alert}
      <label className="text-sm">
        {t("meetingDocuments.review.note")}
        <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} className={input} />
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={() => decide("ACCEPT")} className={button}>
          {t("meetingDocuments.review.accept")}
        </button>
        <button type="button" disabled={pending} onClick={() => decide("RETURN")} className={button}>
          {t("meetingDocuments.review.return")}
        </button>
      </div>
    </div>
  );
}

/** "Đánh dấu đã đọc". */
export function MarkReadButton({ documentId, read }: { documentId: string; read: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const { show, alert } = useResult();
  if (read) return <p className="text-sm font-medium text-green-800">✓ {t("meetingDocuments.read.done")}</p>;
  return (
    <div className="flex flex-col gap-2">
      {alert}
      <div>
        <button
          type="button"
          disabled={pending}
          onClick={async () => {
            setPending(true);
            const result = await markReadAction({ documentId });
            setPending(false);
            show(result, "meetingDocuments.read.done");
            if (result.ok) router.refresh();
          }}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {t("meetingDocuments.read.mark")}
        </button>
      </div>
    </div>
  );
}
