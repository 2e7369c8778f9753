import type { Role } from "@/lib/db/generated/sqlite/enums";

export type { Role };
export const ROLES = ["ADMIN", "SECRETARIAT", "UNIT_REP", "CHAIR"] as const satisfies readonly Role[];

/** Who is signed in, as every check in the data layer sees it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  unitId: string;
  officialId: string | null;
}

/** The first screen of each role. */
export function homePathFor(role: Role): string {
  switch (role) {
    case "ADMIN":
      return "/admin/users";
    case "SECRETARIAT":
      return "/meetings";
    case "CHAIR":
      return "/chairing";
    case "UNIT_REP":
      return "/invitations";
  }
}
