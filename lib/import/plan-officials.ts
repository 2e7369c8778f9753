import { z } from "zod";
import { requiredText } from "@/lib/validation";
import { optionalCell, optionalEmailCell } from "./fields";
import { changesOf, nameKey, reasonsOf, refused, type PlannedRow, type Reason } from "./plan";
import type { UnitDirectory } from "./unit-directory";

// The dry run of an officials file. A line is the current official with its e-mail address, else the one
// of its name in its unit. A new title or unit for an official already stored is a move to another post,
// which keeps the earlier post as history: it is recorded on the official's screen, not by an import.

export const officialLineSchema = z.object({
  fullName: requiredText(200),
  title: requiredText(200),
  unit: requiredText(200),
  email: optionalEmailCell,
  phone: optionalCell(40),
});

export interface StoredOfficial {
  id: string;
  fullName: string;
  title: string;
  unitId: string;
  email: string | null;
  phone: string | null;
}

export function planOfficials(
  input: { line: number; values: Record<string, string> }[],
  units: UnitDirectory,
  officials: StoredOfficial[],
): PlannedRow[] {
  const byEmail = new Map<string, StoredOfficial[]>();
  const byNameInUnit = new Map<string, StoredOfficial[]>();
  const add = (map: Map<string, StoredOfficial[]>, key: string, o: StoredOfficial) =>
    map.set(key, [...(map.get(key) ?? []), o]);
  for (const o of officials) {
    if (o.email) add(byEmail, o.email.toLowerCase(), o);
    add(byNameInUnit, `${nameKey(o.fullName)}|${o.unitId}`, o);
  }
  const claimed = new Map<string, number>();

  return input.map(({ line, values }) => {
    const parsed = officialLineSchema.safeParse(values);
    if (!parsed.success) return refused(line, values.fullName ?? "", values, reasonsOf(parsed.error));
    const official = parsed.data;
    const fail = (...reasons: Reason[]) => refused(line, official.fullName, { ...official }, reasons);
    const unit = units.resolve(official.unit);
    if ("reason" in unit) return fail({ field: "unit", ...unit.reason });
    const unitId = unit.unit.id;

    const sameEmail = official.email ? (byEmail.get(official.email) ?? []) : [];
    if (sameEmail.length > 1)
      return fail({ field: "email", key: "import.reason.officialAmbiguous", params: { count: sameEmail.length } });
    const sameName = byNameInUnit.get(`${nameKey(official.fullName)}|${unitId}`) ?? [];
    if (!sameEmail.length && sameName.length > 1)
      return fail({ field: "fullName", key: "import.reason.officialAmbiguous", params: { count: sameName.length } });
    const target = sameEmail[0] ?? sameName[0];

    if (target && (target.unitId !== unitId || target.title !== official.title)) {
      const storedUnit = units.byId.get(target.unitId)?.name ?? "";
      return fail({
        field: "title",
        key: "import.reason.officialMoved",
        params: { title: target.title, unit: storedUnit },
      });
    }
    const identities = target
      ? [`official:${target.id}`]
      : [`name:${nameKey(official.fullName)}|${unitId}`, ...(official.email ? [`email:${official.email}`] : [])];
    const earlier = identities.map((id) => claimed.get(id)).find((l) => l !== undefined);
    if (earlier !== undefined) return fail({ key: "import.reason.duplicateLine", params: { line: earlier } });
    for (const id of identities) claimed.set(id, line);

    if (!target)
      return {
        line,
        step: 0,
        outcome: "CREATE",
        label: official.fullName,
        values: {
          fullName: official.fullName,
          title: official.title,
          unitId,
          email: official.email ?? null,
          phone: official.phone ?? null,
        },
        targetId: null,
        before: null,
        reasons: [],
      };
    const change = changesOf(target as unknown as Record<string, unknown>, {
      fullName: official.fullName,
      email: official.email,
      phone: official.phone,
    });
    return change
      ? {
          line,
          step: 0,
          outcome: "UPDATE",
          label: official.fullName,
          values: change.values,
          targetId: target.id,
          before: change.before,
          reasons: [],
        }
      : {
          line,
          step: 0,
          outcome: "UNCHANGED",
          label: official.fullName,
          values: { ...official },
          targetId: target.id,
          before: null,
          reasons: [],
        };
  });
}
