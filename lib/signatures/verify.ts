// Verifying the signatures of a PDF, ours or another application's, without trusting anything the file
// says about itself:
//  1. the byte ranges start at 0, leave out exactly the /Contents hex string, and the last one ends at the
//     end of the file (else something was appended after signing);
//  2. the CMS in /Contents parses, and nothing but zero padding follows it;
//  3. the SHA-256 (or -384/-512) of the covered bytes equals the signed message-digest attribute, and the
//     signature over the signed attributes verifies with the signer's certificate (and its
//     signing-certificate-v2, when present, names that certificate);
//  4. the certificate chains (through the certificates in the CMS) to a root the administrator installed,
//     every link signed by the next and every issuer a CA;
//  5. every certificate of that chain was valid at the signing time the signature claims.
// Revocation (CRL, OCSP) is not checked: the server may have no way out to the CAs' responders.
import { createHash, verify as cryptoVerify, X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import { OID, parseSignedData } from "./cms";
import { certificateFacts, type CertificateFacts } from "./pki";

export interface Problem {
  /** A key under signatures.verify in the message catalogue. */
  key: string;
  values?: Record<string, string>;
}

export interface SignatureReport {
  /** 1-based, in file order. */
  index: number;
  signer: CertificateFacts | null;
  /** The signing time the signature claims (its signing-time attribute, else the dictionary's /M). */
  signingTime: Date | null;
  reason: string | null;
  /** Covered bytes unchanged since signing and nothing appended after. */
  unmodified: boolean;
  /** Chains to a trusted root. */
  trusted: boolean;
  /** Every certificate of the chain valid at the signing time. */
  validAtSigningTime: boolean;
  /** The chain as found, signer first, ending at the trusted root when there is one. */
  chain: CertificateFacts[];
  problems: Problem[];
}

export interface VerificationResult {
  signatures: SignatureReport[];
  /** All three checks passed for every signature (and there is at least one). */
  valid: boolean;
}

const HASHES: Record<string, string> = {
  [OID.sha256]: "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};

const SIGNATURE_ALGORITHMS = new Set([
  OID.rsaEncryption,
  OID.sha256WithRsa,
  "1.2.840.113549.1.1.12",
  "1.2.840.113549.1.1.13",
  OID.ecdsaWithSha256,
  "1.2.840.10045.4.3.3",
  "1.2.840.10045.4.3.4",
  "1.2.840.10045.2.1",
]);

interface Found {
  ranges: [number, number, number, number];
  contents: Buffer | null;
  dictionary: string;
}

function findSignatures(pdf: Buffer): Found[] {
  const found: Found[] = [];
  const text = pdf.toString("latin1");
  const pattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const ranges = match.slice(1, 5).map(Number) as [number, number, number, number];
    const [, length, start] = ranges;
    const gap = text.slice(length, start);
    const contents = /^<[0-9a-fA-F\s]*>$/.test(gap) ? Buffer.from(gap.slice(1, -1).replace(/\s/g, ""), "hex") : null;
    // The signature dictionary around it, for /M and /Reason (bounded, as the dictionary is small).
    const from = text.lastIndexOf("obj", match.index);
    const to = text.indexOf("endobj", match.index);
    const dictionary = text.slice(from < 0 ? match.index : from, to < 0 ? match.index + 200 : to).replace(gap, "");
    found.push({ ranges, contents, dictionary });
  }
  return found;
}

function pdfDate(dictionary: string): Date | null {
  const m = /\/M\s*\(D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}'?\d{2}'?)?/.exec(dictionary);
  if (!m) return null;
  const zone = !m[7] || m[7] === "Z" ? "Z" : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, "").slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A PDF text string: UTF-16BE with its byte-order mark, or PDFDocEncoding (Latin-1 near enough). */
function pdfString(dictionary: string, key: string): string | null {
  const m = new RegExp(`/${key}\\s*\\(((?:\\\\.|[^\\\\)])*)\\)`, "s").exec(dictionary);
  if (!m) return null;
  const raw = m[1]!.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) => {
    const map: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", "(": "(", ")": ")", "\\": "\\" };
    return map[c] ?? String.fromCharCode(parseInt(c, 8));
  });
  const bytes = Buffer.from(raw, "latin1");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString("utf16le");
  return raw;
}

/** Builds the path from the signer to a trusted root through the certificates at hand. */
function chainToRoot(signer: X509Certificate, pool: X509Certificate[], roots: X509Certificate[]) {
  const chain = [signer];
  const problems: Problem[] = [];
  for (let depth = 0; depth < 10; depth++) {
    const current = chain[chain.length - 1]!;
    if (roots.some((r) => r.fingerprint256 === current.fingerprint256)) return { chain, trusted: true, problems };
    const issuedBy = (c: X509Certificate) => current.checkIssued(c) && current.verify(c.publicKey);
    const root = roots.find(issuedBy);
    if (root) {
      chain.push(root);
      return { chain, trusted: true, problems };
    }
    const next = pool.find((c) => c.fingerprint256 !== current.fingerprint256 && !chain.includes(c) && issuedBy(c));
    if (!next) break;
    if (!next.ca)
      problems.push({ key: "issuerNotCa", values: { name: certificateFacts(Buffer.from(next.raw)).commonName } });
    chain.push(next);
  }
  problems.push({ key: "untrusted" });
  return { chain, trusted: false, problems };
}

function endOfDer(der: Buffer): number {
  const parsed = asn1js.fromBER(new Uint8Array(der).buffer);
  return parsed.offset;
}

function checkOne(pdf: Buffer, found: Found, index: number, roots: X509Certificate[]): SignatureReport {
  const report: SignatureReport = {
    index,
    signer: null,
    signingTime: pdfDate(found.dictionary),
    reason: pdfString(found.dictionary, "Reason"),
    unmodified: false,
    trusted: false,
    validAtSigningTime: false,
    chain: [],
    problems: [],
  };
  const [start, length, second, secondLength] = found.ranges;
  if (start !== 0 || second < length || second + secondLength > pdf.length || !found.contents) {
    report.problems.push({ key: "badByteRange" });
    return report;
  }
  let cms;
  try {
    cms = parseSignedData(found.contents);
    const end = endOfDer(found.contents);
    if (end < 0 || found.contents.subarray(end).some((b) => b !== 0)) throw new Error("data after the CMS");
  } catch {
    report.problems.push({ key: "malformed" });
    return report;
  }
  if (cms.signingTime) report.signingTime = cms.signingTime;
  const signerCert = cms.signerCertificate ? new X509Certificate(cms.signerCertificate) : null;
  if (!signerCert || !cms.signedAttributes || !cms.messageDigest) {
    report.problems.push({ key: "malformed" });
    return report;
  }
  report.signer = certificateFacts(cms.signerCertificate!);
  const hash = HASHES[cms.digestAlgorithm];
  if (!hash || !SIGNATURE_ALGORITHMS.has(cms.signatureAlgorithm)) {
    report.problems.push({ key: "unsupportedAlgorithm" });
    return report;
  }

  // 1–3: the bytes and the signature.
  const covered = Buffer.concat([pdf.subarray(0, length), pdf.subarray(second, second + secondLength)]);
  const digestMatches = createHash(hash).update(covered).digest().equals(cms.messageDigest);
  let signatureVerifies = false;
  try {
    signatureVerifies = cryptoVerify(hash, cms.signedAttributes, signerCert.publicKey, cms.signature);
  } catch {
    signatureVerifies = false;
  }
  const bound =
    !cms.signingCertificateHash ||
    cms.signingCertificateHash.length !== 32 ||
    cms.signingCertificateHash.equals(createHash("sha256").update(cms.signerCertificate!).digest());
  const whole = second + secondLength === pdf.length;
  if (!digestMatches) report.problems.push({ key: "digestMismatch" });
  if (!signatureVerifies) report.problems.push({ key: "badSignature" });
  if (!bound) report.problems.push({ key: "wrongSigningCertificate" });
  if (digestMatches && !whole) report.problems.push({ key: "changedAfterSigning" });
  report.unmodified = digestMatches && signatureVerifies && bound && whole;

  // 4: trust.
  const pool = cms.certificates.map((der) => new X509Certificate(der));
  const path = chainToRoot(signerCert, pool, roots);
  report.chain = path.chain.map((c) => certificateFacts(Buffer.from(c.raw)));
  report.trusted = path.trusted && path.problems.length === 0;
  report.problems.push(...path.problems);

  // 5: validity at the signing time.
  const at = report.signingTime;
  if (!at) report.problems.push({ key: "noSigningTime" });
  else {
    const invalid = report.chain.filter((c) => at < c.notBefore || at > c.notAfter);
    for (const c of invalid)
      report.problems.push({
        key: at > c.notAfter ? "expiredAtSigningTime" : "notYetValidAtSigningTime",
        values: { name: c.commonName },
      });
    report.validAtSigningTime = invalid.length === 0;
  }
  return report;
}

/** Every signature of the PDF, each checked against the installed trusted roots (DER). */
export function verifyPdf(pdf: Buffer, trustedRoots: Buffer[]): VerificationResult {
  const roots = trustedRoots.map((der) => new X509Certificate(der));
  const signatures = findSignatures(pdf).map((found, i) => checkOne(pdf, found, i + 1, roots));
  return {
    signatures,
    valid: signatures.length > 0 && signatures.every((s) => s.unmodified && s.trusted && s.validAtSigningTime),
  };
}
