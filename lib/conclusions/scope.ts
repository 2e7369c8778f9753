import type { ConclusionWhereInput } from "@/lib/db/generated/sqlite/models";
import type { SessionUser } from "@/lib/auth/roles";
import { dayKey, startOfDay } from "@/lib/datetime/vietnam";

// A conclusion becomes a task only once the chair has approved the minutes: before that its wording
// may still change.
const APPROVED: ConclusionWhereInput = { minutes: { status: "APPROVED" } };

/**
 * Each connection point keeps its own minutes (lib/minutes): the main point's are followed by the
 * organiser's secretariat, a hub's (Cửa Lò at a provincial conference) by the secretariat hosting it.
 * So a secretariat follows the conclusions of meetings it organises and of the points it hosts.
 */
function followedBy(unitId: string): ConclusionWhereInput {
  return {
    OR: [
      { meeting: { organiserUnitId: unitId } },
      { minutes: { meetingPoint: { connectionPoint: { hostUnitId: unitId } } } },
    ],
  };
}

/**
 * The tasks a unit follows up as lead: those it leads, unless handed over to the successor of a lead
 * unit that ceased, and those handed over to it (lib/units/hand-over.ts).
 */
export function ledBy(unitId: string): ConclusionWhereInput {
  return { OR: [{ handedOverToUnitId: unitId }, { leadUnitId: unitId, handedOverToUnitId: null }] };
}

/** Whose tasks a list shows: those the unit leads, or those it cooperates on. */
export type TaskRole = "lead" | "cooperating";

/**
 * The tasks a caller may see: a unit representative those its unit leads (or cooperates on), a
 * secretariat those of meetings its unit organises or points it hosts, an administrator all. Chairs have no task list.
 */
export function taskScope(user: SessionUser, role: TaskRole = "lead"): ConclusionWhereInput {
  switch (user.role) {
    case "ADMIN":
      return APPROVED;
    case "SECRETARIAT":
      return { AND: [APPROVED, followedBy(user.unitId)] };
    case "UNIT_REP":
      return {
        AND: [APPROVED, role === "lead" ? ledBy(user.unitId) : { cooperators: { some: { unitId: user.unitId } } }],
      };
    case "CHAIR":
      return { id: { in: [] } };
  }
}

/** Every task the caller can see at all, whichever side their unit is on. */
export function anyTaskScope(user: SessionUser): ConclusionWhereInput {
  return user.role === "UNIT_REP" ? { OR: [taskScope(user, "lead"), taskScope(user, "cooperating")] } : taskScope(user);
}

/** The units whose secretariat follows a task: the meeting's organiser and the host of the minutes' point. */
export interface TaskOwners {
  /** The unit following it up as lead: the recorded lead unit, or its successor once handed over. */
  leadUnitId: string | null;
  organiserUnitId: string;
  hostUnitId: string;
}

/** Lead unit's representative, a following secretariat, or an administrator; never a cooperator. */
export function mayMarkDone(user: SessionUser, task: TaskOwners): boolean {
  if (user.role === "ADMIN") return true;
  if (user.role === "SECRETARIAT") return user.unitId === task.organiserUnitId || user.unitId === task.hostUnitId;
  return user.role === "UNIT_REP" && task.leadUnitId === user.unitId;
}

export const TASK_FILTERS = ["overdue", "open", "done", "all"] as const;
export type TaskFilter = (typeof TASK_FILTERS)[number];

/**
 * Overdue means still open with a deadline before today's date in Vietnam; a deadline on today's date
 * is due today, not overdue (see deadline.ts, which the badges use, for the same rule).
 */
export function filterWhere(filter: TaskFilter, now: Date): ConclusionWhereInput {
  switch (filter) {
    case "overdue":
      return { status: "OPEN", deadline: { lt: startOfDay(dayKey(now)) } };
    case "open":
      return { status: "OPEN" };
    case "done":
      return { status: "DONE" };
    case "all":
      return {};
  }
}

/** What mayMarkDone needs, as a select every task query adds. */
export const OWNERS_SELECT = {
  leadUnitId: true,
  handedOverToUnitId: true,
  meeting: { select: { organiserUnitId: true } },
  minutes: { select: { meetingPoint: { select: { connectionPoint: { select: { hostUnitId: true } } } } } },
} as const;

export function ownersOf(row: {
  leadUnitId: string | null;
  handedOverToUnitId: string | null;
  meeting: { organiserUnitId: string };
  minutes: { meetingPoint: { connectionPoint: { hostUnitId: string } } };
}): TaskOwners {
  return {
    leadUnitId: row.handedOverToUnitId ?? row.leadUnitId,
    organiserUnitId: row.meeting.organiserUnitId,
    hostUnitId: row.minutes.meetingPoint.connectionPoint.hostUnitId,
  };
}
