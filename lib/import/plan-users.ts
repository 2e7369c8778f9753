import { z } from "zod";
import { requiredText } from "@/lib/validation";
import { emailAddress } from "@/lib/settings/schema";
import { ROLES } from "@/lib/auth/roles";
import { ROLE_CHOICES } from "./choices";
import { choiceCell, optionalCell } from "./fields";
import { changesOf, nameKey, reasonsOf, refused, type PlannedRow, type Reason } from "./plan";
import type { UnitDirectory } from "./unit-directory";
import type { StoredOfficial } from "./plan-officials";

// The dry run of a users file. A line is the account with its e-mail address. A new account gets no
// password: it is sent a one-time link to set one. An account's role, unit and official record decide
// what it may see and do, and changing them ends its sessions and is held to rules (the last
// administrator stays): that is done on the users screen; an import only creates accounts and keeps
// their names and phones current.

export const userLineSchema = z.object({
  email: emailAddress,
  name: requiredText(200),
  role: choiceCell(ROLE_CHOICES, "import.reason.role", z.enum(ROLES, "validation.invalid")),
  unit: requiredText(200),
  official: optionalCell(254),
  phone: optionalCell(40),
});

export interface StoredUser {
  id: string;
  email: string;
  name: string;
  role: string;
  unitId: string;
  officialId: string | null;
  phone: string | null;
}

export function planUsers(
  input: { line: number; values: Record<string, string> }[],
  units: UnitDirectory,
  officials: StoredOfficial[],
  users: StoredUser[],
): PlannedRow[] {
  const usersByEmail = new Map(users.map((u) => [u.email.toLowerCase(), u]));
  const officialOwner = new Map(users.filter((u) => u.officialId).map((u) => [u.officialId!, u]));
  const claimed = new Map<string, number>();

  /** The official a chair's cell names: by e-mail anywhere, or by name among the unit's officials. */
  function officialOf(cell: string, unitId: string): { official: StoredOfficial } | { reason: Reason } {
    const key = cell.includes("@") ? cell.trim().toLowerCase() : nameKey(cell);
    const found = officials.filter((o) =>
      cell.includes("@") ? o.email?.toLowerCase() === key : o.unitId === unitId && nameKey(o.fullName) === key,
    );
    if (found.length === 1) return { official: found[0]! };
    if (found.length > 1)
      return { reason: { key: "import.reason.officialAmbiguous", params: { count: found.length } } };
    return { reason: { key: "import.reason.officialUnknown", params: { name: cell } } };
  }

  return input.map(({ line, values }) => {
    const parsed = userLineSchema.safeParse(values);
    if (!parsed.success) return refused(line, values.email || values.name || "", values, reasonsOf(parsed.error));
    const user = parsed.data;
    const fail = (...reasons: Reason[]) => refused(line, user.email, { ...user }, reasons);
    const earlier = claimed.get(user.email);
    if (earlier !== undefined)
      return fail({ field: "email", key: "import.reason.duplicateLine", params: { line: earlier } });
    claimed.set(user.email, line);

    const unit = units.resolve(user.unit);
    if ("reason" in unit) return fail({ field: "unit", ...unit.reason });
    const unitId = unit.unit.id;

    let officialId: string | null = null;
    if (user.role === "CHAIR") {
      if (!user.official) return fail({ field: "official", key: "import.reason.chairNeedsOfficial" });
      const found = officialOf(user.official, unitId);
      if ("reason" in found) return fail({ field: "official", ...found.reason });
      officialId = found.official.id;
      const owner = officialOwner.get(officialId);
      if (owner && owner.email !== user.email)
        return fail({ field: "official", key: "import.reason.officialTaken", params: { email: owner.email } });
      const sameOfficial = claimed.get(`official:${officialId}`);
      if (sameOfficial !== undefined)
        return fail({ field: "official", key: "import.reason.duplicateLine", params: { line: sameOfficial } });
      claimed.set(`official:${officialId}`, line);
    } else if (user.official) {
      return fail({ field: "official", key: "import.reason.officialOnlyForChair" });
    }

    const stored = usersByEmail.get(user.email);
    if (!stored)
      return {
        line,
        step: 0,
        outcome: "CREATE",
        label: user.email,
        values: { email: user.email, name: user.name, role: user.role, unitId, officialId, phone: user.phone ?? null },
        targetId: null,
        before: null,
        reasons: [],
      };
    if (stored.role !== user.role) return fail({ field: "role", key: "import.reason.accountRole" });
    if (stored.unitId !== unitId) return fail({ field: "unit", key: "import.reason.accountUnit" });
    if (stored.officialId !== officialId) return fail({ field: "official", key: "import.reason.accountOfficial" });
    const change = changesOf(stored as unknown as Record<string, unknown>, { name: user.name, phone: user.phone });
    return change
      ? {
          line,
          step: 0,
          outcome: "UPDATE",
          label: user.email,
          values: change.values,
          targetId: stored.id,
          before: change.before,
          reasons: [],
        }
      : {
          line,
          step: 0,
          outcome: "UNCHANGED",
          label: user.email,
          values: { ...user },
          targetId: stored.id,
          before: null,
          reasons: [],
        };
  });
}
