"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action";
import {
  addTrustedRootAction,
  registerCertificateAction,
  registerRemoteCertificateAction,
} from "@/lib/signatures/actions";
import { SelectField } from "@/components/form/select-field";
import { TextField } from "@/components/form/text-field";
import { FormAlert } from "@/components/form/form-alert";
import { SubmitButton } from "@/components/form/submit-button";

type Failure = Extract<ActionResult, { ok: false }>;
type Option = { value: string; label: string };

/** A plain multipart form posted to one action; cleared and the page refreshed on success. */
function useUploadForm(action: (form: FormData) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    const result = await action(new FormData(event.currentTarget));
    setPending(false);
    if (!result.ok) return setFailure(result);
    ref.current?.reset();
    router.refresh();
  }
  return { ref, pending, failure, onSubmit };
}

function Holders({ officials, units, failure }: { officials: Option[]; units: Option[]; failure: Failure | null }) {
  const t = useTranslations("signatures.admin");
  const none = { value: "", label: t("none") };
  return (
    <>
      <SelectField
        name="officialId"
        label={t("official")}
        options={[none, ...officials]}
        error={failure?.fieldErrors?.officialId}
      />
      <SelectField name="unitId" label={t("unit")} options={[none, ...units]} error={failure?.fieldErrors?.unitId} />
    </>
  );
}

function Alert({ failure }: { failure: Failure | null }) {
  const t = useTranslations();
  if (!failure) return null;
  return <FormAlert message={t.has(failure.message) ? t(failure.message) : t("errors.unexpected")} />;
}

export function CertificateForm({ officials, units }: { officials: Option[]; units: Option[] }) {
  const t = useTranslations("signatures.admin");
  const { ref, pending, failure, onSubmit } = useUploadForm(registerCertificateAction);
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <Alert failure={failure} />
      <TextField name="label" label={t("label")} required error={failure?.fieldErrors?.label} />
      <Holders officials={officials} units={units} failure={failure} />
      <TextField
        name="file"
        type="file"
        accept=".p12,.pfx,application/x-pkcs12"
        label={t("file")}
        hint={t("fileHint")}
        required
        error={failure?.fieldErrors?.file}
      />
      <TextField
        name="password"
        type="password"
        autoComplete="off"
        label={t("password")}
        error={failure?.fieldErrors?.password}
      />
      <div>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

export function RemoteCertificateForm({ officials, units }: { officials: Option[]; units: Option[] }) {
  const t = useTranslations("signatures.admin");
  const { ref, pending, failure, onSubmit } = useUploadForm(registerRemoteCertificateAction);
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <Alert failure={failure} />
      <TextField name="label" label={t("label")} required error={failure?.fieldErrors?.label} />
      <Holders officials={officials} units={units} failure={failure} />
      <TextField name="credentialId" label={t("credential")} required error={failure?.fieldErrors?.credentialId} />
      <div>
        <SubmitButton pending={pending} label={t("submit")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}

export function TrustedRootForm() {
  const t = useTranslations("signatures.admin");
  const { ref, pending, failure, onSubmit } = useUploadForm(addTrustedRootAction);
  return (
    <form ref={ref} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-4">
      <Alert failure={failure} />
      <TextField name="name" label={t("rootName")} error={failure?.fieldErrors?.name} />
      <TextField
        name="file"
        type="file"
        accept=".cer,.crt,.pem,.der,application/pkix-cert,application/x-x509-ca-cert"
        label={t("rootFile")}
        required
        error={failure?.fieldErrors?.file}
      />
      <div>
        <SubmitButton pending={pending} label={t("rootSubmit")} pendingLabel={t("saving")} />
      </div>
    </form>
  );
}
