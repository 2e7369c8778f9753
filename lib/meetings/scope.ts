import type { InvitationWhereInput, MeetingWhereInput } from "@/lib/db/generated/sqlite/models";
import type { SessionUser } from "@/lib/auth/roles";

/**
 * The meetings a caller may see, as a `where` clause every meeting query starts from:
 * a secretariat sees its own organisation's meetings and those with a point hosted by it,
 * a chair the meetings where they chair a point, a unit representative the sent meetings that invite their unit.
 */
export function meetingScope(user: SessionUser): MeetingWhereInput {
  switch (user.role) {
    case "ADMIN":
      return {};
    case "SECRETARIAT":
      return {
        OR: [{ organiserUnitId: user.unitId }, { points: { some: { connectionPoint: { hostUnitId: user.unitId } } } }],
      };
    case "CHAIR":
      return user.officialId ? { points: { some: { chairOfficialId: user.officialId } } } : { id: { in: [] } };
    case "UNIT_REP":
      return { status: { not: "DRAFT" }, invitations: { some: { unitId: user.unitId } } };
  }
}

/** Which invitation lines of a meeting in scope the caller may read: a unit representative only their own unit's. */
export function invitationLineScope(user: SessionUser): InvitationWhereInput | undefined {
  return user.role === "UNIT_REP" ? { unitId: user.unitId } : undefined;
}
