// The visible signature block of Nghị định 30/2020 (Phụ lục I): in the signer's column, under the
// authority line, where the hand signature would go: the signer's image when there is one, then who
// signed, their title, the body and the time, framed in the red the decree's examples of digital
// signatures use. The PDF signature field (its widget) covers the same rectangle, so a reader that
// shows signature fields puts its mark on it.
import { pdfkitAddPlaceholder } from "@signpdf/placeholder-pdfkit";
import { SUBFILTER_ADOBE_PKCS7_DETACHED } from "@signpdf/utils";
import { formatDate, formatTime } from "@/lib/datetime/vietnam";

export interface SignatureStamp {
  name: string;
  title: string;
  body: string;
  signedAt: Date;
  /** PNG or JPEG of the hand signature, if the signer uploaded one. */
  image?: Buffer | null;
  /** Why it is signed, for the signature dictionary: "Chủ tọa duyệt biên bản". */
  reason: string;
  location: string;
}

/** Room left in the /Contents placeholder for the CMS, in bytes (a 4-certificate RSA-4096 chain fits). */
export const SIGNATURE_LENGTH = 16384;

const RED = "#c00000";
const STAMP_TEXT = 10;

/** "10:15:30 ngày 28/12/2022", the time the block shows and the signature carries. */
export function stampTime(date: Date): string {
  // Vietnam is a whole number of hours from UTC, so the seconds are UTC's.
  return `${formatTime(date)}:${String(date.getUTCSeconds()).padStart(2, "0")} ngày ${formatDate(date)}`;
}

/** The block's lines; a seal (the body signs) has no title line. */
function stampLines(stamp: SignatureStamp): [string, string][] {
  const lines: [string, string][] = [
    ["Người ký: ", stamp.name],
    ["Chức vụ: ", stamp.title],
    ["Cơ quan: ", stamp.body],
    ["Thời gian ký: ", stampTime(stamp.signedAt)],
  ];
  return lines.filter(([, value]) => value);
}

/**
 * Draws the block at (x, y), `width` wide and `height` high, and adds the signature placeholder with its
 * widget there, on the page being drawn. The PDF still has to be signed (signPdf) once it is finished.
 */
export function drawSignatureStamp(
  doc: PDFKit.PDFDocument,
  stamp: SignatureStamp,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { x, y, width, height } = box;
  doc.save();
  doc.rect(x, y, width, height).lineWidth(0.8).strokeColor(RED).stroke();
  let at = y + 4;
  const inner = width - 8;
  if (stamp.image) {
    const imageHeight = 28;
    doc.image(stamp.image, x + 4, at, { fit: [inner, imageHeight], align: "center" });
    at += imageHeight + 2;
  }
  const lines = stampLines(stamp);
  doc.fillColor(RED);
  for (const [label, value] of lines) {
    doc
      .font("bold")
      .fontSize(STAMP_TEXT)
      .text(label, x + 4, at, { width: inner, continued: true });
    doc.font("regular").text(value, { width: inner });
    at = doc.y + 1;
  }
  doc.restore();
  doc.fillColor("black");
  const pageHeight = doc.page.height;
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0),
    reason: stamp.reason,
    contactInfo: "",
    name: stamp.name,
    location: stamp.location,
    signingTime: stamp.signedAt,
    signatureLength: SIGNATURE_LENGTH,
    // PAdES Basic (ETSI TS 102 778-2): the ISO 32000-1 signature with a detached CMS, whose signing-time
    // attribute carries the time; see README "Digital signatures".
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    // PDF space: from the bottom-left corner.
    widgetRect: [x, pageHeight - (y + height), x + width, pageHeight - y],
    appName: "hoinghi",
  });
}

/** Height the block needs for its width, so the page keeps room for it. */
export function stampHeight(doc: PDFKit.PDFDocument, stamp: SignatureStamp, width: number): number {
  doc.fontSize(STAMP_TEXT);
  const inner = width - 8;
  const texts = stampLines(stamp).map(([label, value]) => label + value);
  doc.font("bold");
  const text = texts.reduce((sum, t) => sum + doc.heightOfString(t, { width: inner }) + 1, 0);
  return 7 + text + (stamp.image ? 30 : 0);
}
