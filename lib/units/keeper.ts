import type { SessionUser } from "@/lib/auth/roles";

/**
 * Whether the caller keeps the records of a unit (its connection points, its officials): the
 * administrators keep all, a secretariat its own unit and those directly under it (the town office
 * keeps its wards' halls and people).
 */
export function keepsUnit(user: SessionUser, unit: { id: string; parentId: string | null }): boolean {
  return (
    user.role === "ADMIN" || (user.role === "SECRETARIAT" && (unit.id === user.unitId || unit.parentId === user.unitId))
  );
}
