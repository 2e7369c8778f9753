// The CMS SignedData (RFC 5652) carried in a PDF signature, built and read with pkijs: detached (the
// signed bytes are the PDF's byte ranges), SHA-256, signed attributes content-type, signing-time,
// message-digest and ESS signing-certificate-v2 (RFC 5035, binding the signer's certificate), and the
// certificate chain. What actually signs is a function of the DER of the signed attributes, so the same
// container serves a local key and a remote signing service that signs a hash.
import { X509Certificate } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { sha256 } from "./pki";

export const OID = {
  data: "1.2.840.113549.1.7.1",
  signedData: "1.2.840.113549.1.7.2",
  contentType: "1.2.840.113549.1.9.3",
  messageDigest: "1.2.840.113549.1.9.4",
  signingTime: "1.2.840.113549.1.9.5",
  signingCertificateV2: "1.2.840.113549.1.9.16.2.47",
  sha256: "2.16.840.1.101.3.4.2.1",
  rsaEncryption: "1.2.840.113549.1.1.1",
  sha256WithRsa: "1.2.840.113549.1.1.11",
  ecdsaWithSha256: "1.2.840.10045.4.3.2",
} as const;

/** Signs the DER of the signed attributes (SHA-256, then the key's scheme); returns the raw signature. */
export type SignAttributes = (signedAttributes: Buffer) => Promise<Buffer>;

const view = (buffer: Buffer) => new Uint8Array(buffer).buffer;

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 }; ESSCertIDv2 with SHA-256 (the default). */
function signingCertificateV2(signer: Buffer): asn1js.Sequence {
  return new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: view(sha256(signer)) })] })],
      }),
    ],
  });
}

function signatureAlgorithm(signer: Buffer): string {
  return new X509Certificate(signer).publicKey.asymmetricKeyType === "ec" ? OID.ecdsaWithSha256 : OID.rsaEncryption;
}

/** The detached CMS SignedData over content whose SHA-256 is `contentDigest`, DER-encoded. */
export async function buildSignedData(options: {
  contentDigest: Buffer;
  chain: Buffer[];
  signingTime: Date;
  sign: SignAttributes;
}): Promise<Buffer> {
  const certificates = options.chain.map((der) => pkijs.Certificate.fromBER(view(der)));
  const signer = certificates[0]!;
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.signingTime, new asn1js.UTCTime({ valueDate: options.signingTime })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: view(options.contentDigest) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(options.chain[0]!)),
  ]
    .map((a) => ({ a, der: Buffer.from(a.toSchema().toBER(false)) }))
    // DER sorts a SET OF by the encodings of its elements.
    .sort((x, y) => Buffer.compare(x.der, y.der));
  const signedAttributesDer = Buffer.from(
    new asn1js.Set({ value: attributes.map(({ a }) => a.toSchema()) }).toBER(false),
  );
  const signature = await options.sign(signedAttributesDer);
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: attributes.map(({ a }) => a) }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({
      algorithmId: signatureAlgorithm(options.chain[0]!),
      ...(signatureAlgorithm(options.chain[0]!) === OID.rsaEncryption ? { algorithmParams: new asn1js.Null() } : {}),
    }),
    signature: new asn1js.OctetString({ valueHex: view(signature) }),
  });
  const signedData = new pkijs.SignedData({
    version: 1,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256, algorithmParams: new asn1js.Null() })],
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    certificates,
    signerInfos: [signerInfo],
  });
  const info = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(info.toSchema().toBER(false));
}

export interface ParsedSignedData {
  certificates: Buffer[];
  /** The signer's certificate, found by the issuer and serial number the SignerInfo names. */
  signerCertificate: Buffer | null;
  digestAlgorithm: string;
  signatureAlgorithm: string;
  /** The signed attributes as the signature covers them (re-tagged as a SET). */
  signedAttributes: Buffer | null;
  signature: Buffer;
  messageDigest: Buffer | null;
  signingTime: Date | null;
  /** SHA-256 of the certificate the signer bound with signing-certificate-v2, if present. */
  signingCertificateHash: Buffer | null;
}

const bytes = (value: { valueBlock: { valueHexView: Uint8Array } }) => Buffer.from(value.valueBlock.valueHexView);

/** Reads a CMS SignedData (trailing zero padding from the PDF placeholder is ignored). */
export function parseSignedData(der: Buffer): ParsedSignedData {
  const asn1 = asn1js.fromBER(view(der));
  if (asn1.offset === -1) throw new Error("not a CMS structure");
  const info = new pkijs.ContentInfo({ schema: asn1.result });
  if (info.contentType !== OID.signedData) throw new Error("not a SignedData");
  const signedData = new pkijs.SignedData({ schema: info.content });
  const certs = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo) throw new Error("no signer");
  let signerCertificate: pkijs.Certificate | undefined;
  if (signerInfo.sid instanceof pkijs.IssuerAndSerialNumber) {
    const sid = signerInfo.sid;
    signerCertificate = certs.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  }
  const attrs = signerInfo.signedAttrs;
  const find = (type: string) => attrs?.attributes.find((a) => a.type === type)?.values[0];
  let signedAttributes: Buffer | null = null;
  if (attrs?.encodedValue) {
    signedAttributes = Buffer.from(new Uint8Array(attrs.encodedValue));
    signedAttributes[0] = 0x31; // [0] IMPLICIT in the SignerInfo, a SET when signed
  }
  const digest = find(OID.messageDigest);
  const time = find(OID.signingTime);
  const essv2 = find(OID.signingCertificateV2);
  let signingCertificateHash: Buffer | null = null;
  try {
    // SEQUENCE { SEQUENCE OF { SEQUENCE { [AlgorithmIdentifier,] OCTET STRING, … } } }
    const first = (essv2 as asn1js.Sequence | undefined)?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const id = first?.valueBlock.value[0] as asn1js.Sequence | undefined;
    const hash = id?.valueBlock.value.find((v) => v instanceof asn1js.OctetString) as asn1js.OctetString | undefined;
    if (hash) signingCertificateHash = bytes(hash);
  } catch {
    signingCertificateHash = null;
  }
  return {
    certificates: certs.map((c) => Buffer.from(c.toSchema().toBER(false))),
    signerCertificate: signerCertificate ? Buffer.from(signerCertificate.toSchema().toBER(false)) : null,
    digestAlgorithm: signerInfo.digestAlgorithm.algorithmId,
    signatureAlgorithm: signerInfo.signatureAlgorithm.algorithmId,
    signedAttributes,
    signature: bytes(signerInfo.signature),
    messageDigest: digest instanceof asn1js.OctetString ? bytes(digest) : null,
    signingTime: time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime ? time.toDate() : null,
    signingCertificateHash,
  };
}
