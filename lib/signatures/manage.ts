import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { isDemoDatabase } from "@/lib/demo/mode";
import { renderConclusionNoticePdf } from "@/lib/documents/pdf/conclusion-notice-pdf";
import { renderMinutesPdf } from "@/lib/documents/pdf/minutes-pdf";
import { DomainError, NotFound } from "@/lib/errors";
import { minutesToKeep, minutesToReview } from "@/lib/minutes/access";
import { minutesRecord, noticeRecord } from "@/lib/minutes/record";
import type { SignatureStamp } from "./appearance";
import { signPdf } from "./pdf";
import { certificateFacts, certificatesOf, readPkcs12, sha256, x509 } from "./pki";
import {
  configuredRemoteProvider,
  RemoteSigningRefused,
  RemoteSigningTimeout,
  remoteSource,
  type RemoteSigningProvider,
} from "./remote";
import type {
  addTrustedRootSchema,
  certificateIdSchema,
  registerCertificateSchema,
  registerRemoteCertificateSchema,
  signMinutesSchema,
  trustedRootIdSchema,
  verifyUploadSchema,
} from "./schema";
import { sealPkcs12, signingKey, unsealPkcs12 } from "./secret";
import { localSource, SignatureMismatch, type SignatureSource } from "./signer";
import { verifyPdf } from "./verify";

/** What the signing paths take from outside, so tests can set the clock and the remote service. */
export interface SigningDeps {
  now?: Date;
  provider?: RemoteSigningProvider | null;
  timeoutMs?: number;
  pollMs?: number;
}

const toPem = (der: Buffer) =>
  `-----BEGIN CERTIFICATE-----\n${der
    .toString("base64")
    .match(/.{1,64}/g)!
    .join("\n")}\n-----END CERTIFICATE-----\n`;

async function key() {
  return signingKey({ demo: await isDemoDatabase() }).key;
}

async function holderExists(input: { officialId: string | null; unitId: string | null }) {
  const found = input.officialId
    ? await db.official.findUnique({ where: { id: input.officialId }, select: { id: true } })
    : await db.unit.findUnique({ where: { id: input.unitId! }, select: { id: true } });
  if (!found) throw new NotFound();
}

function certificateData(chain: Buffer[], now: Date) {
  const facts = certificateFacts(chain[0]!);
  if (facts.notAfter < now) throw new DomainError("signatures.errors.certificateExpired");
  if (facts.isCa) throw new DomainError("signatures.errors.notASigner");
  return {
    subject: facts.commonName || facts.subject,
    issuer: facts.issuerCommonName || facts.issuer,
    serialNumber: facts.serialNumber,
    fingerprint: facts.fingerprint,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
    chainPem: chain.map(toPem).join(""),
  };
}

const PUBLIC = {
  id: true,
  kind: true,
  label: true,
  subject: true,
  issuer: true,
  fingerprint: true,
  notAfter: true,
  officialId: true,
  unitId: true,
} as const;

/** An administrator registers a PKCS#12 file; it is kept sealed and can never be read back. */
export async function registerCertificate(
  user: SessionUser,
  input: z.output<typeof registerCertificateSchema>,
  now = new Date(),
) {
  await holderExists(input);
  const file = Buffer.from(await input.file.arrayBuffer());
  const identity = readPkcs12(file, input.password);
  const data = certificateData(identity.chain, now);
  const secret = sealPkcs12(file, input.password, await key());
  return db.$transaction(async (tx) => {
    const created = await tx.signingCertificate.create({
      data: {
        kind: "LOCAL_PKCS12",
        officialId: input.officialId,
        unitId: input.unitId,
        label: input.label,
        ...data,
        secret,
        createdById: user.id,
      },
      select: PUBLIC,
    });
    await recordAudit(tx, {
      actor: user,
      action: "signingCertificate.register",
      entityType: "SigningCertificate",
      entityId: created.id,
      // Never the file or its password.
      after: {
        kind: created.kind,
        label: created.label,
        subject: created.subject,
        fingerprint: created.fingerprint,
        officialId: created.officialId,
        unitId: created.unitId,
      },
    });
    return created;
  });
}

function providerOf(deps: SigningDeps): RemoteSigningProvider {
  const provider = deps.provider === undefined ? configuredRemoteProvider() : deps.provider;
  if (!provider) throw new DomainError("signatures.errors.remoteNotConfigured");
  return provider;
}

/** A holder whose key is at the remote signing service: the chain comes from the service. */
export async function registerRemoteCertificate(
  user: SessionUser,
  input: z.output<typeof registerRemoteCertificateSchema>,
  deps: SigningDeps = {},
) {
  await holderExists(input);
  const chain = await providerOf(deps).certificateChain(input.credentialId);
  if (!chain.length) throw new DomainError("signatures.errors.remoteUnknownCredential");
  const data = certificateData(
    chain.map((c) => Buffer.from(x509(c).raw)),
    deps.now ?? new Date(),
  );
  return db.$transaction(async (tx) => {
    const created = await tx.signingCertificate.create({
      data: {
        kind: "REMOTE",
        officialId: input.officialId,
        unitId: input.unitId,
        label: input.label,
        ...data,
        remoteCredential: input.credentialId,
        createdById: user.id,
      },
      select: PUBLIC,
    });
    await recordAudit(tx, {
      actor: user,
      action: "signingCertificate.register",
      entityType: "SigningCertificate",
      entityId: created.id,
      after: {
        kind: created.kind,
        label: created.label,
        subject: created.subject,
        fingerprint: created.fingerprint,
        officialId: created.officialId,
        unitId: created.unitId,
        credentialId: input.credentialId,
      },
    });
    return created;
  });
}

export async function retireCertificate(
  user: SessionUser,
  input: z.output<typeof certificateIdSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.signingCertificate.updateMany({
      where: { id: input.certificateId, retiredAt: null },
      data: { retiredAt: now },
    });
    if (count === 0) throw new NotFound();
    await recordAudit(tx, {
      actor: user,
      action: "signingCertificate.retire",
      entityType: "SigningCertificate",
      entityId: input.certificateId,
      after: { retiredAt: now },
    });
    return { id: input.certificateId };
  });
}

export async function addTrustedRoot(user: SessionUser, input: z.output<typeof addTrustedRootSchema>) {
  const [der] = certificatesOf(Buffer.from(await input.file.arrayBuffer()));
  const cert = x509(der!);
  if (!cert.ca || !cert.checkIssued(cert) || !cert.verify(cert.publicKey))
    throw new DomainError("signatures.errors.notARoot");
  const facts = certificateFacts(der!);
  return db.$transaction(async (tx) => {
    const existing = await tx.trustedRoot.findUnique({ where: { fingerprint: facts.fingerprint } });
    if (existing && !existing.removedAt) throw new DomainError("signatures.errors.rootExists");
    const data = {
      name: input.name ?? facts.commonName,
      certificatePem: toPem(der!),
      notAfter: facts.notAfter,
      createdById: user.id,
      removedAt: null,
    };
    const root = existing
      ? await tx.trustedRoot.update({ where: { id: existing.id }, data })
      : await tx.trustedRoot.create({ data: { ...data, fingerprint: facts.fingerprint } });
    await recordAudit(tx, {
      actor: user,
      action: "trustedRoot.add",
      entityType: "TrustedRoot",
      entityId: root.id,
      after: { name: root.name, fingerprint: root.fingerprint },
    });
    return { id: root.id, name: root.name, fingerprint: root.fingerprint };
  });
}

export async function removeTrustedRoot(
  user: SessionUser,
  input: z.output<typeof trustedRootIdSchema>,
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { count } = await tx.trustedRoot.updateMany({
      where: { id: input.rootId, removedAt: null },
      data: { removedAt: now },
    });
    if (count === 0) throw new NotFound();
    await recordAudit(tx, {
      actor: user,
      action: "trustedRoot.remove",
      entityType: "TrustedRoot",
      entityId: input.rootId,
      after: { removedAt: now },
    });
    return { id: input.rootId };
  });
}

/** The roots the administrator trusts now, DER. */
export async function trustedRoots(): Promise<Buffer[]> {
  const roots = await db.trustedRoot.findMany({ where: { removedAt: null }, select: { certificatePem: true } });
  return roots.flatMap((r) => certificatesOf(Buffer.from(r.certificatePem)));
}

type Holder = { officialId: string } | { unitId: string };

/** The holder's newest certificate in force. */
async function activeCertificate(holder: Holder, now: Date) {
  return db.signingCertificate.findFirst({
    where: { ...holder, retiredAt: null, notBefore: { lte: now }, notAfter: { gt: now } },
    orderBy: { createdAt: "desc" },
  });
}

async function sourceOf(
  certificate: NonNullable<Awaited<ReturnType<typeof activeCertificate>>>,
  documentName: string,
  deps: SigningDeps,
): Promise<SignatureSource> {
  if (certificate.kind === "LOCAL_PKCS12") {
    const { file, password } = unsealPkcs12(certificate.secret ?? "", await key());
    return localSource(readPkcs12(file, password));
  }
  return remoteSource(
    providerOf(deps),
    certificate.remoteCredential ?? "",
    certificatesOf(Buffer.from(certificate.chainPem)),
    {
      documentName,
      timeoutMs: deps.timeoutMs,
      pollMs: deps.pollMs,
    },
  );
}

/** Signs; a refusal, a timeout or a wrong signature from the service is audited and reported. */
async function signAudited(
  user: SessionUser,
  action: string,
  entity: { type: string; id: string },
  placeholder: Buffer,
  source: SignatureSource,
  now: Date,
): Promise<Buffer> {
  try {
    const file = await signPdf(placeholder, source, now);
    // Never store a document that does not verify (the trust is the reader's to check, the bytes are ours).
    if (!verifyPdf(file, []).signatures.every((s) => s.unmodified)) throw new SignatureMismatch();
    return file;
  } catch (error) {
    const outcome =
      error instanceof RemoteSigningRefused
        ? "refused"
        : error instanceof RemoteSigningTimeout
          ? "timeout"
          : error instanceof SignatureMismatch
            ? "mismatch"
            : null;
    if (outcome)
      await db.$transaction((tx) =>
        recordAudit(tx, {
          actor: user,
          action: `${action}.${outcome}`,
          entityType: entity.type,
          entityId: entity.id,
          after: { reason: error instanceof RemoteSigningRefused ? (error.reason ?? null) : null },
        }),
      );
    if (error instanceof SignatureMismatch) throw new DomainError("signatures.errors.signatureMismatch");
    throw error;
  }
}

/**
 * The chair at the minutes' point signs the approved minutes with their certificate: the PDF with the
 * visible block in the CHỦ TỌA column is stored as a new SignedDocument (signing again adds another).
 */
export async function signMinutes(
  user: SessionUser,
  input: z.output<typeof signMinutesSchema>,
  deps: SigningDeps = {},
) {
  const now = deps.now ?? new Date();
  const minutes = await minutesToReview(db, user, input.minutesId);
  if (minutes.status !== "APPROVED") throw new DomainError("signatures.errors.notApproved");
  const certificate = await activeCertificate({ officialId: user.officialId! }, now);
  if (!certificate) throw new DomainError("signatures.errors.noCertificate");
  const record = await minutesRecord(user, minutes.id);
  const stamp: SignatureStamp = {
    name: record.chair.name,
    title: record.chair.title,
    body: record.issuingBody,
    signedAt: now,
    reason: "Chủ tọa ký biên bản",
    location: record.issuingBody,
  };
  const documentName = `Biên bản ${record.number ?? ""}`.trim();
  const placeholder = await renderMinutesPdf(record, { signer: "chair", stamp });
  const file = await signAudited(
    user,
    "minutes.sign",
    { type: "Minutes", id: minutes.id },
    placeholder,
    await sourceOf(certificate, documentName, deps),
    now,
  );
  return db.$transaction(async (tx) => {
    // Still the chair's, still approved (approval cannot be undone, but the scope may have changed).
    await minutesToReview(tx, user, minutes.id);
    const hash = sha256(file).toString("hex");
    const created = await tx.signedDocument.create({
      data: {
        kind: "MINUTES",
        meetingId: minutes.meetingId,
        minutesId: minutes.id,
        fileName: "bien-ban-ky-so.pdf",
        content: new Uint8Array(file),
        sha256: hash,
        size: file.length,
        signerName: stamp.name,
        signerTitle: stamp.title,
        signerRole: "CHAIR",
        certificateId: certificate.id,
        signedById: user.id,
        signedAt: now,
      },
      select: { id: true, sha256: true, signedAt: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "minutes.sign",
      entityType: "SignedDocument",
      entityId: created.id,
      after: { minutesId: minutes.id, sha256: hash, certificate: certificate.fingerprint, kind: certificate.kind },
    });
    return created;
  });
}

/**
 * When the notice is issued, the issuing body's seal certificate (if one is registered) signs it. Called
 * after the issue committed: a signing failure leaves the notice issued, unsigned, and says why.
 */
export async function signNoticeWithSeal(user: SessionUser, minutesId: string, deps: SigningDeps = {}) {
  const now = deps.now ?? new Date();
  const minutes = await minutesToKeep(db, user, minutesId);
  const issuerId = minutes.meetingPoint.isMain
    ? minutes.meeting.organiserUnitId
    : minutes.meetingPoint.connectionPoint.hostUnitId;
  const certificate = await activeCertificate({ unitId: issuerId }, now);
  if (!certificate) return null;
  const record = await noticeRecord(user, minutesId);
  const stamp: SignatureStamp = {
    name: certificate.subject,
    title: "",
    body: record.issuingBody,
    signedAt: now,
    reason: "Cơ quan ban hành ký thông báo kết luận",
    location: record.placeName,
  };
  const placeholder = await renderConclusionNoticePdf(record, stamp);
  const file = await signAudited(
    user,
    "notice.sign",
    { type: "Minutes", id: minutesId },
    placeholder,
    await sourceOf(certificate, `Thông báo ${record.number}`, deps),
    now,
  );
  return db.$transaction(async (tx) => {
    const hash = sha256(file).toString("hex");
    const created = await tx.signedDocument.create({
      data: {
        kind: "CONCLUSION_NOTICE",
        meetingId: minutes.meetingId,
        minutesId,
        fileName: "thong-bao-ket-luan-ky-so.pdf",
        content: new Uint8Array(file),
        sha256: hash,
        size: file.length,
        signerName: certificate.subject,
        signerTitle: "",
        signerRole: "BODY",
        certificateId: certificate.id,
        signedById: user.id,
        signedAt: now,
      },
      select: { id: true, sha256: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "notice.sign",
      entityType: "SignedDocument",
      entityId: created.id,
      after: { minutesId, sha256: hash, certificate: certificate.fingerprint },
    });
    return created;
  });
}

/** Anyone signed in checks a PDF against the installed roots; the check is recorded with the file's hash. */
export async function verifyUpload(user: SessionUser, input: z.output<typeof verifyUploadSchema>) {
  const file = Buffer.from(await input.file.arrayBuffer());
  const result = verifyPdf(file, await trustedRoots());
  const hash = sha256(file).toString("hex");
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor: user,
      action: "signature.verify",
      entityType: "File",
      entityId: null,
      after: { sha256: hash, valid: result.valid, signatures: result.signatures.length },
    }),
  );
  return { ...result, sha256: hash, fileName: input.file.name };
}
