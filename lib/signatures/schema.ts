import { z } from "zod";
import { optionalRecordId, optionalText, recordId, requiredText } from "@/lib/validation";

/** A PKCS#12 file, a certificate or a PDF to check: small files. */
export const MAX_CERTIFICATE_BYTES = 1024 * 1024;
export const MAX_PDF_BYTES = 10 * 1024 * 1024;

const upload = (max: number) =>
  z
    .file("signatures.validation.fileRequired")
    .min(1, "signatures.validation.fileEmpty")
    .max(max, "signatures.validation.fileTooLarge");

/** Whose certificate: an official (a person signs) or a unit (the body's seal). Exactly one. */
const holder = z
  .object({
    officialId: optionalRecordId,
    unitId: optionalRecordId,
  })
  .refine((v) => Boolean(v.officialId) !== Boolean(v.unitId), {
    path: ["officialId"],
    message: "signatures.validation.oneHolder",
  });

export const registerCertificateSchema = z
  .object({
    label: requiredText(200),
    file: upload(MAX_CERTIFICATE_BYTES),
    // A password may be anything, spaces too: not trimmed.
    password: z.string("validation.required").max(200, "validation.tooLong"),
  })
  .and(holder);

export const registerRemoteCertificateSchema = z
  .object({ label: requiredText(200), credentialId: requiredText(200) })
  .and(holder);

export const certificateIdSchema = z.object({ certificateId: recordId });

export const addTrustedRootSchema = z.object({
  name: optionalText(200),
  file: upload(MAX_CERTIFICATE_BYTES),
});

export const trustedRootIdSchema = z.object({ rootId: recordId });

export const signMinutesSchema = z.object({ minutesId: recordId });

export const verifyUploadSchema = z.object({ file: upload(MAX_PDF_BYTES) });
