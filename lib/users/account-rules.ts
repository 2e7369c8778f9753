import type { Role } from "@/lib/auth/roles";

// What each role's account is made of, so that it never holds more than the role allows:
// - a chair acts as an official record (their meetings are those the official chairs) and belongs to
//   that official's unit;
// - a secretariat and a unit representative belong to a unit, and may be an official of that unit or of
//   a unit directly under it (the town's secretariat is an official of the town's office); the official
//   named as a connection point's secretary runs its check-in, whatever their role;
// - an administrator belongs to a unit and is no official (they reach every point already).

export interface AccountShape {
  role: Role;
  unitId: string | null;
  officialId: string | null;
}

/** The fields a form must fix for the role, as catalogue keys; empty when the shape fits. */
export function accountShapeProblems(account: AccountShape): Record<string, string> {
  if (account.role === "CHAIR") return account.officialId ? {} : { officialId: "accounts.validation.chairOfficial" };
  const problems: Record<string, string> = {};
  if (!account.unitId) problems.unitId = "accounts.validation.unitRequired";
  if (account.role === "ADMIN" && account.officialId) problems.officialId = "accounts.validation.adminOfficial";
  return problems;
}

/**
 * The unit the account belongs to once its official is known: a chair's is the official's; for the
 * others an official, when named, must be of the account's unit or one directly under it, or the
 * account would reach another unit's points.
 */
export function accountUnit(
  account: AccountShape,
  official: { unitId: string; parentUnitId: string | null } | null,
): { unitId: string } | { problem: Record<string, string> } {
  if (account.role === "CHAIR")
    return official ? { unitId: official.unitId } : { problem: { officialId: "accounts.validation.chairOfficial" } };
  if (official && official.unitId !== account.unitId && official.parentUnitId !== account.unitId)
    return { problem: { officialId: "accounts.validation.officialOtherUnit" } };
  return { unitId: account.unitId! };
}

/** Whether a change ends the account's sessions: what it may do or who it is, not how it is spelt. */
export function changesAccess(before: AccountShape & { email: string }, after: AccountShape & { email: string }) {
  return (
    before.role !== after.role ||
    before.unitId !== after.unitId ||
    before.officialId !== after.officialId ||
    before.email !== after.email
  );
}
