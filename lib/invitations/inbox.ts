import "server-only";
import { db } from "@/lib/db/client";
import { officialOn, POSTS_SELECT } from "@/lib/officials/post-on-date";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied, NotFound } from "@/lib/errors";
import { answerWindowOpen } from "./answer";

interface NamedAnswer {
  attendees: { fullName: string; title: string | null }[];
  replaces: string | null;
}

function namesOf(json: string | null): NamedAnswer {
  if (!json) return { attendees: [], replaces: null };
  const parsed = JSON.parse(json) as Partial<NamedAnswer>;
  return { attendees: parsed.attendees ?? [], replaces: parsed.replaces ?? null };
}

/** One invitation as its unit's representative sees it: the meeting, their point, the answers so far. */
export async function invitationForUnit(user: SessionUser, id: string, now = new Date()) {
  if (user.role !== "UNIT_REP") throw new AccessDenied();
  const invitation = await db.invitation.findFirst({
    where: { id, unitId: user.unitId, sentAt: { not: null } },
    select: {
      id: true,
      status: true,
      seats: true,
      answerDeadline: true,
      reopenedAt: true,
      documentNumber: true,
      unit: { select: { name: true } },
      invitedOfficial: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
      meeting: {
        select: { id: true, title: true, startsAt: true, endsAt: true, status: true, mode: true, cancelReason: true },
      },
      meetingPoint: {
        select: {
          chair: { select: { fullName: true, title: true, posts: POSTS_SELECT } },
          connectionPoint: { select: { name: true, room: true, address: true, videoLink: true } },
        },
      },
      responses: {
        orderBy: { createdAt: "desc" },
        take: 20,
        select: {
          id: true,
          kind: true,
          reason: true,
          attendeeNames: true,
          createdAt: true,
          forStartsAt: true,
          substituteDecision: true,
          decisionNote: true,
          respondedBy: { select: { name: true } },
        },
      },
    },
  });
  if (!invitation) throw new NotFound();
  // The people named with the posts they held on the meeting's day.
  const on = invitation.meeting.startsAt;
  const chair = invitation.meetingPoint.chair;
  return {
    ...invitation,
    invitedOfficial: invitation.invitedOfficial && officialOn(invitation.invitedOfficial, on),
    meetingPoint: { ...invitation.meetingPoint, chair: chair && officialOn(chair, on) },
    window: answerWindowOpen(invitation, invitation.meeting, now),
    responses: invitation.responses.map(({ attendeeNames, ...r }) => ({
      ...r,
      ...namesOf(attendeeNames),
      forOldTime: r.forStartsAt.getTime() !== invitation.meeting.startsAt.getTime(),
    })),
  };
}

/** Substitutes waiting for this chair's agreement, at the points they chair. */
export async function substitutesAwaitingChair(user: SessionUser) {
  if (user.role !== "CHAIR" || !user.officialId) throw new AccessDenied();
  const rows = await db.invitationResponse.findMany({
    where: {
      kind: "SUBSTITUTE",
      substituteDecision: "PENDING",
      invitation: {
        meetingPoint: { chairOfficialId: user.officialId },
        meeting: { status: { in: ["SCHEDULED", "DRAFT"] } },
      },
    },
    orderBy: { createdAt: "asc" },
    take: 100,
    select: {
      id: true,
      reason: true,
      attendeeNames: true,
      createdAt: true,
      invitation: {
        select: {
          id: true,
          unit: { select: { name: true } },
          meeting: { select: { id: true, title: true, startsAt: true } },
          responses: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true } },
        },
      },
    },
  });
  // Only answers still in force: a later answer from the unit replaces a pending substitute.
  return rows
    .filter((r) => r.invitation.responses[0]?.id === r.id)
    .map(({ attendeeNames, ...r }) => ({ ...r, ...namesOf(attendeeNames) }));
}
