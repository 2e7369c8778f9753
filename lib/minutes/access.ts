import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/connect";
import { AccessDenied, DomainError, NotFound } from "@/lib/errors";
import { managesMeeting } from "@/lib/meetings/authorise";
import { meetingScope } from "@/lib/meetings/scope";

type Tx = Pick<Db, "minutes">;

const select = {
  id: true,
  meetingId: true,
  meetingPointId: true,
  status: true,
  version: true,
  contentHash: true,
  chairOfficialId: true,
  meeting: { select: { organiserUnitId: true, title: true, startsAt: true } },
  meetingPoint: { select: { isMain: true, connectionPoint: { select: { hostUnitId: true } } } },
} as const;

/** Who keeps a point's minutes: the organiser's secretariat for any point, a hub's host secretariat for its own. */
export function keepsMinutes(user: SessionUser, organiserUnitId: string, hostUnitId: string): boolean {
  return managesMeeting(user, organiserUnitId) || (user.role === "SECRETARIAT" && user.unitId === hostUnitId);
}

async function minutesInScope(tx: Tx, user: SessionUser, minutesId: string) {
  const minutes = await tx.minutes.findFirst({ where: { id: minutesId, meeting: meetingScope(user) }, select });
  if (!minutes) throw new NotFound();
  return minutes;
}

/** Minutes the caller may read: the secretariats and chairs whose meetings they belong to. */
export async function minutesToRead(tx: Tx, user: SessionUser, minutesId: string) {
  if (user.role === "UNIT_REP") throw new NotFound();
  return minutesInScope(tx, user, minutesId);
}

/** Minutes the caller keeps (whatever their state). */
export async function minutesToKeep(tx: Tx, user: SessionUser, minutesId: string) {
  const minutes = await minutesInScope(tx, user, minutesId);
  if (!keepsMinutes(user, minutes.meeting.organiserUnitId, minutes.meetingPoint.connectionPoint.hostUnitId))
    throw new AccessDenied();
  return minutes;
}

/** Minutes the caller may write to; they must still be a draft (the chair has not got them). */
export async function minutesToEdit(tx: Tx, user: SessionUser, minutesId: string) {
  const minutes = await minutesToKeep(tx, user, minutesId);
  assertDraft(minutes.status);
  return minutes;
}

/** Only the chair at the minutes' point reviews them: not the secretariat, not an administrator. */
export async function minutesToReview(tx: Tx, user: SessionUser, minutesId: string) {
  const minutes = await minutesInScope(tx, user, minutesId);
  if (user.role !== "CHAIR" || !user.officialId || user.officialId !== minutes.chairOfficialId)
    throw new AccessDenied();
  return minutes;
}

/** The freeze rule: approved minutes never change; submitted ones wait for the chair. */
export function assertDraft(status: string): void {
  if (status === "APPROVED") throw new DomainError("minutes.errors.frozen");
  if (status === "SUBMITTED") throw new DomainError("minutes.errors.underReview");
}
