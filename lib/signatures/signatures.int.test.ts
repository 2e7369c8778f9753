import { createPrivateKey } from "node:crypto";
import forge from "node-forge";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { DomainError } from "@/lib/errors";
import { seedDemoOnce, userFor } from "@/lib/testing/fixtures";
import {
  addConclusionMutation,
  approveMinutesMutation,
  generateMinutesMutation,
  issueNoticeMutation,
  submitMinutesMutation,
} from "@/lib/minutes/mutations";
import { signedDocumentFile, signedDocumentsOfMeeting, signedDocumentsOfMinutes, signaturesAdminPage } from "./data";
import { registerRemoteCertificate, signMinutes, trustedRoots } from "./manage";
import {
  addTrustedRootMutation,
  registerCertificateMutation,
  removeTrustedRootMutation,
  retireCertificateMutation,
  signMinutesMutation,
  verifyUploadMutation,
} from "./mutations";
import { startLoopbackSigningService, type LoopbackService } from "./loopback";
import { httpRemoteProvider } from "./remote";
import { createTestPki, pkcs12Of, type TestCertificate, type TestPki } from "./testing-pki";
import { verifyPdf } from "./verify";

let users: Awaited<ReturnType<typeof seedDemoOnce>>;
let pki: TestPki;
let phuc: TestCertificate;
let phucOfficialId: string;
let minutesId: string;
let meetingId: string;
let service: LoopbackService;
const REVIEW =
  "Hội nghị trực tuyến tổng kết công tác lao động, người có công và xã hội năm 2022, triển khai nhiệm vụ năm 2023";
const PASSWORD = "Mật khẩu tệp p12";

const file = (bytes: Buffer | string, name: string) => new File([new Uint8Array(Buffer.from(bytes))], name);
const audits = (action: string) => db.auditLog.count({ where: { action } });
const version = async () => (await db.minutes.findUniqueOrThrow({ where: { id: minutesId } })).version;

beforeAll(async () => {
  users = await seedDemoOnce();
  pki = createTestPki();
  phuc = pki.issueSigner("Hoàng Văn Phúc", { title: "Phó Chủ tịch UBND thị xã" });
  phucOfficialId = users.chair.officialId!;
  const meeting = await db.meeting.findFirstOrThrow({
    where: { title: REVIEW },
    include: { points: { include: { connectionPoint: true } } },
  });
  meetingId = meeting.id;
  const cuaLo = meeting.points.find((p) => p.connectionPoint.name.includes("Cửa Lò"))!.id;
  const generated = await runAction(generateMinutesMutation, users.secretariat, { meetingPointId: cuaLo });
  if (!generated.ok) throw new Error(generated.message);
  minutesId = (await db.minutes.findFirstOrThrow({ where: { meetingPointId: cuaLo } })).id;
  const labour = await db.unit.findFirst({ where: { name: { contains: "Lao động" } } });
  const added = await runAction(addConclusionMutation, users.secretariat, {
    minutesId,
    content: "Rà soát danh sách lao động có nhu cầu học nghề.",
    leadUnitId: labour?.id,
    deadline: "2023-01-31",
  });
  if (!added.ok) throw new Error(added.message);
  const credential = {
    key: createPrivateKey(forge.pki.privateKeyToPem(phuc.key)),
    chain: [phuc.der, pki.intermediate.der],
  };
  service = await startLoopbackSigningService(new Map([["phuc-smartca", credential]]));
});

afterAll(async () => {
  await service?.close();
});

describe("certificates and trusted roots", () => {
  it("are registered by an administrator only, and the PKCS#12 file is never readable back", async () => {
    const p12 = pkcs12Of(phuc, [pki.intermediate, pki.root], PASSWORD);
    const input = {
      label: "Chứng thư số của đồng chí Phúc",
      officialId: phucOfficialId,
      file: file(p12, "phuc.p12"),
      password: PASSWORD,
    };
    const before = await db.signingCertificate.count();
    for (const caller of [users.secretariat, users.chair, users.nghiHai])
      expect(await runAction(registerCertificateMutation, caller, input)).toMatchObject({
        ok: false,
        message: "errors.forbidden",
      });
    expect(await runAction(registerCertificateMutation, users.admin, { ...input, password: "sai" })).toMatchObject({
      ok: false,
      message: "signatures.errors.wrongPassword",
    });
    const town = await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } });
    expect(await runAction(registerCertificateMutation, users.admin, { ...input, unitId: town.id })).toMatchObject({
      ok: false,
      fieldErrors: { officialId: "signatures.validation.oneHolder" },
    });
    expect(await db.signingCertificate.count()).toBe(before);

    const registered = await runAction(registerCertificateMutation, users.admin, input);
    expect(registered).toMatchObject({ ok: true, data: { subject: "Hoàng Văn Phúc", kind: "LOCAL_PKCS12" } });
    const row = await db.signingCertificate.findFirstOrThrow({ where: { officialId: phucOfficialId } });
    expect(row.secret).toMatch(/^v1\./);
    expect(row.secret).not.toContain(p12.toString("base64").slice(0, 40));
    expect(row.secret).not.toContain(PASSWORD);
    expect(JSON.stringify(registered)).not.toContain(row.secret!);
    // The administrator's page shows what the certificate is, never its secret.
    const page = await signaturesAdminPage();
    expect(JSON.stringify(page)).not.toContain(row.secret!);
    expect(page.certificates[0]).toMatchObject({ subject: "Hoàng Văn Phúc", official: { fullName: "Hoàng Văn Phúc" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "signingCertificate.register" } });
    expect(audit.after).not.toContain(row.secret!);
    expect(audit.after).not.toContain(PASSWORD);
  });

  it("installs a root that only the administrator chooses, and refuses what is not a root", async () => {
    expect(
      await runAction(addTrustedRootMutation, users.secretariat, { file: file(pki.root.pem, "root.pem") }),
    ).toMatchObject({ ok: false, message: "errors.forbidden" });
    expect(
      await runAction(addTrustedRootMutation, users.admin, { file: file(pki.intermediate.pem, "ca.pem") }),
    ).toMatchObject({ ok: false, message: "signatures.errors.notARoot" });
    const added = await runAction(addTrustedRootMutation, users.admin, {
      name: "Test Root",
      file: file(pki.root.der, "root.cer"),
    });
    expect(added).toMatchObject({ ok: true, data: { name: "Test Root" } });
    expect(
      await runAction(addTrustedRootMutation, users.admin, { file: file(pki.root.pem, "root.pem") }),
    ).toMatchObject({ ok: false, message: "signatures.errors.rootExists" });
    expect(await trustedRoots()).toHaveLength(1);
    expect(await audits("trustedRoot.add")).toBe(1);
  });
});

describe("the chair signs the Cửa Lò minutes", () => {
  it("only once they are approved", async () => {
    expect(await runAction(signMinutesMutation, users.chair, { minutesId })).toMatchObject({
      ok: false,
      message: "signatures.errors.notApproved",
    });
    await runAction(submitMinutesMutation, users.secretariat, { minutesId, version: await version() });
    expect(await runAction(signMinutesMutation, users.chair, { minutesId })).toMatchObject({
      ok: false,
      message: "signatures.errors.notApproved",
    });
    expect(await runAction(approveMinutesMutation, users.chair, { minutesId, version: await version() })).toMatchObject(
      { ok: true },
    );
  });

  it("only the point's chair: not the secretariat, an administrator, another chair or a representative", async () => {
    const before = await db.signedDocument.count();
    const presidingChair = await userFor("CHAIR", "Tỉnh Nghệ An", "Bùi Đình Long");
    for (const [caller, message] of [
      [users.secretariat, "errors.forbidden"],
      [users.admin, "errors.forbidden"],
      [users.nghiHai, "errors.forbidden"],
      [presidingChair, "errors.forbidden"],
    ] as const)
      expect(await runAction(signMinutesMutation, caller, { minutesId })).toMatchObject({ ok: false, message });
    expect(await db.signedDocument.count()).toBe(before);
    expect(await audits("minutes.sign")).toBe(0);
  });

  let first: { id: string; sha256: string };
  let firstBytes: Buffer;

  it("stores a signed PDF that verifies against the installed root", async () => {
    const signed = await runAction(signMinutesMutation, users.chair, { minutesId });
    expect(signed).toMatchObject({ ok: true });
    first = (signed as { ok: true; data: { id: string; sha256: string } }).data;
    const stored = await signedDocumentFile(users.secretariat, first.id);
    firstBytes = stored.content;
    const result = verifyPdf(stored.content, await trustedRoots());
    expect(result.valid).toBe(true);
    expect(result.signatures[0]!.signer?.commonName).toBe("Hoàng Văn Phúc");
    const row = await db.signedDocument.findUniqueOrThrow({ where: { id: first.id } });
    expect(row).toMatchObject({
      kind: "MINUTES",
      signerName: "Hoàng Văn Phúc",
      signerRole: "CHAIR",
      signedById: users.chair.id,
      meetingId,
    });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await audits("minutes.sign")).toBe(1);
  });

  it("signs again as a new document, never over the first", async () => {
    const again = await runAction(signMinutesMutation, users.chair, { minutesId });
    expect(again).toMatchObject({ ok: true });
    const docs = await signedDocumentsOfMinutes(users.secretariat, minutesId);
    expect(docs).toHaveLength(2);
    expect((await signedDocumentFile(users.secretariat, first.id)).content.equals(firstBytes)).toBe(true);
    expect((await db.signedDocument.findUniqueOrThrow({ where: { id: first.id } })).sha256).toBe(first.sha256);
    expect(await audits("minutes.sign")).toBe(2);
  });

  it("lists and serves the signed documents to those who may read the minutes only", async () => {
    expect((await signedDocumentsOfMeeting(users.secretariat, meetingId)).length).toBe(2);
    expect((await signedDocumentsOfMeeting(users.chair, meetingId)).length).toBe(2);
    expect(await signedDocumentsOfMeeting(users.nghiHai, meetingId)).toEqual([]);
    await expect(signedDocumentFile(users.nghiHai, first.id)).rejects.toThrow("errors.notFound");
    await expect(signedDocumentsOfMinutes(users.nghiHai, minutesId)).rejects.toThrow("errors.notFound");
    const otherSecretariat = await userFor("SECRETARIAT", "Phường Nghi Hòa");
    await expect(signedDocumentFile(otherSecretariat, first.id)).rejects.toThrow("errors.notFound");
  });
});

describe("remote signing through the loopback service", () => {
  const provider = () => httpRemoteProvider(service.url);
  const deps = (timeoutMs = 10_000) => ({ provider: provider(), timeoutMs, pollMs: 20 });

  it("registers the holder's credential with the chain the service gives", async () => {
    const created = await registerRemoteCertificate(
      users.admin,
      { label: "Ký số từ xa", officialId: phucOfficialId, unitId: null, credentialId: "phuc-smartca" },
      { provider: provider() },
    );
    expect(created).toMatchObject({ kind: "REMOTE", subject: "Hoàng Văn Phúc" });
    await expect(
      registerRemoteCertificate(
        users.admin,
        { label: "x", officialId: phucOfficialId, unitId: null, credentialId: "nobody" },
        { provider: provider() },
      ),
    ).rejects.toThrow("signatures.errors.remoteUnknownCredential");
  });

  it("request → the holder confirms → the signature is stored", async () => {
    const count = await db.signedDocument.count();
    const signing = signMinutes(users.chair, { minutesId }, deps());
    service.confirm(await service.nextRequest());
    const created = await signing;
    const stored = await signedDocumentFile(users.chair, created.id);
    expect(verifyPdf(stored.content, await trustedRoots()).valid).toBe(true);
    const row = await db.signedDocument.findUniqueOrThrow({
      where: { id: created.id },
      include: { certificate: true },
    });
    expect(row.certificate.kind).toBe("REMOTE");
    expect(await db.signedDocument.count()).toBe(count + 1);
  });

  it("a refusal on the phone stores nothing and is audited", async () => {
    const count = await db.signedDocument.count();
    const signing = signMinutes(users.chair, { minutesId }, deps()).catch((e: unknown) => e);
    service.refuse(await service.nextRequest(), "Không đúng văn bản");
    const error = await signing;
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).key).toBe("signatures.errors.remoteRefused");
    expect(await db.signedDocument.count()).toBe(count);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "minutes.sign.refused" } });
    expect(JSON.parse(audit.after!)).toEqual({ reason: "Không đúng văn bản" });
  });

  it("no answer in time stores nothing and is audited", async () => {
    const count = await db.signedDocument.count();
    await expect(signMinutes(users.chair, { minutesId }, deps(300))).rejects.toThrow("signatures.errors.remoteTimeout");
    expect(await db.signedDocument.count()).toBe(count);
    expect(await audits("minutes.sign.timeout")).toBe(1);
  });

  it("without a service configured, says so", async () => {
    await expect(signMinutes(users.chair, { minutesId }, { provider: null })).rejects.toThrow(
      "signatures.errors.remoteNotConfigured",
    );
  });
});

describe("the conclusion notice", () => {
  it("is signed by the body's seal certificate when it is issued", async () => {
    const town = await db.unit.findFirstOrThrow({ where: { name: "Thị xã Cửa Lò" } });
    const seal = pki.issueSigner("Ủy ban nhân dân thị xã Cửa Lò");
    expect(
      await runAction(registerCertificateMutation, users.admin, {
        label: "Dấu UBND thị xã",
        unitId: town.id,
        file: file(pkcs12Of(seal, [pki.intermediate], "dấu"), "dau.p12"),
        password: "dấu",
      }),
    ).toMatchObject({ ok: true });
    const issued = await runAction(issueNoticeMutation, users.secretariat, { minutesId });
    expect(issued).toMatchObject({ ok: true, data: { signingError: null } });
    const id = (issued as { ok: true; data: { signedDocumentId: string } }).data.signedDocumentId;
    const stored = await signedDocumentFile(users.secretariat, id);
    const result = verifyPdf(stored.content, await trustedRoots());
    expect(result.valid).toBe(true);
    expect(result.signatures[0]!.signer?.commonName).toBe("Ủy ban nhân dân thị xã Cửa Lò");
    expect(await db.signedDocument.findUniqueOrThrow({ where: { id } })).toMatchObject({
      kind: "CONCLUSION_NOTICE",
      signerRole: "BODY",
    });
    expect(await audits("notice.sign")).toBe(1);
  });
});

describe("verifying an uploaded PDF", () => {
  it("is open to anyone signed in, says whether it was modified, and is recorded", async () => {
    const [doc] = await signedDocumentsOfMinutes(users.secretariat, minutesId);
    const { content } = await signedDocumentFile(users.secretariat, doc!.id);
    const ok = await runAction(verifyUploadMutation, users.nghiHai, { file: file(content, "bien-ban.pdf") });
    expect(ok).toMatchObject({ ok: true, data: { valid: true, signatures: [{ unmodified: true, trusted: true }] } });
    const copy = Buffer.from(content);
    copy[400] = copy[400] === 0x41 ? 0x42 : 0x41;
    const modified = await runAction(verifyUploadMutation, users.nghiHai, { file: file(copy, "bien-ban.pdf") });
    expect(modified).toMatchObject({ ok: true, data: { valid: false, signatures: [{ unmodified: false }] } });
    expect(await runAction(verifyUploadMutation, null, { file: file(content, "x.pdf") })).toMatchObject({
      ok: false,
      message: "errors.signInRequired",
    });
    expect(await audits("signature.verify")).toBe(2);
  });

  it("stops trusting a root the administrator removed, and a retired certificate no longer signs", async () => {
    const [root] = await db.trustedRoot.findMany();
    expect(await runAction(removeTrustedRootMutation, users.chair, { rootId: root!.id })).toMatchObject({ ok: false });
    expect(await runAction(removeTrustedRootMutation, users.admin, { rootId: root!.id })).toMatchObject({ ok: true });
    expect(await trustedRoots()).toEqual([]);
    for (const c of await db.signingCertificate.findMany({ where: { officialId: phucOfficialId } }))
      expect(await runAction(retireCertificateMutation, users.admin, { certificateId: c.id })).toMatchObject({
        ok: true,
      });
    expect(await runAction(signMinutesMutation, users.chair, { minutesId })).toMatchObject({
      ok: false,
      message: "signatures.errors.noCertificate",
    });
  });
});
