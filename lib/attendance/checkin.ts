import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { Db } from "@/lib/db/connect";
import type { SessionUser } from "@/lib/auth/roles";
import type { CheckInStatus, InvitationStatus, SubstituteDecision } from "@/lib/db/generated/sqlite/enums";
import { recordAudit } from "@/lib/audit/record";
import { publishMeetingChange } from "@/lib/live/bus";
import { DomainError, NotFound } from "@/lib/errors";
import { pointToManage } from "@/lib/meetings/authorise";
import { compareVietnameseNames, searchKey } from "@/lib/text/normalize";
import { attendanceOutcome, checkInOpensAt, checkInWindow, isListedAttendee, type CheckInWindow } from "./rules";
import type { addWalkInSchema, markAttendanceSchema } from "./schema";

// Check-in at one connection point on the day: who is expected there, and recording each person
// present on site, present online, or absent with a reason, plus people who come without being named.

const TX = { timeout: 20_000, maxWait: 10_000 };
type Tx = Pick<Db, "meeting" | "meetingPoint">;

const meetingFields = { id: true, title: true, status: true, startsAt: true, endsAt: true } as const;

/**
 * The point as the caller may run its check-in: the point's own secretary (their official record is
 * MeetingPoint.secretaryOfficialId, whatever their role), or whoever may manage the point (the
 * organiser's secretariat, the secretariat hosting the point, an administrator). Outside the caller's
 * reach the point does not exist for them; visible but not theirs is AccessDenied.
 */
async function pointForCheckIn(tx: Tx, user: SessionUser, pointId: string) {
  if (user.officialId) {
    const own = await tx.meetingPoint.findFirst({
      where: { id: pointId, secretaryOfficialId: user.officialId },
      select: { id: true, meeting: { select: meetingFields } },
    });
    if (own) return own;
  }
  const point = await pointToManage(tx, user, pointId);
  return {
    id: point.id,
    meeting: {
      id: point.meeting.id,
      title: point.meeting.title,
      status: point.meeting.status,
      startsAt: point.meeting.startsAt,
      endsAt: point.meeting.endsAt,
    },
  };
}

const REFUSALS: Record<Exclude<CheckInWindow, "open">, string> = {
  notYet: "attendance.checkIn.errors.notOpenYet",
  draft: "attendance.checkIn.errors.draft",
  cancelled: "attendance.checkIn.errors.cancelled",
};

function refuseUnlessOpen(
  meeting: { startsAt: Date; status: Parameters<typeof checkInWindow>[0]["status"] },
  now: Date,
) {
  const window = checkInWindow(meeting, now);
  if (window !== "open") throw new DomainError(REFUSALS[window]);
}

export interface CheckInPerson {
  id: string;
  fullName: string;
  title: string | null;
  walkIn: boolean;
  /** The official this person attends for ("X dự thay Y"). */
  replaces: string | null;
  checkIn: CheckInStatus;
  absenceReason: string | null;
  checkedInAt: Date | null;
}

export interface CheckInGroup {
  /** The invitation the people came through; null for walk-ins from units not invited here. */
  invitationId: string | null;
  unitName: string | null;
  invitationStatus: InvitationStatus | null;
  substituteDecision: SubstituteDecision | null;
  people: CheckInPerson[];
}

export interface CheckInCounts {
  expected: number;
  onSite: number;
  online: number;
  absent: number;
  notYet: number;
  /** Present on site plus online: the actual headcount. */
  present: number;
}

/**
 * Who is expected at a point, grouped by unit (units in Vietnamese alphabetical order, people by given
 * name), with their check-in state and the point's headcounts; also the invited units nobody is
 * expected from (not answered, declined, or a confirmation that named nobody).
 */
export async function checkInList(user: SessionUser, meetingPointId: string, now = new Date()) {
  const allowed = await pointForCheckIn(db, user, meetingPointId);
  const point = await db.meetingPoint.findUniqueOrThrow({
    where: { id: allowed.id },
    select: {
      id: true,
      isMain: true,
      connectionPoint: { select: { name: true, room: true, address: true } },
      chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
      secretary: { select: { fullName: true } },
      invitations: {
        where: { sentAt: { not: null } },
        select: {
          id: true,
          status: true,
          unit: { select: { name: true } },
          responses: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, substituteDecision: true } },
        },
      },
      attendees: {
        select: {
          id: true,
          invitationId: true,
          responseId: true,
          fullName: true,
          title: true,
          walkIn: true,
          checkIn: true,
          absenceReason: true,
          checkedInAt: true,
          replacesOfficial: { select: { fullName: true } },
        },
      },
    },
  });
  const meeting = allowed.meeting;
  const ended = now >= meeting.endsAt;
  const invitations = new Map(
    point.invitations.map((i) => [i.id, { ...i, currentResponseId: i.responses[0]?.id ?? null }]),
  );

  const groups = new Map<string, CheckInGroup>();
  const counts: CheckInCounts = { expected: 0, onSite: 0, online: 0, absent: 0, notYet: 0, present: 0 };
  for (const a of point.attendees) {
    const invitation = a.invitationId ? invitations.get(a.invitationId) : undefined;
    if (!isListedAttendee(a, invitation)) continue;
    const key = invitation?.id ?? "";
    let group = groups.get(key);
    if (!group) {
      group = {
        invitationId: invitation?.id ?? null,
        unitName: invitation?.unit.name ?? null,
        invitationStatus: invitation?.status ?? null,
        substituteDecision: invitation?.responses[0]?.substituteDecision ?? null,
        people: [],
      };
      groups.set(key, group);
    }
    group.people.push({
      id: a.id,
      fullName: a.fullName,
      title: a.title,
      walkIn: a.walkIn,
      replaces: a.replacesOfficial?.fullName ?? null,
      checkIn: a.checkIn,
      absenceReason: a.absenceReason,
      checkedInAt: a.checkedInAt,
    });
    counts.expected++;
    // On the day, someone not yet checked in is "not yet", even after the end: the list is still being completed.
    const outcome = attendanceOutcome(a, false);
    if (outcome === "onSite") counts.onSite++;
    else if (outcome === "online") counts.online++;
    else if (outcome === "notYet") counts.notYet++;
    else counts.absent++;
  }
  counts.present = counts.onSite + counts.online;

  const sorted = [...groups.values()].sort((a, b) => {
    if (!a.unitName || !b.unitName) return a.unitName ? -1 : b.unitName ? 1 : 0; // walk-ins without a unit last
    return collator.compare(a.unitName, b.unitName);
  });
  for (const g of sorted) g.people.sort((a, b) => compareVietnameseNames(a.fullName, b.fullName));
  const withPeople = new Set(sorted.map((g) => g.invitationId));
  const nobodyExpected = point.invitations
    .filter((i) => !withPeople.has(i.id))
    .map((i) => ({ invitationId: i.id, unitName: i.unit.name, status: i.status }))
    .sort((a, b) => collator.compare(a.unitName, b.unitName));

  return {
    meeting,
    point: {
      id: point.id,
      isMain: point.isMain,
      name: point.connectionPoint.name,
      room: point.connectionPoint.room,
      address: point.connectionPoint.address,
      chair: point.chair && officialOn(point.chair, meeting.startsAt),
      secretary: point.secretary?.fullName ?? null,
    },
    window: checkInWindow(meeting, now),
    opensAt: checkInOpensAt(meeting.startsAt),
    ended,
    counts,
    groups: sorted,
    nobodyExpected,
    invitedUnits: point.invitations.map((i) => i.unit.name).sort(collator.compare),
  };
}

const collator = new Intl.Collator("vi", { sensitivity: "base" });

export type CheckInList = Awaited<ReturnType<typeof checkInList>>;

/** Records one listed person present on site, present online, absent (with a reason), or back to expected. */
export async function markAttendance(
  user: SessionUser,
  input: z.output<typeof markAttendanceSchema>,
  now = new Date(),
) {
  let meetingId = "";
  const result = await db.$transaction(async (tx) => {
    const attendee = await tx.attendee.findUnique({
      where: { id: input.attendeeId },
      select: {
        id: true,
        meetingPointId: true,
        invitationId: true,
        responseId: true,
        walkIn: true,
        fullName: true,
        checkIn: true,
        absenceReason: true,
        checkedInAt: true,
        invitation: {
          select: { status: true, responses: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } } },
        },
      },
    });
    if (!attendee) throw new NotFound();
    const point = await pointForCheckIn(tx, user, attendee.meetingPointId);
    refuseUnlessOpen(point.meeting, now);
    meetingId = point.meeting.id;
    const invitation = attendee.invitation
      ? { status: attendee.invitation.status, currentResponseId: attendee.invitation.responses[0]?.id ?? null }
      : null;
    // A person from an answer since replaced is no longer expected here.
    if (!isListedAttendee(attendee, invitation)) throw new NotFound();
    const checkedInAt =
      input.status === "EXPECTED"
        ? null
        : input.status === attendee.checkIn && attendee.checkedInAt
          ? attendee.checkedInAt
          : now;
    const after = await tx.attendee.update({
      where: { id: attendee.id },
      data: { checkIn: input.status, absenceReason: input.absenceReason, checkedInAt },
      select: { id: true, fullName: true, checkIn: true, absenceReason: true, checkedInAt: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "attendee.checkIn",
      entityType: "Attendee",
      entityId: attendee.id,
      before: { checkIn: attendee.checkIn, absenceReason: attendee.absenceReason, checkedInAt: attendee.checkedInAt },
      after: { checkIn: after.checkIn, absenceReason: after.absenceReason, checkedInAt: after.checkedInAt },
    });
    return after;
  }, TX);
  await publishMeetingChange(meetingId);
  return result;
}

/**
 * Adds someone who came without being named, checked in as present on site. When the unit they give is
 * one invited at this point, they are counted with that unit; otherwise the unit is kept with their title.
 */
export async function addWalkIn(user: SessionUser, input: z.output<typeof addWalkInSchema>, now = new Date()) {
  let meetingId = "";
  const result = await db.$transaction(async (tx) => {
    const point = await pointForCheckIn(tx, user, input.meetingPointId);
    refuseUnlessOpen(point.meeting, now);
    meetingId = point.meeting.id;
    let invitationId: string | null = null;
    let title = input.title;
    if (input.unitName) {
      const invited = await tx.invitation.findMany({
        where: { meetingPointId: point.id, sentAt: { not: null } },
        select: { id: true, unit: { select: { name: true } } },
      });
      const key = searchKey(input.unitName);
      const match = invited.find((i) => searchKey(i.unit.name) === key);
      if (match) invitationId = match.id;
      else title = `${title}, ${input.unitName}`;
    }
    // The same person twice (a second tap, or someone already on the list) is refused rather than counted twice.
    const namesakes = await tx.attendee.findMany({
      where: { meetingPointId: point.id, invitationId, fullName: input.fullName },
      select: { id: true, walkIn: true, checkIn: true, invitationId: true, responseId: true, title: true },
    });
    if (namesakes.length) {
      const statuses = invitationId
        ? await tx.invitation.findUniqueOrThrow({
            where: { id: invitationId },
            select: { status: true, responses: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } } },
          })
        : null;
      const answer = statuses
        ? { status: statuses.status, currentResponseId: statuses.responses[0]?.id ?? null }
        : null;
      if (namesakes.some((n) => isListedAttendee(n, answer) && (!n.walkIn || n.title === title))) {
        throw new DomainError("errors.invalidInput", { fullName: "attendance.checkIn.validation.alreadyListed" });
      }
    }
    const attendee = await tx.attendee.create({
      data: {
        meetingPointId: point.id,
        invitationId,
        fullName: input.fullName,
        title,
        walkIn: true,
        checkIn: "PRESENT_ON_SITE",
        checkedInAt: now,
      },
      select: { id: true, fullName: true, title: true, invitationId: true, checkIn: true, checkedInAt: true },
    });
    await recordAudit(tx, {
      actor: user,
      action: "attendee.walkIn",
      entityType: "Attendee",
      entityId: attendee.id,
      after: attendee,
    });
    return attendee;
  }, TX);
  // Boards follow the headcount as well as the answers.
  await publishMeetingChange(meetingId);
  return result;
}

/**
 * The points of a meeting whose check-in the caller may run, for the meeting page's links: the same
 * rule as pointForCheckIn, over all points at once.
 */
export async function checkInPointIds(user: SessionUser, meetingId: string): Promise<string[]> {
  const secretary = user.officialId ? [{ secretaryOfficialId: user.officialId }] : [];
  const managed =
    user.role === "SECRETARIAT"
      ? [{ meeting: { organiserUnitId: user.unitId } }, { connectionPoint: { hostUnitId: user.unitId } }]
      : [];
  if (user.role !== "ADMIN" && managed.length + secretary.length === 0) return [];
  const points = await db.meetingPoint.findMany({
    where: user.role === "ADMIN" ? { meetingId } : { meetingId, OR: [...managed, ...secretary] },
    orderBy: [{ isMain: "desc" }, { position: "asc" }],
    select: { id: true },
  });
  return points.map((p) => p.id);
}
