import { nameKey, type Reason } from "./plan";

// How a cell names a unit that already exists: by its code, or by its name when no other current unit
// has that name. A unit that has ceased (merged, renamed, closed) cannot be named for anything new.

export interface StoredUnit {
  id: string;
  code: string | null;
  name: string;
  kind: string;
  block: string;
  parentId: string | null;
  shortName: string | null;
  documentSymbol: string | null;
  placeName: string | null;
  contactEmail: string | null;
  phone: string | null;
  address: string | null;
  /** Exists now (its validity covers today). */
  current: boolean;
}

export const codeKey = (code: string) => code.trim().toUpperCase();

export class UnitDirectory {
  private readonly codes = new Map<string, StoredUnit>();
  private readonly names = new Map<string, StoredUnit[]>();
  readonly byId = new Map<string, StoredUnit>();

  constructor(units: Iterable<StoredUnit>) {
    for (const unit of units) {
      this.byId.set(unit.id, unit);
      if (unit.code) this.codes.set(codeKey(unit.code), unit);
      const key = nameKey(unit.name);
      const list = this.names.get(key);
      if (list) list.push(unit);
      else this.names.set(key, [unit]);
    }
  }

  withCode(code: string): StoredUnit | undefined {
    return this.codes.get(codeKey(code));
  }

  /** Units of that name, current ones only unless asked. */
  named(name: string, options: { ended?: boolean } = {}): StoredUnit[] {
    return (this.names.get(nameKey(name)) ?? []).filter((u) => options.ended || u.current);
  }

  /** The existing unit a cell names, or why it names none. */
  resolve(cell: string): { unit: StoredUnit } | { reason: Reason } {
    const byCode = this.withCode(cell);
    if (byCode) return byCode.current ? { unit: byCode } : { reason: ended(byCode) };
    const named = this.named(cell);
    if (named.length === 1) return { unit: named[0]! };
    if (named.length > 1)
      return { reason: { key: "import.reason.unitAmbiguous", params: { name: cell, count: named.length } } };
    const gone = this.named(cell, { ended: true })[0];
    if (gone) return { reason: ended(gone) };
    return { reason: { key: "import.reason.unitUnknown", params: { name: cell } } };
  }
}

function ended(unit: StoredUnit): Reason {
  return { key: "import.reason.unitEnded", params: { name: unit.name } };
}
