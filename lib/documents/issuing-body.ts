// Who issues a document, as its header names them: an administrative unit issues through its People's
// Committee ("Thị xã Cửa Lò" → "Ủy ban nhân dân thị xã Cửa Lò"), under its parent's short name.
import type { IssuingBody } from "./minutes-record";

const PEOPLES_COMMITTEE_KINDS = new Set(["PROVINCE", "DISTRICT", "COMMUNE", "WARD"]);

export interface IssuingUnit {
  name: string;
  kind: string;
  placeName: string | null;
  parent: { name: string; shortName: string | null } | null;
}

/** The select that loads an IssuingUnit. */
export const ISSUING_UNIT_SELECT = {
  name: true,
  kind: true,
  placeName: true,
  parent: { select: { name: true, shortName: true } },
} as const;

export function issuingBodyName(unit: { name: string; kind: string }): string {
  if (!PEOPLES_COMMITTEE_KINDS.has(unit.kind)) return unit.name;
  return `Ủy ban nhân dân ${unit.name.charAt(0).toLocaleLowerCase("vi")}${unit.name.slice(1)}`;
}

export function issuingBodyOf(unit: IssuingUnit): IssuingBody & { placeName: string } {
  return {
    parentBody: unit.parent?.shortName ?? unit.parent?.name ?? "",
    issuingBody: issuingBodyName(unit),
    placeName: unit.placeName ?? unit.name,
  };
}
