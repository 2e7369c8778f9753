// Who produces the signature value: a local key from a PKCS#12 file, or a remote signing service (the
// shape of the Vietnamese remote-signing services: the hash goes out, the holder confirms on their
// phone, the signature comes back). Both give the same CMS container through buildSignedData.
import { sign as cryptoSign, verify as cryptoVerify, X509Certificate } from "node:crypto";
import { Signer } from "@signpdf/utils";
import { buildSignedData, type SignAttributes } from "./cms";
import { sha256, type SigningIdentity } from "./pki";

export interface SignatureSource {
  /** The signer's certificate first, then the intermediates (the root may be left out). */
  chain: Buffer[];
  sign: SignAttributes;
}

/** A key held here (decrypted from its PKCS#12 only for this signature). */
export function localSource(identity: SigningIdentity): SignatureSource {
  return {
    chain: identity.chain,
    sign: async (signedAttributes) => cryptoSign("sha256", signedAttributes, identity.privateKey),
  };
}

export class SignatureMismatch extends Error {
  constructor() {
    super("the returned signature does not verify with the signer's certificate");
  }
}

/**
 * The @signpdf Signer: receives the PDF without its /Contents (the two byte ranges joined), returns the
 * CMS. The signature value is checked against the certificate before it goes into the file, so a remote
 * service answering with a wrong key is refused here, not discovered by a reader later.
 */
export class CmsSigner extends Signer {
  constructor(private readonly source: SignatureSource) {
    super();
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const publicKey = new X509Certificate(this.source.chain[0]!).publicKey;
    return buildSignedData({
      contentDigest: sha256(pdfBuffer),
      chain: this.source.chain,
      signingTime: signingTime ?? new Date(),
      sign: async (attributes) => {
        const signature = await this.source.sign(attributes);
        if (!cryptoVerify("sha256", attributes, publicKey, signature)) throw new SignatureMismatch();
        return signature;
      },
    });
  }
}
