// Certificates and PKCS#12 files, read with node-forge (PKCS#12, including the legacy 3DES/RC2 bags
// that Vietnamese CAs' USB-token exports still use) and checked with Node's own X509Certificate.
import { createHash, createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import forge from "node-forge";
import { DomainError } from "@/lib/errors";

/** What signs: the private key (or a remote service holding it) and the chain, signer first, as DER. */
export interface SigningIdentity {
  privateKey: KeyObject;
  chain: Buffer[];
}

export interface CertificateFacts {
  subject: string;
  /** The holder's common name ("Hoàng Văn Phúc"). */
  commonName: string;
  issuer: string;
  issuerCommonName: string;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER, lower-case hex. */
  fingerprint: string;
  isCa: boolean;
}

export function toDer(pemOrDer: Buffer | string): Buffer {
  const text = typeof pemOrDer === "string" ? pemOrDer : pemOrDer.toString("latin1");
  if (text.includes("-----BEGIN CERTIFICATE-----")) return Buffer.from(new X509Certificate(text).raw);
  if (typeof pemOrDer === "string") throw new DomainError("signatures.errors.badCertificate");
  return pemOrDer;
}

/** Every certificate in a PEM bundle (or one DER file), as DER. */
export function certificatesOf(file: Buffer): Buffer[] {
  const text = file.toString("latin1");
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  try {
    if (blocks) return blocks.map((pem) => Buffer.from(new X509Certificate(pem).raw));
    return [Buffer.from(new X509Certificate(file).raw)];
  } catch {
    throw new DomainError("signatures.errors.badCertificate");
  }
}

export function x509(der: Buffer): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw new DomainError("signatures.errors.badCertificate");
  }
}

function field(name: string, key: string): string {
  // Node prints a distinguished name one attribute a line ("CN=Hoàng Văn Phúc\nO=…"), UTF-8 as it is.
  const line = name.split("\n").find((l) => l.startsWith(`${key}=`));
  return line ? line.slice(key.length + 1) : "";
}

export function certificateFacts(der: Buffer): CertificateFacts {
  const cert = x509(der);
  return {
    subject: cert.subject.split("\n").join(", "),
    commonName: field(cert.subject, "CN"),
    issuer: cert.issuer.split("\n").join(", "),
    issuerCommonName: field(cert.issuer, "CN"),
    serialNumber: cert.serialNumber.toLowerCase(),
    notBefore: new Date(cert.validFrom),
    notAfter: new Date(cert.validTo),
    fingerprint: createHash("sha256").update(der).digest("hex"),
    isCa: cert.ca,
  };
}

/** Orders certificates from the signer up: each one's issuer follows it, where the file has it. */
function chainFrom(leaf: Buffer, others: Buffer[]): Buffer[] {
  const chain = [leaf];
  const pool = others.filter((c) => !c.equals(leaf));
  for (;;) {
    const last = x509(chain[chain.length - 1]!);
    if (last.checkIssued(last)) break; // self-signed: the root
    const next = pool.findIndex((c) => last.checkIssued(x509(c)) && last.verify(x509(c).publicKey));
    if (next < 0) break;
    chain.push(pool.splice(next, 1)[0]!);
  }
  return chain;
}

// PKCS#12 bag types (RFC 7292).
const BAGS = {
  key: "1.2.840.113549.1.12.10.1.1",
  shroudedKey: "1.2.840.113549.1.12.10.1.2",
  certificate: "1.2.840.113549.1.12.10.1.3",
} as const;

/** Opens a PKCS#12 file: its key and its certificate chain (signer first). */
export function readPkcs12(file: Buffer, password: string): SigningIdentity {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(file.toString("binary")), false, password);
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    throw new DomainError(
      /MAC|password|Invalid/i.test(message) ? "signatures.errors.wrongPassword" : "signatures.errors.badPkcs12",
    );
  }
  const keyBag =
    p12.getBags({ bagType: BAGS.shroudedKey })[BAGS.shroudedKey]?.[0] ??
    p12.getBags({ bagType: BAGS.key })[BAGS.key]?.[0];
  if (!keyBag?.key) throw new DomainError("signatures.errors.noKeyInPkcs12");
  const privateKey = createPrivateKey(forge.pki.privateKeyToPem(keyBag.key));
  const certs = (p12.getBags({ bagType: BAGS.certificate })[BAGS.certificate] ?? [])
    .map((bag) => bag.cert)
    .filter((c): c is forge.pki.Certificate => Boolean(c))
    .map((c) => Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes(), "binary"));
  const leaf = certs.find((der) => x509(der).checkPrivateKey(privateKey));
  if (!leaf) throw new DomainError("signatures.errors.noCertificateForKey");
  return { privateKey, chain: chainFrom(leaf, certs) };
}

export function sha256(data: Buffer | Uint8Array): Buffer {
  return createHash("sha256").update(data).digest();
}
