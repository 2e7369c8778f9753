import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import { AccessDenied } from "@/lib/errors";

/** The invitations addressed to the caller's unit, upcoming meetings first. Only unit representatives have an inbox. */
export async function listUnitInvitations(user: SessionUser, now = new Date()) {
  if (user.role !== "UNIT_REP") throw new AccessDenied();
  const rows = await db.invitation.findMany({
    where: { unitId: user.unitId, meeting: { status: { not: "DRAFT" } } },
    orderBy: { meeting: { startsAt: "desc" } },
    take: 100,
    select: {
      id: true,
      status: true,
      seats: true,
      answerDeadline: true,
      unit: { select: { name: true } },
      meeting: { select: { id: true, title: true, startsAt: true, endsAt: true, status: true } },
      meetingPoint: { select: { connectionPoint: { select: { name: true } }, chair: { select: { fullName: true } } } },
    },
  });
  const upcoming = rows.filter((r) => r.meeting.endsAt >= now).reverse();
  const past = rows.filter((r) => r.meeting.endsAt < now);
  return [...upcoming, ...past].map((r) => ({
    ...r,
    upcoming: r.meeting.endsAt >= now,
    overdue: r.status === "PENDING" && r.answerDeadline !== null && r.answerDeadline < now,
  }));
}
