// Document number and symbol (Nghị định 30/2020/NĐ-CP): "Số: 05/BB-UBND". Numbers run in a yearly
// register per issuing body and type; the register itself lives in ./register.ts.
import { dayKey } from "@/lib/datetime/vietnam";
import { toNfc } from "@/lib/text/normalize";

// GM giấy mời (invitation), BB biên bản (minutes), TB thông báo (notice, e.g. the conclusion notice),
// KH kế hoạch (plan), BC báo cáo (report).
export const DOCUMENT_TYPE_CODES = ["GM", "BB", "TB", "KH", "BC"] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPE_CODES)[number];

export function isDocumentTypeCode(value: string): value is DocumentTypeCode {
  return (DOCUMENT_TYPE_CODES as readonly string[]).includes(value);
}

// Upper-case letters (Đ included, as in HĐND) and digits, in hyphen-joined parts: "UBND", "VP-UBND".
const ISSUER_CODE = /^[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

export interface DocumentNumberParts {
  /** The position in the register, from 1. */
  number: number;
  /** One of DOCUMENT_TYPE_CODES; a string because it arrives from the database, checked here. */
  typeCode: string;
  /** The issuing body's symbol, e.g. "UBND". */
  issuerCode: string;
}

/**
 * "05/BB-UBND": numbers below 10 take a leading zero so a later hand cannot add a digit; 10 and
 * above are written as they are. Throws RangeError on a bad number, type or issuer symbol.
 */
export function formatDocumentNumber({ number, typeCode, issuerCode }: DocumentNumberParts): string {
  if (!Number.isSafeInteger(number) || number < 1)
    throw new RangeError(`Document number must be a whole number from 1, got ${number}`);
  if (!isDocumentTypeCode(typeCode)) throw new RangeError(`Unknown document type code: ${JSON.stringify(typeCode)}`);
  const issuer = toNfc(issuerCode.trim());
  if (!ISSUER_CODE.test(issuer)) throw new RangeError(`Invalid issuer symbol: ${JSON.stringify(issuerCode)}`);
  return `${String(number).padStart(2, "0")}/${typeCode}-${issuer}`;
}

/** The number line as printed under the issuing body: "Số: 05/BB-UBND". */
export function documentNumberLine(parts: DocumentNumberParts): string {
  return `Số: ${formatDocumentNumber(parts)}`;
}

/**
 * The register year: the year of the issuing day in Vietnam (UTC+7). The trap is New Year's
 * morning: 01/01 before 07:00 in Vietnam is still 31/12 in UTC, yet opens the new register.
 */
export function registerYear(date: Date): number {
  return Number(dayKey(date).slice(0, 4));
}
