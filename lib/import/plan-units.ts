import { z } from "zod";
import { createUnitSchema } from "@/lib/units/schema";
import { BLOCK_CHOICES, KIND_CHOICES } from "./choices";
import { choiceCell, contactEmailsCell, optionalCell } from "./fields";
import { changesOf, nameKey, reasonsOf, refused, type PlannedRow, type Reason } from "./plan";
import { codeKey, type StoredUnit, type UnitDirectory } from "./unit-directory";

// The dry run of a units file: a tree whose lines name their parent by code or name, either a unit
// already stored or another line of the same file (above or below). A line is the stored unit with its
// code; without a code, the current unit of its name under the same parent (or of its name alone when
// no parent is given and the name is unique). It never renames a unit: a rename or a merger is history,
// recorded on the unit's screen, so the stored record of the old name is kept for past meetings.

export const unitLineSchema = z.object({
  code: optionalCell(40),
  name: createUnitSchema.shape.name,
  kind: choiceCell(KIND_CHOICES, "import.reason.kind", createUnitSchema.shape.kind),
  block: choiceCell(BLOCK_CHOICES, "import.reason.block", createUnitSchema.shape.block),
  parent: optionalCell(200),
  shortName: optionalCell(200),
  documentSymbol: optionalCell(40),
  placeName: optionalCell(100),
  contactEmail: contactEmailsCell,
  phone: optionalCell(40),
  address: optionalCell(300),
});
type UnitLine = z.output<typeof unitLineSchema>;

/** Where a line's parent is: nowhere said, a stored unit, or another line of the file. */
type ParentRef = { none: true } | { stored: StoredUnit } | { line: number } | { reason: Reason };

/** A node of the tree being planned: a stored unit's id, or "line:N" for a unit the file creates. */
type Node = string;
const lineNode = (line: number): Node => `line:${line}`;

export function planUnits(
  input: { line: number; values: Record<string, string> }[],
  directory: UnitDirectory,
): PlannedRow[] {
  const parsed = new Map<number, UnitLine>();
  const plans = new Map<number, PlannedRow>();
  for (const { line, values } of input) {
    const result = unitLineSchema.safeParse(values);
    if (result.success) parsed.set(line, result.data);
    else plans.set(line, refused(line, values.name || values.code || "", values, reasonsOf(result.error)));
  }

  // Lines of the file by code and by name, for the parent references: refused lines too, so that a
  // line under one is told its parent's line has an error rather than that no such unit exists.
  const linesByCode = new Map<string, number[]>();
  const linesByName = new Map<string, number[]>();
  const codeOfLine = new Map<number, string>();
  for (const { line, values } of input) {
    const code = codeKey(values.code ?? "");
    if (code) {
      push(linesByCode, code, line);
      codeOfLine.set(line, code);
    }
    if (nameKey(values.name ?? "")) push(linesByName, nameKey(values.name ?? ""), line);
  }

  function parentOf(line: number, unit: UnitLine): ParentRef {
    const cell = unit.parent;
    if (!cell) return { none: true };
    const others = (lines: number[] | undefined) => (lines ?? []).filter((l) => l !== line);
    const byCode = others(linesByCode.get(codeKey(cell)));
    if (byCode.length) return { line: byCode[0]! };
    const stored = directory.withCode(cell);
    if (stored)
      return stored.current
        ? { stored }
        : { reason: { key: "import.reason.unitEnded", params: { name: stored.name } } };
    // Lines of one code are one unit (a repeated line is refused on its own): only distinct units are ambiguous.
    const byName = distinctUnits(others(linesByName.get(nameKey(cell))));
    if (byName.length === 1) return { line: byName[0]! };
    if (byName.length > 1)
      return {
        reason: { key: "import.reason.parentAmbiguousLines", params: { name: cell, lines: byName.join(", ") } },
      };
    const resolved = directory.resolve(cell);
    return "unit" in resolved ? { stored: resolved.unit } : { reason: resolved.reason };
  }

  function distinctUnits(lines: number[]): number[] {
    const codes = new Set<string>();
    return lines.filter((l) => {
      const code = codeOfLine.get(l);
      if (!code) return true;
      if (codes.has(code)) return false;
      codes.add(code);
      return true;
    });
  }

  const claimed = new Map<string, number>(); // identity → the first line that took it
  const plannedParent = new Map<Node, Node | null>(); // parents this file gives stored units
  const nodeOf = new Map<number, Node>();
  const parentNodeOf = new Map<Node, Node | null>();
  const visiting = new Set<number>();

  const parentNode = (node: Node): Node | null | undefined =>
    plannedParent.has(node) ? plannedParent.get(node) : (parentNodeOf.get(node) ?? directory.byId.get(node)?.parentId);
  /** Whether `ancestor` is `node` or above it, in the tree as this file leaves it. */
  const isAtOrAbove = (ancestor: Node, node: Node | null): boolean => {
    let at: Node | null | undefined = node;
    for (let depth = 0; at && depth < 200; depth++) {
      if (at === ancestor) return true;
      at = parentNode(at);
    }
    return false;
  };

  function decide(line: number): PlannedRow {
    const done = plans.get(line);
    if (done) return done;
    const unit = parsed.get(line)!;
    const fail = (...reasons: Reason[]) => {
      const plan = refused(line, unit.name, { ...unit }, reasons);
      plans.set(line, plan);
      return plan;
    };
    if (visiting.has(line)) return fail({ field: "parent", key: "import.reason.parentCycle" });
    visiting.add(line);
    try {
      const parent = parentOf(line, unit);
      if ("reason" in parent) return fail({ field: "parent", ...parent.reason });
      let parentPlan: PlannedRow | null = null;
      if ("line" in parent) {
        parentPlan = decide(parent.line);
        if (plans.get(line)) return plans.get(line)!; // refused as part of a cycle meanwhile
        if (parentPlan.outcome === "ERROR")
          return fail({ field: "parent", key: "import.reason.parentRefused", params: { line: parent.line } });
      }
      const newParent: Node | null | undefined =
        "none" in parent
          ? undefined
          : "stored" in parent
            ? parent.stored.id
            : (parentPlan!.targetId ?? lineNode(parent.line));

      // Which stored unit the line is, if any.
      let target: StoredUnit | undefined;
      const byCode = unit.code ? directory.withCode(unit.code) : undefined;
      if (byCode) {
        if (!byCode.current)
          return fail({ field: "code", key: "import.reason.unitEnded", params: { name: byCode.name } });
        if (nameKey(byCode.name) !== nameKey(unit.name))
          return fail({ field: "name", key: "import.reason.noRename", params: { name: byCode.name } });
        target = byCode;
      } else {
        const candidates = directory
          .named(unit.name)
          .filter((u) => !unit.code || !u.code)
          .filter((u) => newParent === undefined || u.parentId === newParent);
        if (candidates.length > 1)
          return fail({ field: "name", key: "import.reason.unitSameName", params: { count: candidates.length } });
        target = candidates[0];
        // A file older than a merger would otherwise bring the merged unit back as a new one.
        const ceased = directory
          .named(unit.name, { ended: true })
          .find((u) => !u.current && (newParent === undefined || u.parentId === newParent));
        if (!target && ceased)
          return fail({ field: "name", key: "import.reason.unitEnded", params: { name: ceased.name } });
      }

      const identities = target
        ? [`unit:${target.id}`]
        : [unit.code ? `code:${codeKey(unit.code)}` : null, `name:${nameKey(unit.name)}|${newParent ?? ""}`].filter(
            (x): x is string => x !== null,
          );
      const earlier = identities.map((id) => claimed.get(id)).find((l) => l !== undefined);
      if (earlier !== undefined) return fail({ key: "import.reason.duplicateLine", params: { line: earlier } });
      for (const id of identities) claimed.set(id, line);

      const node = target?.id ?? lineNode(line);
      if (newParent && isAtOrAbove(node, newParent)) return fail({ field: "parent", key: "import.reason.parentCycle" });
      nodeOf.set(line, node);
      const step = parentPlan && parentPlan.outcome === "CREATE" ? parentPlan.step + 1 : 0;
      const parentField =
        newParent === undefined
          ? {}
          : newParent.startsWith("line:")
            ? { parentLine: Number(newParent.slice(5)) }
            : { parentId: newParent };
      const fields = {
        kind: unit.kind,
        block: unit.block,
        shortName: unit.shortName,
        documentSymbol: unit.documentSymbol,
        placeName: unit.placeName,
        contactEmail: unit.contactEmail,
        phone: unit.phone,
        address: unit.address,
      };

      let plan: PlannedRow;
      if (!target) {
        plan = {
          line,
          step,
          outcome: "CREATE",
          label: unit.name,
          values: nullsFor({ code: unit.code, name: unit.name, ...fields, ...parentField }),
          targetId: null,
          before: null,
          reasons: [],
        };
        parentNodeOf.set(node, newParent ?? null);
      } else {
        const next: Record<string, unknown> = { ...fields, code: target.code ? undefined : unit.code };
        if ("parentId" in parentField) next.parentId = parentField.parentId;
        const changes = changesOf(target as unknown as Record<string, unknown>, next);
        const change =
          "parentLine" in parentField
            ? {
                values: { ...changes?.values, ...parentField },
                before: { ...changes?.before, parentId: target.parentId },
              }
            : changes;
        if (newParent !== undefined && newParent !== target.parentId) plannedParent.set(target.id, newParent);
        plan = change
          ? {
              line,
              step,
              outcome: "UPDATE",
              label: unit.name,
              values: change.values,
              targetId: target.id,
              before: change.before,
              reasons: [],
            }
          : {
              line,
              step: 0,
              outcome: "UNCHANGED",
              label: unit.name,
              values: { ...unit },
              targetId: target.id,
              before: null,
              reasons: [],
            };
      }
      plans.set(line, plan);
      return plan;
    } finally {
      visiting.delete(line);
    }
  }

  for (const line of parsed.keys()) decide(line);
  return input.map(({ line }) => plans.get(line)!);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A new record's fields: an empty cell stores nothing (null). */
function nullsFor(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v ?? null]));
}
