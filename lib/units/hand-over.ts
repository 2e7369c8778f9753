import "server-only";
import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/roles";
import type { InvitationWhereInput } from "@/lib/db/generated/sqlite/models";
import type { Db } from "@/lib/db/connect";
import { recordAudit } from "@/lib/audit/record";
import { DomainError, NotFound, StaleVersion } from "@/lib/errors";
import { formatDateTime } from "@/lib/datetime/vietnam";
import { ledBy, taskScope } from "@/lib/conclusions/scope";
import { notifyUnits } from "@/lib/notifications/notify";
import { mailInvitedUnits } from "@/lib/mail/meeting-mail";
import { isValidOn, type Validity } from "./validity";
import type { HandOverOutput } from "./schema";

// What a unit that ceased leaves open: invitations to meetings on or after the day it ceased (it
// cannot attend them) and the tasks it was leading. The secretariat running each meeting, or following
// each task, moves them to a successor; an administrator may move any. Nothing moves by itself: whether
// the new ward takes the old ward's seat at a meeting is the secretariat's call.

const TX = { timeout: 20_000, maxWait: 10_000 };
const SHOWN = 200;

/** The invitations the caller may change: of meetings it organises, or at points it hosts (as pointToManage). */
function invitationsManagedBy(user: SessionUser): InvitationWhereInput {
  if (user.role === "ADMIN") return {};
  if (user.role !== "SECRETARIAT") return { id: { in: [] } };
  return {
    OR: [
      { meeting: { organiserUnitId: user.unitId } },
      { meetingPoint: { connectionPoint: { hostUnitId: user.unitId } } },
    ],
  };
}

/** Invitations of a unit to meetings still ahead of being held, on or after the day it ceased. */
function invitationsLeftBy(unit: { id: string; validTo: Date }): InvitationWhereInput {
  return { unitId: unit.id, meeting: { status: { in: ["DRAFT", "SCHEDULED"] }, startsAt: { gte: unit.validTo } } };
}

const openTasksLedBy = (unitId: string) => ({ AND: [{ status: "OPEN" as const }, ledBy(unitId)] });

type Successor = Validity & { id: string; name: string };

/** The open work of a ceased unit that the caller may move, with the successors each invitation could go to. */
export async function openWorkOf(user: SessionUser, unit: { id: string; validTo: Date }, successors: Successor[]) {
  if (user.role !== "ADMIN" && user.role !== "SECRETARIAT") return null;
  const [invitations, tasks] = await Promise.all([
    db.invitation.findMany({
      where: { AND: [invitationsLeftBy(unit), invitationsManagedBy(user)] },
      orderBy: [{ meeting: { startsAt: "asc" } }, { id: "asc" }],
      take: SHOWN,
      select: {
        id: true,
        status: true,
        sentAt: true,
        meeting: { select: { id: true, title: true, startsAt: true } },
        meetingPoint: { select: { connectionPoint: { select: { name: true } } } },
      },
    }),
    db.conclusion.findMany({
      where: { AND: [openTasksLedBy(unit.id), taskScope(user)] },
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { id: "asc" }],
      take: SHOWN,
      select: {
        id: true,
        content: true,
        deadline: true,
        meeting: { select: { id: true, title: true, startsAt: true } },
      },
    }),
  ]);
  // A successor already invited to a meeting cannot take this seat there too (one invitation per unit).
  const invited = await db.invitation.findMany({
    where: { meetingId: { in: invitations.map((i) => i.meeting.id) }, unitId: { in: successors.map((s) => s.id) } },
    select: { meetingId: true, unitId: true },
  });
  return {
    invitations: invitations.map(({ meetingPoint, ...i }) => ({
      ...i,
      point: meetingPoint.connectionPoint.name,
      // The successors this invitation can go to: existing on the meeting's date and not invited there yet.
      successorIds: successors
        .filter((s) => isValidOn(s, i.meeting.startsAt))
        .filter((s) => !invited.some((x) => x.meetingId === i.meeting.id && x.unitId === s.id))
        .map((s) => s.id),
    })),
    tasks,
  };
}

/**
 * Moves the chosen invitations and tasks of a ceased unit to one of its successors, in one transaction.
 * A sent invitation keeps its number and answers and is sent to the successor (notification and
 * e-mail); a task keeps the lead unit its approved minutes name and is followed up by the successor.
 * Anything moved or answered by someone else meanwhile makes the whole move stale.
 */
export async function handOver(user: SessionUser, input: HandOverOutput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({
      where: { id: input.unitId },
      select: {
        id: true,
        name: true,
        validTo: true,
        successions: { select: { toUnit: { select: { id: true, name: true, validFrom: true, validTo: true } } } },
      },
    });
    if (!unit) throw new NotFound();
    const validTo = unit.validTo;
    if (!validTo) throw new DomainError("unitAdmin.errors.notCeased");
    const successor = unit.successions.find((s) => s.toUnit.id === input.successorId)?.toUnit;
    if (!successor) throw new DomainError("errors.invalidInput", { successorId: "unitAdmin.validation.notASuccessor" });

    let invitations = 0;
    if (input.invitationIds.length) {
      const rows = await tx.invitation.findMany({
        where: { AND: [{ id: { in: input.invitationIds } }, invitationsManagedBy(user)] },
        select: {
          id: true,
          unitId: true,
          sentAt: true,
          meeting: { select: { id: true, title: true, startsAt: true, status: true } },
        },
      });
      if (rows.length !== input.invitationIds.length) throw new NotFound();
      const stillOpen = rows.every(
        (r) =>
          r.unitId === unit.id &&
          (r.meeting.status === "DRAFT" || r.meeting.status === "SCHEDULED") &&
          r.meeting.startsAt >= validTo,
      );
      if (!stillOpen) throw new StaleVersion();
      const notYet = rows.filter((r) => !isValidOn(successor, r.meeting.startsAt));
      if (notYet.length)
        throw new DomainError("unitAdmin.errors.successorNotOnDate", undefined, {
          meetings: notYet.map((r) => r.meeting.title),
        });
      const meetingIds = [...new Set(rows.map((r) => r.meeting.id))];
      const already = await tx.invitation.findMany({
        where: { unitId: successor.id, meetingId: { in: meetingIds } },
        select: { meetingId: true },
      });
      if (already.length)
        throw new DomainError("unitAdmin.errors.successorAlreadyInvited", undefined, {
          meetings: rows.filter((r) => already.some((a) => a.meetingId === r.meeting.id)).map((r) => r.meeting.title),
        });
      for (const row of rows) {
        const { count } = await tx.invitation.updateMany({
          where: { id: row.id, unitId: unit.id },
          data: { unitId: successor.id, version: { increment: 1 } },
        });
        if (count !== 1) throw new StaleVersion();
        await recordAudit(tx, {
          actor: user,
          action: "invitation.handOver",
          entityType: "Invitation",
          entityId: row.id,
          before: { unitId: unit.id },
          after: { unitId: successor.id },
        });
      }
      for (const meetingId of meetingIds) {
        // Open forms on the meeting page loaded the old unit: they must reload before saving.
        await tx.meeting.update({ where: { id: meetingId }, data: { version: { increment: 1 } } });
        const sent = rows.filter((r) => r.meeting.id === meetingId && r.sentAt);
        if (sent.length === 0) continue;
        const meeting = sent[0]!.meeting;
        await notifyUnits(tx, [successor.id], {
          kind: "invitation.received",
          title: `Giấy mời: ${meeting.title}`,
          body: `Thời gian: ${formatDateTime(meeting.startsAt)}. Chuyển từ giấy mời của ${unit.name}.`,
          link: `/meetings/${meetingId}`,
        });
        await mailInvitedUnits(tx, "invitation", { meetingId, invitationIds: sent.map((r) => r.id) });
      }
      invitations = rows.length;
    }

    let tasks = 0;
    if (input.taskIds.length) {
      const rows = await tx.conclusion.findMany({
        where: { AND: [{ id: { in: input.taskIds } }, taskScope(user)] },
        select: { id: true },
      });
      if (rows.length !== input.taskIds.length) throw new NotFound();
      for (const row of rows) {
        const { count } = await tx.conclusion.updateMany({
          where: { AND: [{ id: row.id }, openTasksLedBy(unit.id)] },
          data: { handedOverToUnitId: successor.id, handedOverAt: now, version: { increment: 1 } },
        });
        if (count !== 1) throw new StaleVersion();
        await recordAudit(tx, {
          actor: user,
          action: "conclusion.handOver",
          entityType: "Conclusion",
          entityId: row.id,
          before: { followedUpBy: unit.id },
          after: { handedOverToUnitId: successor.id, handedOverAt: now },
        });
      }
      await notifyUnits(tx, [successor.id], {
        kind: "conclusion.handedOver",
        title: `${rows.length} nhiệm vụ chuyển từ ${unit.name}`,
        link: "/tasks?filter=open",
      });
      tasks = rows.length;
    }
    return { invitations, tasks, successor: successor.name };
  }, TX);
}

/** The units whose secretariat has open work of a ceased unit to move: the meetings' organisers and hosts. */
export async function unitsWithOpenWork(
  tx: Pick<Db, "invitation" | "conclusion">,
  unit: { id: string; validTo: Date },
): Promise<string[]> {
  const [invitations, tasks] = await Promise.all([
    tx.invitation.findMany({
      where: invitationsLeftBy(unit),
      select: {
        meeting: { select: { organiserUnitId: true } },
        meetingPoint: { select: { connectionPoint: { select: { hostUnitId: true } } } },
      },
    }),
    tx.conclusion.findMany({
      where: { AND: [{ minutes: { status: "APPROVED" } }, openTasksLedBy(unit.id)] },
      select: {
        meeting: { select: { organiserUnitId: true } },
        minutes: { select: { meetingPoint: { select: { connectionPoint: { select: { hostUnitId: true } } } } } },
      },
    }),
  ]);
  return [
    ...new Set([
      ...invitations.flatMap((i) => [i.meeting.organiserUnitId, i.meetingPoint.connectionPoint.hostUnitId]),
      ...tasks.flatMap((t) => [t.meeting.organiserUnitId, t.minutes.meetingPoint.connectionPoint.hostUnitId]),
    ]),
  ];
}
