// Signing a PDF that carries a placeholder (appearance.ts): @signpdf/signpdf computes the byte ranges
// and writes the CMS into /Contents; CmsSigner builds the CMS.
import signpdf from "@signpdf/signpdf";
import { CmsSigner, type SignatureSource } from "./signer";

export async function signPdf(pdfWithPlaceholder: Buffer, source: SignatureSource, signingTime: Date): Promise<Buffer> {
  return signpdf.sign(pdfWithPlaceholder, new CmsSigner(source), signingTime);
}
