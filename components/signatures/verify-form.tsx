"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import { verifyUploadAction } from "@/lib/signatures/actions";
import { formatDate, formatDateTime } from "@/lib/datetime/vietnam";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Result = Extract<Awaited<ReturnType<typeof verifyUploadAction>>, { ok: true }>["data"];
type Failure = Extract<ActionResult, { ok: false }>;

function Verdict({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <span className={ok ? "font-semibold text-green-800" : "font-semibold text-red-700"}>
      {ok ? "✓ " : "✗ "}
      {ok ? yes : no}
    </span>
  );
}

/** Uploads a PDF and shows, per signature, who signed, when, and the three verdicts. */
export function VerifyForm() {
  const t = useTranslations("signatures");
  const tr = useTranslations();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    setResult(null);
    const answer = await verifyUploadAction(new FormData(event.currentTarget));
    setPending(false);
    if (answer.ok) setResult(answer.data);
    else setFailure(answer);
  }
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
        {failure && <FormAlert message={tr.has(failure.message) ? tr(failure.message) : tr("errors.unexpected")} />}
        <TextField
          name="file"
          type="file"
          accept=".pdf,application/pdf"
          label={t("verifyPage.file")}
          hint={t("verifyPage.fileHint")}
          required
          error={failure?.fieldErrors?.file}
        />
        <div>
          <SubmitButton pending={pending} label={t("verifyPage.submit")} pendingLabel={t("verifyPage.checking")} />
        </div>
      </form>
      {result && (
        <section aria-labelledby="verify-result" aria-live="polite" className="mt-6">
          <h2 id="verify-result" className="text-lg font-semibold">
            {t("verifyPage.result", { name: result.fileName })}
          </h2>
          {result.signatures.length === 0 ? (
            <p role="status" className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3">
              {t("verify.noSignature")}
            </p>
          ) : (
            <ol className="mt-3 flex flex-col gap-4">
              {result.signatures.map((s) => {
                const valid = s.unmodified && s.trusted && s.validAtSigningTime;
                return (
                  <li
                    key={s.index}
                    className={`rounded-lg border p-4 ${valid ? "border-green-300 bg-green-50" : "border-red-300 bg-red-50"}`}
                  >
                    <h3 className="font-semibold">
                      {t("verifyPage.signature", { n: s.index })}:{" "}
                      <Verdict ok={valid} yes={t("verifyPage.valid")} no={t("verifyPage.invalid")} />
                    </h3>
                    <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                      <dt className="font-medium text-slate-700">{t("verifyPage.signer")}</dt>
                      <dd>{s.signer?.commonName || s.signer?.subject || t("verifyPage.unknown")}</dd>
                      <dt className="font-medium text-slate-700">{t("verifyPage.issuer")}</dt>
                      <dd>{s.signer?.issuerCommonName || s.signer?.issuer || t("verifyPage.unknown")}</dd>
                      <dt className="font-medium text-slate-700">{t("verifyPage.signingTime")}</dt>
                      <dd>{s.signingTime ? formatDateTime(new Date(s.signingTime)) : t("verifyPage.unknown")}</dd>
                      {s.reason && (
                        <>
                          <dt className="font-medium text-slate-700">{t("verifyPage.reason")}</dt>
                          <dd>{s.reason}</dd>
                        </>
                      )}
                      {s.signer && (
                        <>
                          <dt className="font-medium text-slate-700">{t("verifyPage.certificateValidity")}</dt>
                          <dd>
                            {t("verifyPage.validityRange", {
                              from: formatDate(new Date(s.signer.notBefore)),
                              to: formatDate(new Date(s.signer.notAfter)),
                            })}
                          </dd>
                        </>
                      )}
                      <dt className="font-medium text-slate-700">{t("verifyPage.integrity")}</dt>
                      <dd>
                        <Verdict ok={s.unmodified} yes={t("verify.unmodified")} no={t("verify.modified")} />
                      </dd>
                      <dt className="font-medium text-slate-700">{t("verifyPage.trust")}</dt>
                      <dd>
                        <Verdict ok={s.trusted} yes={t("verify.trusted")} no={t("verify.untrusted")} />
                      </dd>
                      <dt className="font-medium text-slate-700">{t("verifyPage.validity")}</dt>
                      <dd>
                        <Verdict
                          ok={s.validAtSigningTime}
                          yes={t("verify.validAtSigningTime")}
                          no={t("verify.invalidAtSigningTime")}
                        />
                      </dd>
                      {s.chain.length > 0 && (
                        <>
                          <dt className="font-medium text-slate-700">{t("verifyPage.chain")}</dt>
                          <dd>{s.chain.map((c) => c.commonName || c.subject).join(" → ")}</dd>
                        </>
                      )}
                    </dl>
                    {s.problems.length > 0 && (
                      <>
                        <h4 className="mt-3 font-medium">{t("verifyPage.problems")}</h4>
                        <ul className="mt-1 list-disc pl-6">
                          {s.problems.map((p, i) => (
                            <li key={i}>{t(`verify.${p.key}` as "verify.malformed", p.values ?? {})}</li>
                          ))}
                        </ul>
                      </>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
          <p className="mt-3 text-sm break-all text-slate-600">{t("documents.hash", { hash: result.sha256 })}</p>
        </section>
      )}
    </>
  );
}
