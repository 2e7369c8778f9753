// A certificate authority made at run time for tests and the e2e journey: a root, an intermediate and
// signers under it, with node-forge (keys from Node's crypto, which is much faster than forge's own).
// Nothing here is a real certificate; nothing is read from outside.
import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

export interface TestCertificate {
  der: Buffer;
  pem: string;
  key: forge.pki.rsa.PrivateKey;
  cert: forge.pki.Certificate;
}

const DAY = 86_400_000;

function newKey(): { key: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey } {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString());
  return { key: key as forge.pki.rsa.PrivateKey, publicKey: forge.pki.setRsaPublicKey(key.n, key.e) };
}

let serial = 1;

function issue(options: {
  commonName: string;
  organisation?: string;
  title?: string;
  issuer?: TestCertificate;
  ca: boolean;
  notBefore: Date;
  notAfter: Date;
}): TestCertificate {
  const { key, publicKey } = newKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = (0x1000 + serial++).toString(16).padStart(4, "0");
  cert.validity.notBefore = options.notBefore;
  cert.validity.notAfter = options.notAfter;
  const subject: forge.pki.CertificateField[] = [
    { name: "commonName", value: options.commonName, valueTagClass: forge.asn1.Type.UTF8 as never },
    ...(options.title
      ? [{ type: "2.5.4.12", value: options.title, valueTagClass: forge.asn1.Type.UTF8 as never }]
      : []),
    ...(options.organisation
      ? [{ name: "organizationName", value: options.organisation, valueTagClass: forge.asn1.Type.UTF8 as never }]
      : []),
    { name: "countryName", value: "VN" },
  ];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? options.issuer.cert.subject.attributes : subject);
  cert.setExtensions([
    { name: "basicConstraints", cA: options.ca, critical: true },
    options.ca
      ? { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true }
      : { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true },
    { name: "subjectKeyIdentifier" },
  ]);
  cert.sign(options.issuer?.key ?? key, forge.md.sha256.create());
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), "binary");
  return { der, pem: forge.pki.certificateToPem(cert), key, cert };
}

export interface TestPki {
  root: TestCertificate;
  intermediate: TestCertificate;
  issueSigner(
    commonName: string,
    options?: { title?: string; organisation?: string; notBefore?: Date; notAfter?: Date },
  ): TestCertificate;
}

/** A root "hoinghi Test Root CA" and an intermediate under it, valid from 2020 to 2040. */
export function createTestPki(name = "hoinghi Test"): TestPki {
  const notBefore = new Date("2020-01-01T00:00:00Z");
  const notAfter = new Date("2040-01-01T00:00:00Z");
  const root = issue({ commonName: `${name} Root CA`, organisation: name, ca: true, notBefore, notAfter });
  const intermediate = issue({
    commonName: `${name} Signing CA`,
    organisation: name,
    issuer: root,
    ca: true,
    notBefore,
    notAfter,
  });
  return {
    root,
    intermediate,
    issueSigner: (commonName, options = {}) =>
      issue({
        commonName,
        title: options.title,
        organisation: options.organisation,
        issuer: intermediate,
        ca: false,
        notBefore: options.notBefore ?? new Date("2021-01-01T00:00:00Z"),
        notAfter: options.notAfter ?? new Date(Date.now() + 3 * 365 * DAY),
      }),
  };
}

/** The signer's key and chain (signer, intermediate, root) as a password-protected PKCS#12 file. */
export function pkcs12Of(signer: TestCertificate, chain: TestCertificate[], password: string): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(signer.key, [signer.cert, ...chain.map((c) => c.cert)], password, {
    algorithm: "aes256",
    friendlyName: "signer",
  });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary");
}
