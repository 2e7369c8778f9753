import "server-only";
import type { Db } from "@/lib/db/connect";
import { formatDocumentNumber, registerYear } from "./numbering";

type Tx = Pick<Db, "documentRegister" | "unit">;

/**
 * Takes the next number of the issuing body's yearly register for a document type. Runs inside the
 * caller's transaction: the increment is a single UPDATE, so two issuers never get the same number.
 */
export async function nextDocumentNumber(
  tx: Tx,
  issuingUnitId: string,
  typeCode: string,
  issuedAt: Date,
): Promise<string> {
  const year = registerYear(issuedAt);
  const register = await tx.documentRegister.upsert({
    where: { issuingUnitId_year_typeCode: { issuingUnitId, year, typeCode } },
    create: { issuingUnitId, year, typeCode, lastNumber: 1 },
    update: { lastNumber: { increment: 1 } },
    select: { lastNumber: true },
  });
  const unit = await tx.unit.findUniqueOrThrow({ where: { id: issuingUnitId }, select: { documentSymbol: true } });
  return formatDocumentNumber({ number: register.lastNumber, typeCode, issuerCode: unit.documentSymbol ?? "UBND" });
}
