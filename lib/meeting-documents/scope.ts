import type { MeetingDocumentWhereInput } from "@/lib/db/generated/sqlite/models";
import type { SessionUser } from "@/lib/auth/roles";

const PUBLISHED: MeetingDocumentWhereInput = { status: { in: ["PUBLISHED", "ACCEPTED"] } };

/**
 * The documents a caller may read, as a `where` clause every document query starts from (outside it a
 * document does not exist for them):
 * - the organiser's secretariat (and administrators) every document of their meetings, contributions too,
 *   and a hosting secretariat the documents it added for its points;
 * - a unit's representatives their own unit's contributions, whatever their state;
 * - published documents by their audience: everyone invited (the hosts' secretariats, the chairs, the
 *   invited units of a sent meeting), the chosen points (their host, chair and the units invited there),
 *   the chosen units (their representatives and secretariat, where they see the meeting), the chairs only.
 */
export function documentReadScope(user: SessionUser): MeetingDocumentWhereInput {
  switch (user.role) {
    case "ADMIN":
      return {};
    case "SECRETARIAT": {
      const hosts = { connectionPoint: { hostUnitId: user.unitId } };
      return {
        OR: [
          { meeting: { organiserUnitId: user.unitId } },
          { ownerUnitId: user.unitId, meeting: { points: { some: hosts } } },
          {
            AND: [
              PUBLISHED,
              { meeting: { points: { some: hosts } } },
              {
                OR: [
                  { audience: "INVITED" },
                  { audience: "POINTS", audiencePoints: { some: { meetingPoint: hosts } } },
                  { audience: "UNITS", audienceUnits: { some: { unitId: user.unitId } } },
                ],
              },
            ],
          },
        ],
      };
    }
    case "CHAIR": {
      if (!user.officialId) return { id: { in: [] } };
      const chairs = { chairOfficialId: user.officialId };
      return {
        AND: [
          PUBLISHED,
          { meeting: { points: { some: chairs } } },
          {
            OR: [
              { audience: "INVITED" },
              { audience: "CHAIRS" },
              { audience: "POINTS", audiencePoints: { some: { meetingPoint: chairs } } },
            ],
          },
        ],
      };
    }
    case "UNIT_REP": {
      const invited = { invitations: { some: { unitId: user.unitId } } };
      return {
        AND: [
          { meeting: { status: { not: "DRAFT" }, ...invited } },
          {
            OR: [
              { contributedByUnitId: user.unitId },
              {
                AND: [
                  PUBLISHED,
                  {
                    OR: [
                      { audience: "INVITED" },
                      { audience: "POINTS", audiencePoints: { some: { meetingPoint: invited } } },
                      { audience: "UNITS", audienceUnits: { some: { unitId: user.unitId } } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      };
    }
  }
}
