import vi from "@/lib/i18n/messages/vi.json";
import { ROLES, type Role } from "@/lib/auth/roles";
import { unitBlocks, unitKinds } from "@/lib/units/schema";
import { searchKey } from "@/lib/text/normalize";

// The closed lists a file's cells choose from: a unit's kind and block, a user's role. A cell holds the
// Vietnamese label the screens show ("Phường", "Khối chính quyền", "Đại diện đơn vị"), typed with or
// without accents, or the code of the data model ("WARD").

export interface Choice<T extends string> {
  code: T;
  label: string;
}

const choices = <T extends string>(codes: readonly T[], labels: Record<T, string>): Choice<T>[] =>
  codes.map((code) => ({ code, label: labels[code] }));

export const KIND_CHOICES = choices(unitKinds, vi.unitKind);
export const BLOCK_CHOICES = choices(unitBlocks, vi.unitBlock);
export const ROLE_CHOICES = choices<Role>(ROLES, vi.roles);

/** The code a cell names, or null when it names none of the list (an empty cell included). */
export function choose<T extends string>(list: Choice<T>[], cell: string): T | null {
  const key = searchKey(cell);
  if (!key) return null;
  return list.find((c) => searchKey(c.label) === key || c.code.toLowerCase() === key)?.code ?? null;
}
