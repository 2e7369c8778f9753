"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/form/form-alert";
import { createDocumentAction } from "@/lib/meeting-documents/actions";
import { uploadFile } from "./upload";

const input = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base";

/**
 * Attaches a document to the meeting or one of its agenda items: the file goes to the streamed upload
 * route, then the action makes the document with its title, presenting unit and audience. A hosting
 * secretariat's document is for its own points.
 */
export function AttachDocumentForm({
  meetingId,
  agendaItems,
  points,
  units,
  hostOnly,
}: {
  meetingId: string;
  agendaItems: { id: string; title: string; position: number }[];
  points: { id: string; name: string }[];
  units: { id: string; name: string }[];
  hostOnly: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [audience, setAudience] = useState("INVITED");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const audiences = hostOnly ? ["INVITED", "POINTS"] : ["INVITED", "POINTS", "UNITS", "CHAIRS"];

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      setMessage({ ok: false, text: t("meetingDocuments.validation.file") });
      return;
    }
    setPending(true);
    setMessage(null);
    const uploaded = await uploadFile(meetingId, file);
    if (!uploaded.ok) {
      setPending(false);
      setMessage({
        ok: false,
        text: t.has(uploaded.message) ? t(uploaded.message, uploaded.details as never) : t("errors.unexpected"),
      });
      return;
    }
    const result = await createDocumentAction({
      meetingId,
      uploadId: uploaded.data.uploadId,
      agendaItemId: String(form.get("agendaItemId") ?? ""),
      title: String(form.get("title") ?? ""),
      presentingUnitId: String(form.get("presentingUnitId") ?? ""),
      audience: audience as "INVITED",
      pointIds: form.getAll("pointIds").map(String),
      unitIds: form.getAll("unitIds").map(String),
      confidential: form.get("confidential") === "on",
    });
    setPending(false);
    if (result.ok) {
      formElement.reset();
      setAudience("INVITED");
      setMessage({ ok: true, text: t("meetingDocuments.attach.done") });
      router.refresh();
    } else {
      const field = result.fieldErrors ? Object.values(result.fieldErrors)[0] : undefined;
      const key = field && t.has(field) ? field : t.has(result.message) ? result.message : "errors.unexpected";
      setMessage({ ok: false, text: t(key) });
    }
  }

  return (
    <form
      onSubmit={submit}
      aria-labelledby="attach-title"
      className="mt-3 flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
    >
      <h3 id="attach-title" className="font-semibold">
        {t("meetingDocuments.attach.title")}
      </h3>
      {message && <FormAlert tone={message.ok ? "success" : "error"} message={message.text} />}
      <label className="text-sm">
        {t("meetingDocuments.attach.file")}
        <input
          type="file"
          name="file"
          required
          accept=".pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.webp,application/pdf,image/*"
          className={input}
        />
        <span className="mt-1 block text-slate-600">{t("meetingDocuments.attach.fileHint")}</span>
      </label>
      <label className="text-sm">
        {t("meetingDocuments.attach.docTitle")}
        <input name="title" required maxLength={300} className={input} />
      </label>
      <label className="text-sm">
        {t("meetingDocuments.attach.agendaItem")}
        <select name="agendaItemId" className={input} defaultValue={agendaItems[0]?.id ?? ""}>
          <option value="">{t("meetingDocuments.attach.wholeMeeting")}</option>
          {agendaItems.map((item) => (
            <option key={item.id} value={item.id}>
              {item.position + 1}. {item.title}
            </option>
          ))}
        </select>
      </label>
      {units.length > 0 && (
        <label className="text-sm">
          {t("meetingDocuments.attach.presentingUnit")}
          <select name="presentingUnitId" className={input} defaultValue="">
            <option value="">{t("common.none")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <fieldset>
        <legend className="text-sm font-medium">{t("meetingDocuments.attach.audience")}</legend>
        {audiences.map((a) => (
          <label key={a} className="mt-1 flex min-h-11 items-center gap-2 text-sm">
            <input
              type="radio"
              name="audience"
              value={a}
              checked={audience === a}
              onChange={() => setAudience(a)}
              className="size-5"
            />
            {t(`meetingDocuments.audience.${hostOnly && a === "INVITED" ? "HOSTED" : a}`)}
          </label>
        ))}
      </fieldset>
      {audience === "POINTS" && (
        <fieldset className="rounded-md border border-slate-200 p-2">
          <legend className="text-sm font-medium">{t("meetingDocuments.attach.points")}</legend>
          {points.map((p) => (
            <label key={p.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="pointIds" value={p.id} className="size-5" />
              {p.name}
            </label>
          ))}
        </fieldset>
      )}
      {audience === "UNITS" && (
        <fieldset className="max-h-64 overflow-y-auto rounded-md border border-slate-200 p-2">
          <legend className="text-sm font-medium">{t("meetingDocuments.attach.units")}</legend>
          {units.map((u) => (
            <label key={u.id} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name="unitIds" value={u.id} className="size-5" />
              {u.name}
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex min-h-11 items-center gap-2 text-sm">
        <input type="checkbox" name="confidential" className="size-5" />
        {t("meetingDocuments.attach.confidential")}
      </label>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        >
          {pending ? t("meetingDocuments.attach.sending") : t("meetingDocuments.attach.submit")}
        </button>
      </div>
    </form>
  );
}
