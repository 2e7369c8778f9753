"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { applyImportAction, checkImportAction, discardImportAction } from "@/lib/import/actions";
import { IMPORT_KINDS } from "@/lib/import/columns";
import type { ActionResult } from "@/lib/action";
import { SelectField } from "@/components/form/select-field";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Failure = Extract<ActionResult, { ok: false }>;

/** The message of a refused action, with the values it names (the missing columns, the row limit). */
function useFailureText() {
  const t = useTranslations();
  return (failure: Failure) => t(failure.message, (failure.details ?? {}) as Record<string, string>);
}

/** Uploads a file for its dry run, then opens the job's page with every line's outcome. */
export function UploadForm() {
  const t = useTranslations("import");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    const result = await checkImportAction(new FormData(event.currentTarget));
    if (result.ok) {
      router.push(`/admin/import/${result.data.id}`);
      return;
    }
    setFailure(result);
    setPending(false);
  }
  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      {failure && <FormAlert message={failureText(failure)} />}
      <SelectField
        name="kind"
        label={t("upload.kind")}
        options={IMPORT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        error={failure?.fieldErrors?.kind}
      />
      <TextField
        name="file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        label={t("upload.file")}
        hint={t("upload.fileHint")}
        required
        error={failure?.fieldErrors?.file}
      />
      <div>
        <SubmitButton pending={pending} label={t("upload.submit")} pendingLabel={t("upload.checking")} />
      </div>
    </form>
  );
}

/** Writes a checked job (or resumes one that stopped), or discards it. */
export function JobActions({
  jobId,
  applyLabel,
  canDiscard,
}: {
  jobId: string;
  /** The write (or resume) button's text; none when the job cannot be written now. */
  applyLabel: string | null;
  canDiscard: boolean;
}) {
  const t = useTranslations("import.job");
  const failureText = useFailureText();
  const router = useRouter();
  const [pending, setPending] = useState<"apply" | "discard" | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function run(which: "apply" | "discard") {
    if (which === "discard" && !window.confirm(t("confirmDiscard"))) return;
    setPending(which);
    setFailure(null);
    const result = await (which === "apply" ? applyImportAction : discardImportAction)({ jobId });
    if (!result.ok) setFailure(result);
    setPending(null);
    router.refresh();
  }
  const button =
    "inline-flex min-h-11 items-center justify-center rounded-md px-4 py-2 font-semibold disabled:opacity-60";
  return (
    <div className="grid gap-3">
      {failure && <FormAlert message={failureText(failure)} />}
      <div className="flex flex-wrap gap-3">
        {applyLabel && (
          <button
            type="button"
            disabled={pending !== null}
            onClick={() => run("apply")}
            className={`${button} bg-brand-700 text-white hover:bg-brand-800`}
          >
            {pending === "apply" ? t("applying") : applyLabel}
          </button>
        )}
        {canDiscard && (
          <button
            type="button"
            disabled={pending !== null}
            onClick={() => run("discard")}
            className={`${button} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}
          >
            {pending === "discard" ? t("discarding") : t("discard")}
          </button>
        )}
      </div>
    </div>
  );
}

/** While a job is being written, reloads the page's figures every second or so. */
export function RefreshWhileWriting() {
  const router = useRouter();
  useEffect(() => {
    const timer = window.setInterval(() => router.refresh(), 1500);
    return () => window.clearInterval(timer);
  }, [router]);
  return null;
}
