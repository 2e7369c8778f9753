// A unit exists on an instant when it has started (validFrom unset or not after it) and has not yet
// ended (validTo unset or after it: validTo is exclusive, the day the merge takes effect).
export interface Validity {
  validFrom: Date | null;
  validTo: Date | null;
}

export function isValidOn(unit: Validity, at: Date): boolean {
  const t = at.getTime();
  return (
    (unit.validFrom === null || unit.validFrom.getTime() <= t) && (unit.validTo === null || unit.validTo.getTime() > t)
  );
}

/** The same rule as a Prisma `where` fragment, so lists and checks cannot disagree. */
export function validOnWhere(at: Date) {
  return {
    AND: [
      { OR: [{ validFrom: null }, { validFrom: { lte: at } }] },
      { OR: [{ validTo: null }, { validTo: { gt: at } }] },
    ],
  };
}
