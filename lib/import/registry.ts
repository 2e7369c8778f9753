import "server-only";
import { db } from "@/lib/db/client";
import { isValidOn } from "@/lib/units/validity";
import { UnitDirectory } from "./unit-directory";
import type { ImportKind } from "./columns";
import type { PlannedRow } from "./plan";
import { planUnits } from "./plan-units";
import { planOfficials, type StoredOfficial } from "./plan-officials";
import { planUsers } from "./plan-users";

// The registries as a dry run compares a file with them: read once, flat, and matched in memory (a
// province's units, officials and accounts are tens of thousands of short rows at most).

async function unitDirectory(now: Date) {
  const units = await db.unit.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      block: true,
      parentId: true,
      shortName: true,
      documentSymbol: true,
      placeName: true,
      contactEmail: true,
      phone: true,
      address: true,
      validFrom: true,
      validTo: true,
    },
  });
  return new UnitDirectory(
    units.map(({ validFrom, validTo, ...unit }) => ({ ...unit, current: isValidOn({ validFrom, validTo }, now) })),
  );
}

/** Officials in post now. */
async function currentOfficials(now: Date): Promise<StoredOfficial[]> {
  return db.official.findMany({
    where: { OR: [{ validTo: null }, { validTo: { gt: now } }] },
    select: { id: true, fullName: true, title: true, unitId: true, email: true, phone: true },
  });
}

export async function planFile(
  kind: ImportKind,
  lines: { line: number; values: Record<string, string> }[],
  now: Date,
): Promise<PlannedRow[]> {
  const units = await unitDirectory(now);
  if (kind === "UNITS") return planUnits(lines, units);
  const officials = await currentOfficials(now);
  if (kind === "OFFICIALS") return planOfficials(lines, units, officials);
  const users = await db.user.findMany({
    select: { id: true, email: true, name: true, role: true, unitId: true, officialId: true, phone: true },
  });
  return planUsers(lines, units, officials, users);
}
