import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import type { Db } from "@/lib/db/connect";
import { meetingScope } from "./scope";

type Tx = Pick<Db, "meeting" | "meetingPoint">;

/** The organiser's secretariat (or an administrator) runs the whole meeting. */
export function managesMeeting(user: SessionUser, organiserUnitId: string): boolean {
  return user.role === "ADMIN" || (user.role === "SECRETARIAT" && user.unitId === organiserUnitId);
}

/**
 * Loads a meeting the caller may change. Outside their scope it does not exist for them (NotFound);
 * visible but not theirs to run is AccessDenied.
 */
export async function meetingToManage(tx: Tx, user: SessionUser, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { AND: [{ id: meetingId }, meetingScope(user)] },
    select: {
      id: true,
      title: true,
      status: true,
      version: true,
      startsAt: true,
      endsAt: true,
      urgent: true,
      organiserUnitId: true,
    },
  });
  if (!meeting) throw new NotFound();
  if (!managesMeeting(user, meeting.organiserUnitId)) throw new AccessDenied();
  return meeting;
}

/**
 * Loads a connection point of a meeting the caller may change: the organiser's secretariat, or the
 * secretariat of the unit hosting that point (the Cửa Lò office runs the Cửa Lò point of a provincial conference).
 */
export async function pointToManage(tx: Tx, user: SessionUser, pointId: string) {
  const point = await tx.meetingPoint.findFirst({
    where: { id: pointId, meeting: meetingScope(user) },
    select: {
      id: true,
      isMain: true,
      chairOfficialId: true,
      connectionPointId: true,
      connectionPoint: { select: { hostUnitId: true, name: true } },
      meeting: {
        select: {
          id: true,
          title: true,
          status: true,
          version: true,
          startsAt: true,
          endsAt: true,
          urgent: true,
          organiserUnitId: true,
        },
      },
    },
  });
  if (!point) throw new NotFound();
  const hosts = user.role === "SECRETARIAT" && point.connectionPoint.hostUnitId === user.unitId;
  if (!managesMeeting(user, point.meeting.organiserUnitId) && !hosts) throw new AccessDenied();
  return point;
}
