import { generateKeyPairSync, sign as cryptoSign } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { CUA_LO_MINUTES } from "@/lib/documents/minutes-sample";
import { CUA_LO_CONCLUSION_NOTICE } from "@/lib/documents/conclusion-notice-sample";
import { renderMinutesPdf } from "@/lib/documents/pdf/minutes-pdf";
import { renderConclusionNoticePdf } from "@/lib/documents/pdf/conclusion-notice-pdf";
import { pdfPages } from "@/lib/documents/testing-extract";
import { messagesFor } from "@/lib/i18n/catalogue";
import { DomainError } from "@/lib/errors";
import type { SignatureStamp } from "./appearance";
import { signPdf } from "./pdf";
import { readPkcs12 } from "./pki";
import { localSource, SignatureMismatch } from "./signer";
import { createTestPki, pkcs12Of, type TestPki } from "./testing-pki";
import { verifyPdf, type Problem } from "./verify";

const SIGNED_AT = new Date("2022-12-28T03:15:30Z"); // 10:15:30 in Vietnam
const stamp: SignatureStamp = {
  name: "Bùi Đình Long",
  title: "Phó Chủ tịch UBND tỉnh",
  body: "Ủy ban nhân dân tỉnh Nghệ An",
  signedAt: SIGNED_AT,
  reason: "Chủ tọa ký biên bản",
  location: "Nghệ An",
};

/** The Vietnamese sentence the verification page shows for a problem. */
function vietnamese(problem: Problem): string {
  const verify = (messagesFor("vi").signatures as { verify: Record<string, string> }).verify;
  const text = verify[problem.key];
  if (!text) throw new Error(`no message for ${problem.key}`);
  return text.replace(/\{(\w+)\}/g, (_, k: string) => problem.values?.[k] ?? "");
}

async function signedMinutes(source: ReturnType<typeof localSource>, signedAt = SIGNED_AT) {
  const placeholder = await renderMinutesPdf(
    { ...CUA_LO_MINUTES, draft: false },
    { signer: "chair", stamp: { ...stamp, signedAt } },
  );
  return signPdf(placeholder, source, signedAt);
}

describe("signing and verifying a PDF", () => {
  let pki: TestPki;
  let other: TestPki;
  let chair: ReturnType<typeof localSource>;
  let signed: Buffer;

  beforeAll(async () => {
    pki = createTestPki();
    other = createTestPki("Elsewhere");
    const signer = pki.issueSigner("Bùi Đình Long", {
      title: "Phó Chủ tịch UBND tỉnh",
      organisation: "UBND tỉnh Nghệ An",
    });
    chair = localSource(readPkcs12(pkcs12Of(signer, [pki.intermediate, pki.root], "mật khẩu"), "mật khẩu"));
    signed = await signedMinutes(chair);
  });

  it("reads the key and the chain, signer first, out of a PKCS#12 file", () => {
    expect(chair.chain).toHaveLength(3);
    const wrong = (() => {
      try {
        readPkcs12(pkcs12Of(pki.issueSigner("X"), [], "right"), "wrong");
      } catch (error) {
        return error;
      }
    })();
    expect(wrong).toBeInstanceOf(DomainError);
    expect((wrong as DomainError).key).toBe("signatures.errors.wrongPassword");
  });

  it("produces a signature that verifies: unmodified, trusted, valid at the signing time", () => {
    const result = verifyPdf(signed, [pki.root.der]);
    expect(result.signatures).toHaveLength(1);
    const [report] = result.signatures;
    expect(report!.problems).toEqual([]);
    expect(report).toMatchObject({ unmodified: true, trusted: true, validAtSigningTime: true });
    expect(report!.signer?.commonName).toBe("Bùi Đình Long");
    expect(report!.signingTime?.toISOString()).toBe(SIGNED_AT.toISOString());
    expect(report!.reason).toBe("Chủ tọa ký biên bản");
    expect(report!.chain.map((c) => c.commonName)).toEqual([
      "Bùi Đình Long",
      "hoinghi Test Signing CA",
      "hoinghi Test Root CA",
    ]);
    expect(result.valid).toBe(true);
  });

  it("covers the whole file with its byte ranges but the signature itself", () => {
    const text = signed.toString("latin1");
    const m = /\/ByteRange \[(\d+) (\d+) (\d+) (\d+)\s*\]/.exec(text)!;
    const [a, b, c, d] = m.slice(1).map(Number) as [number, number, number, number];
    expect(a).toBe(0);
    expect(c + d).toBe(signed.length);
    const gap = text.slice(b, c);
    expect(gap).toMatch(/^<[0-9a-f]+>$/);
    expect(text.slice(b - "/Contents ".length, b)).toBe("/Contents ");
    // A CAdES-style container: SignedData with the certificates, in a PAdES Basic field.
    expect(text).toContain("/SubFilter /adbe.pkcs7.detached");
    expect(text).toContain("/Filter /Adobe.PPKLite");
  });

  it("fails when one byte of the signed file changes, wherever it is", () => {
    const text = signed.toString("latin1");
    const contents = text.indexOf("/Contents <") + "/Contents <".length;
    const end = text.indexOf(">", contents);
    const places = {
      "in the page content": Math.floor(contents / 2),
      "after the signature": end + 20,
      "in the signature's padding": end - 10,
      "in the signature itself": contents + 200,
    };
    for (const [where, at] of Object.entries(places)) {
      const copy = Buffer.from(signed);
      copy[at] = copy[at] === 0x31 ? 0x32 : 0x31;
      const [report] = verifyPdf(copy, [pki.root.der]).signatures;
      expect(report?.unmodified, where).toBe(false);
      expect(verifyPdf(copy, [pki.root.der]).valid, where).toBe(false);
    }
    const appended = Buffer.concat([signed, Buffer.from("\n% appended\n")]);
    const [report] = verifyPdf(appended, [pki.root.der]).signatures;
    expect(report!.unmodified).toBe(false);
    expect(report!.problems.map(vietnamese)).toContain("Có dữ liệu được thêm vào tệp sau khi ký.");
  });

  it("reports in Vietnamese a certificate that chains to no installed root", () => {
    const [report] = verifyPdf(signed, [other.root.der]).signatures;
    expect(report).toMatchObject({ unmodified: true, trusted: false });
    expect(report!.problems.map(vietnamese)).toEqual([
      "Chứng thư số không dẫn tới tổ chức chứng thực gốc nào được quản trị viên cài đặt: không được tin cậy.",
    ]);
    // With no root installed at all, nothing is trusted either.
    expect(verifyPdf(signed, []).signatures[0]!.trusted).toBe(false);
  });

  it("reports in Vietnamese a certificate that had expired at the signing time", async () => {
    const expired = pki.issueSigner("Nguyễn Văn Hết Hạn", {
      notBefore: new Date("2020-06-01T00:00:00Z"),
      notAfter: new Date("2021-06-01T00:00:00Z"),
    });
    const file = await signedMinutes(localSource(readPkcs12(pkcs12Of(expired, [pki.intermediate], "p"), "p")));
    const [report] = verifyPdf(file, [pki.root.der]).signatures;
    expect(report).toMatchObject({ unmodified: true, trusted: true, validAtSigningTime: false });
    expect(report!.problems.map(vietnamese)).toEqual([
      "Chứng thư số của Nguyễn Văn Hết Hạn đã hết hạn tại thời điểm ký.",
    ]);
  });

  it("refuses a signature value that the certificate does not verify (a remote service's wrong key)", async () => {
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const wrongKey = { chain: chair.chain, sign: async (data: Buffer) => cryptoSign("sha256", data, privateKey) };
    await expect(signedMinutes(wrongKey)).rejects.toBeInstanceOf(SignatureMismatch);
  });

  it("says when a file has no signature", async () => {
    const unsigned = await renderMinutesPdf({ ...CUA_LO_MINUTES, draft: false });
    expect(verifyPdf(unsigned, [pki.root.der])).toEqual({ signatures: [], valid: false });
  });

  it("shows the signature block in the chair's column on the last page", async () => {
    const pages = await pdfPages(signed);
    const last = pages[pages.length - 1]!.join("\n");
    expect(last).toContain("CHỦ TỌA");
    expect(last).toContain("Người ký: Bùi Đình Long");
    expect(last).toContain("Chức vụ: Phó Chủ tịch UBND tỉnh");
    expect(last).toContain("Cơ quan: Ủy ban nhân dân tỉnh Nghệ An");
    expect(last).toContain("Thời gian ký: 10:15:30 ngày 28/12/2022");
    // The block is not on the first page (the minutes run over several).
    expect(pages[0]!.join("\n")).not.toContain("Người ký:");
    // The widget sits on the last page, inside the chair's (right) half of the A4 page.
    const rect = /\/Rect \[([\d. ]+)\]/.exec(signed.toString("latin1"))!;
    const [x1, , x2] = rect[1]!.trim().split(/\s+/).map(Number) as number[];
    expect(x1).toBeGreaterThan(595.28 / 2);
    expect(x2).toBeLessThan(595.28);
  });

  it("signs the conclusion notice with the body's certificate", async () => {
    const seal = pki.issueSigner("Ủy ban nhân dân tỉnh Nghệ An");
    const source = localSource(readPkcs12(pkcs12Of(seal, [pki.intermediate], "s"), "s"));
    const placeholder = await renderConclusionNoticePdf(CUA_LO_CONCLUSION_NOTICE, {
      ...stamp,
      name: "Ủy ban nhân dân tỉnh Nghệ An",
      title: "Cơ quan ban hành",
    });
    const result = verifyPdf(await signPdf(placeholder, source, SIGNED_AT), [pki.root.der]);
    expect(result.valid).toBe(true);
    expect(result.signatures[0]!.signer?.commonName).toBe("Ủy ban nhân dân tỉnh Nghệ An");
  });
});
